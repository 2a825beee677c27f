package org.sourcebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.TextNormalization;
import org.sourcebook.drafting.Draft;
import org.sourcebook.drafting.DraftingEngine;
import org.sourcebook.exchange.BundleCodec;
import org.sourcebook.exchange.BundleContent;
import org.sourcebook.source.importing.DocumentFormat;
import org.sourcebook.source.importing.DocumentImporter;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;
import org.sourcebook.source.importing.ImportedDocument;

/**
 * {@code draft FILE [options]}: imports FILE, drafts items and a lesson from it, and writes them with
 * the document as a bundle (docs/bundle-format.md). The same file and options always give the same
 * bytes: the document id is derived from the text, and the engine and the bundle are deterministic.
 * Standard output gets the bundle and nothing else; messages go to standard error, one line each.
 */
public final class DraftCommand {

    static final int OK = 0;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Messages messages;
    private final Drafter drafter;
    private final DocumentImporter importer = new DocumentImporter(ImportLimits.DEFAULTS);
    private final BundleCodec codec = new BundleCodec();
    private final CommandFiles files;

    /** In the environment's language, with the English drafting engine. */
    public DraftCommand() {
        this(Messages.forDefaultLocale(), DraftingEngine.english()::draft);
    }

    DraftCommand(Messages messages, Drafter drafter) {
        this.messages = messages;
        this.drafter = drafter;
        this.files = new CommandFiles(messages);
    }

    /**
     * @param args the arguments after {@code draft}
     * @return the exit code: 0 done, 1 the file could not be read, imported or written, 2 wrong usage
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Optional<DraftArguments> arguments = DraftArguments.parse(args);
            if (arguments.isEmpty()) {
                return help(out);
            }
            Draft draft = draft(arguments.get());
            files.write(codec.write(bundle(draft)).getBytes(UTF_8), arguments.get().output(), out);
            err.println(summary(draft));
            return OK;
        } catch (CommandFailure failure) {
            return report(failure, err);
        } catch (RuntimeException unexpected) {
            err.println(messages.get("cli.error.unexpected", unexpected.toString()));
            return CommandFailure.FAILED;
        }
    }

    private int help(PrintStream out) {
        out.print(Usage.draft(messages).text());
        out.flush();
        return OK;
    }

    private int report(CommandFailure failure, PrintStream err) {
        err.println(failure.message(messages));
        if (failure.isUsage()) {
            err.print(Usage.draft(messages).text());
        }
        return failure.exitCode();
    }

    private Draft draft(DraftArguments arguments) throws CommandFailure {
        String file = arguments.file();
        ImportedDocument imported = importFile(file, files.read(file, importer.limits().maxFileSize().toBytes()));
        DocumentVersion version = DocumentVersion.of(documentId(imported.text()), 1, imported.text(),
                titled(imported.metadata(), arguments.title()), new EnglishSegmenter());
        return drafter.draft(version, arguments.options());
    }

    /**
     * The document's id, the same for the same text whatever the file's name or format, so that
     * drafting again gives the same bundle.
     */
    static DocumentId documentId(String text) {
        String sha256 = TextNormalization.sha256(TextNormalization.normalize(text));
        return new DocumentId(UUID.nameUUIDFromBytes(("sourcebook-cli:" + sha256).getBytes(UTF_8)));
    }

    private ImportedDocument importFile(String file, byte[] bytes) throws CommandFailure {
        try {
            return importer.importFile(bytes, Path.of(file).getFileName().toString(), null);
        } catch (ImportException e) {
            throw CommandFailure.failed("cli.error.import", file, importProblem(e));
        }
    }

    /** The importer's message in this language; format names among its arguments are translated too. */
    private String importProblem(ImportException e) {
        Object[] arguments = e.arguments().stream().map(this::formatName).toArray();
        return messages.get("cli.import." + e.reason().name(), arguments);
    }

    private String formatName(String argument) {
        return Arrays.stream(DocumentFormat.values())
                .filter(format -> format.description().equals(argument))
                .findFirst()
                .map(format -> messages.get("cli.format." + format.name()))
                .orElse(argument);
    }

    private static DocumentMetadata titled(DocumentMetadata found, @Nullable String title) {
        return title == null ? found : new DocumentMetadata(title, found.author(), found.publisher(), found.date(),
                found.address(), found.licence(), found.notes());
    }

    private static BundleContent bundle(Draft draft) {
        return new BundleContent(List.of(List.of(draft.source())), draft.items(), List.of(draft.lesson()));
    }

    private String summary(Draft draft) {
        String text = draft.source().text();
        long words = WHITESPACE.splitAsStream(text)
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
        return messages.get("cli.summary", draft.items().size(), draft.source().metadata().title(), words);
    }
}
