package org.sourcebook.ui.teacher.lessons;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;

/** Picks the paragraphs of one of the teacher's documents that a reading excerpt shows. */
class ExcerptEditor extends VerticalLayout {

    private static final int LABEL_LENGTH = 70;

    private final ReadingExcerpt block;
    private final Consumer<ReadingExcerpt> changed;
    private final DocumentService documents;
    private final ComboBox<DocumentSummary> document = new ComboBox<>();
    private final MultiSelectComboBox<Integer> paragraphs = new MultiSelectComboBox<>();
    private final UnorderedList passages = new UnorderedList();
    private @Nullable DocumentVersion version;

    ExcerptEditor(ReadingExcerpt block, Consumer<ReadingExcerpt> changed, DocumentService documents) {
        this.block = block;
        this.changed = changed;
        this.documents = documents;
        setPadding(false);
        document.setLabel(getTranslation("lessons.excerpt.document"));
        document.setItemLabelGenerator(DocumentSummary::title);
        List<DocumentSummary> mine = documents.myDocuments();
        document.setItems(mine);
        paragraphs.setLabel(getTranslation("lessons.excerpt.paragraphs"));
        paragraphs.setWidthFull();
        paragraphs.setItemLabelGenerator(this::paragraphLabel);
        if (!block.passages().isEmpty()) {
            Span first = block.passages().get(0);
            mine.stream().filter(summary -> summary.id().equals(first.documentId())).findFirst().ifPresent(summary -> {
                document.setValue(summary);
                showVersion(documents.findVersionElseThrow(first.documentId(), first.version()));
                Set<Integer> chosen = new TreeSet<>();
                for (Span passage : block.passages()) {
                    chosen.add(version.paragraphs().indexOf(passage.range()));
                }
                chosen.remove(-1);
                paragraphs.setValue(chosen);
            });
        }
        document.addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                DocumentSummary summary = event.getValue();
                showVersion(summary == null ? null : documents.findVersionElseThrow(summary.id(), summary.latestVersion()));
                paragraphs.clear();
            }
        });
        paragraphs.addValueChangeListener(event -> emit());
        add(document, paragraphs, passages);
        showPassages(block.passages());
    }

    ComboBox<DocumentSummary> document() {
        return document;
    }

    MultiSelectComboBox<Integer> paragraphs() {
        return paragraphs;
    }

    private void showVersion(@Nullable DocumentVersion shown) {
        version = shown;
        paragraphs.setItems(shown == null ? List.of() : IntStream.range(0, shown.paragraphs().size()).boxed().toList());
    }

    private String paragraphLabel(Integer index) {
        if (version == null) {
            return "";
        }
        String text = version.quote(version.paragraphs().get(index)).strip();
        String shortened = text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + "…" : text;
        return getTranslation("lessons.excerpt.paragraph", index + 1, shortened);
    }

    private void emit() {
        List<Span> cited = new ArrayList<>();
        if (version != null) {
            for (Integer index : new TreeSet<>(paragraphs.getValue())) {
                cited.add(version.cite(version.paragraphs().get(index)));
            }
        }
        showPassages(cited);
        changed.accept(new ReadingExcerpt(block.id(), cited));
    }

    private void showPassages(List<Span> cited) {
        passages.removeAll();
        cited.forEach(passage -> passages.add(new ListItem(passage.quote())));
    }
}
