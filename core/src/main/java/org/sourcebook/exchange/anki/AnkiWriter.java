package org.sourcebook.exchange.anki;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcebook.content.item.Item;
import org.sourcebook.exchange.items.ExportNames;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemExporter;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * Writes Anki's text import format: header lines as Anki's own notes export writes them (separator,
 * HTML, then the guid, note type, deck and tags columns), then one note a line: the item's id as
 * guid (so importing again updates the notes), the stock note type, the set's name as deck (Anki
 * creates it), two fields, and the item's tags.
 */
public class AnkiWriter implements ItemExporter {

    static final String HEADER = """
            #separator:tab
            #html:true
            #guid column:1
            #notetype column:2
            #deck column:3
            #tags column:6
            """;

    /** Where Anki puts notes when no deck is named. */
    private static final String DEFAULT_DECK = "Default";

    public AnkiWriter() {
        // created by the command line without Spring
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.ANKI;
    }

    @Override
    public ExportedFile export(ExportSet set) {
        StringBuilder file = new StringBuilder(HEADER);
        List<ItemIssue> skipped = new ArrayList<>();
        String deck = deckName(set.name());
        for (int index = 0; index < set.items().size(); index++) {
            Item item = set.items().get(index);
            Optional<AnkiNote> note = AnkiNote.of(item);
            if (note.isPresent()) {
                file.append(line(item, note.get(), deck)).append('\n');
            } else {
                skipped.add(new ItemIssue(index + 1, item.prompt(), ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                        "a cloze without gap markers"));
            }
        }
        return new ExportedFile(ExportNames.fileName(set, ItemFormat.ANKI), ItemFormat.ANKI,
                file.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static String line(Item item, AnkiNote note, String deck) {
        String tags = item.info().tags().stream().map(AnkiText::tag).collect(Collectors.joining(" "));
        return List.of(item.id().toString(), note.noteType(), deck, note.firstField(), note.secondField(), tags)
                .stream().map(AnkiText::field).collect(Collectors.joining("\t"));
    }

    /** The set's name on one line; {@code ::} in it makes subdecks, as in Anki. */
    private static String deckName(String name) {
        String deck = name.strip().replaceAll("\\s+", " ");
        return deck.isEmpty() ? DEFAULT_DECK : deck;
    }
}
