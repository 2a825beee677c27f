package org.sourcebook.cli;

/**
 * Why a command stops: a message key with its arguments, and the exit code. Usage failures (exit
 * 2) are shown with the usage text; other failures (exit 1) with their message alone.
 */
final class CommandFailure extends Exception {

    static final int FAILED = 1;
    static final int USAGE = 2;

    private final int exitCode;
    private final String key;
    private final transient Object[] arguments;

    private CommandFailure(int exitCode, String key, Object... arguments) {
        super(key, null, false, false);
        this.exitCode = exitCode;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The command line itself is wrong. */
    static CommandFailure usage(String key, Object... arguments) {
        return new CommandFailure(USAGE, key, arguments);
    }

    /** The command line is right, but the work could not be done. */
    static CommandFailure failed(String key, Object... arguments) {
        return new CommandFailure(FAILED, key, arguments);
    }

    int exitCode() {
        return exitCode;
    }

    boolean isUsage() {
        return exitCode == USAGE;
    }

    String message(Messages messages) {
        return messages.get(key, arguments);
    }
}
