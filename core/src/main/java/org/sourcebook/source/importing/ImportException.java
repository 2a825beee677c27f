package org.sourcebook.source.importing;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a file could not be imported, as a stable {@link Reason} code (for translated messages and
 * for tests), its arguments, and an English message. The importer throws only this, whatever the
 * input; it is checked so that every caller has to show the teacher what went wrong.
 */
public class ImportException extends Exception {

    /** The stable reason codes, each with its English message template ({@link MessageFormat}). */
    public enum Reason {
        EMPTY_FILE("The file is empty"),
        FILE_TOO_LARGE("The file is {0}; the limit is {1}"),
        UNSUPPORTED_TYPE("Unsupported file type: {0}. Sourcebook imports .txt, .md, .html, .pdf and .docx files"),
        DAMAGED("The file could not be read as {0}: it may be damaged"),
        ENCRYPTED("The file is password-protected; remove the password and import it again"),
        UNZIPPED_TOO_LARGE("The .docx file unpacks to more than {0}; the limit is {0}"),
        TOO_MANY_PARTS("The .docx file has more than {0} parts; the limit is {0}"),
        NO_TEXT("No text found in the file"),
        NO_TEXT_IN_PDF("No text found: the PDF may contain only scanned images, and text recognition is not supported"),
        TEXT_TOO_LONG("The document has more than {0} characters of text; the limit is {0}");

        private final String template;

        Reason(String template) {
            this.template = template;
        }

        /** The English message template; {@code {0}}, {@code {1}} stand for the arguments. */
        public String template() {
            return template;
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public ImportException(Reason reason, String... arguments) {
        super(new MessageFormat(reason.template(), Locale.ENGLISH).format(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The values in the message (sizes already formatted, such as "12.3 MB"). */
    public List<String> arguments() {
        return arguments;
    }
}
