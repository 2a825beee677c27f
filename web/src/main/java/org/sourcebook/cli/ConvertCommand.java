package org.sourcebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.exchange.BundleCodec;
import org.sourcebook.exchange.BundleContent;
import org.sourcebook.exchange.BundleFormatException;
import org.sourcebook.exchange.ItemFormats;
import org.sourcebook.exchange.items.ExportNames;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * {@code convert BUNDLE.json --to FORMAT [-o OUT]}: writes the items of a Sourcebook bundle in
 * another format (GIFT, Moodle XML, QTI, Anki text, or the bundle again, normalised). Items come
 * in the order the bundle's lessons use them, then the rest; the collection is named after the first
 * lesson, else the file. Items a format cannot carry are listed on standard error, one line each.
 */
public final class ConvertCommand {

    /** Bundles may hold whole documents; this is generous for them and still bounded. */
    static final long MAX_BUNDLE_BYTES = 64L * 1024 * 1024;

    private final Messages messages;
    private final CommandFiles files;
    private final BundleCodec codec = new BundleCodec();
    private final ItemFormats formats = ItemFormats.standard();

    public ConvertCommand() {
        this(Messages.forDefaultLocale());
    }

    ConvertCommand(Messages messages) {
        this.messages = messages;
        this.files = new CommandFiles(messages);
    }

    /**
     * @param args the arguments after {@code convert}
     * @return the exit code: 0 done, 1 the bundle could not be read or the result written, 2 wrong usage
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Optional<ConvertArguments> arguments = ConvertArguments.parse(args);
            if (arguments.isEmpty()) {
                out.print(Usage.convert(messages).text());
                out.flush();
                return DraftCommand.OK;
            }
            ConvertArguments given = arguments.get();
            BundleContent content = read(given.file());
            ExportSet set = new ExportSet(name(content, given.file()), itemsInLessonOrder(content));
            ExportedFile converted = convert(content, set, given.format());
            files.write(converted.content(), given.output(), out);
            converted.skipped().forEach(issue -> err.println(describe(issue)));
            err.println(messages.get("cli.convert.summary", set.items().size() - converted.skipped().size(),
                    given.format().cliName(), converted.skipped().size()));
            return DraftCommand.OK;
        } catch (CommandFailure failure) {
            err.println(failure.message(messages));
            if (failure.isUsage()) {
                err.print(Usage.convert(messages).text());
            }
            return failure.exitCode();
        } catch (RuntimeException unexpected) {
            err.println(messages.get("cli.convert.error.unexpected", unexpected.toString()));
            return CommandFailure.FAILED;
        }
    }

    private BundleContent read(String file) throws CommandFailure {
        byte[] bytes = files.read(file, MAX_BUNDLE_BYTES);
        try {
            return codec.readContent(BundleCodec.decode(bytes));
        } catch (BundleFormatException invalid) {
            throw CommandFailure.failed("cli.convert.error.bundle", file, invalid.getMessage());
        }
    }

    private ExportedFile convert(BundleContent content, ExportSet set, ItemFormat format) {
        if (format == ItemFormat.JSON) {
            return new ExportedFile(ExportNames.fileName(set, format), format, codec.write(content).getBytes(UTF_8), List.of());
        }
        return formats.exporter(format).orElseThrow(() -> new IllegalStateException("No writer for " + format))
                .export(set);
    }

    /** The items the lessons use, in order of first use, then every other item in bundle order. */
    static List<Item> itemsInLessonOrder(BundleContent content) {
        Map<ItemId, Item> byId = new LinkedHashMap<>();
        content.items().forEach(item -> byId.put(item.id(), item));
        Map<ItemId, Item> ordered = new LinkedHashMap<>();
        for (Lesson lesson : content.lessons()) {
            lesson.itemIds().stream().filter(byId::containsKey).forEach(id -> ordered.putIfAbsent(id, byId.get(id)));
        }
        byId.forEach(ordered::putIfAbsent);
        return List.copyOf(ordered.values());
    }

    private static String name(BundleContent content, String file) {
        if (!content.lessons().isEmpty()) {
            return content.lessons().get(0).title();
        }
        String fileName = Path.of(file).getFileName().toString();
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private String describe(ItemIssue issue) {
        return messages.get("exchange.issue." + issue.reason().name(), issue.position(), issue.label(), issue.detail());
    }
}
