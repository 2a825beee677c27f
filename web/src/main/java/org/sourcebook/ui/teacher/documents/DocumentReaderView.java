package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;
import org.sourcebook.source.VersionSummary;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Reads one version of a document paragraph by paragraph (¶1, ¶2, ...). Passages cited by the
 * teacher's items are highlighted; clicking one lists those items. Clicking a sentence selects it
 * for a new item citing it. The text is shown as text nodes only, never as HTML.
 */
@Route(DocumentRoutes.LIBRARY + "/:documentId")
@RolesAllowed(Role.Name.TEACHER)
public class DocumentReaderView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CITED = "documents-cited";
    static final String SELECTED_ITEM = "documents-selected";
    static final String SENTENCE = "documents-sentence";
    private static final String[] SELECTED_ITEM_CLASSES =
            {SELECTED_ITEM, LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.PRIMARY};
    static final String SELECTED_SENTENCE = "documents-sentence-selected";

    private final DocumentService documents;
    private final ItemService items;
    private final VerticalLayout text = new VerticalLayout();
    private final VerticalLayout side = new VerticalLayout();
    private final Anchor write = new Anchor();
    private final Map<ItemId, Item> citingItems = new LinkedHashMap<>();
    private final Map<ItemId, List<Span>> citedSpans = new HashMap<>();
    private @Nullable DocumentVersion shown;
    private @Nullable Span selectedSentence;
    private @Nullable ItemId selectedItem;

    DocumentReaderView(DocumentService documents, ItemService items) {
        this.documents = documents;
        this.items = items;
        setId("document-reader");
        setWidthFull();
        text.setId("document-text");
        text.setPadding(true);
        text.addClassNames(LumoUtility.MaxWidth.SCREEN_MEDIUM);
        side.setId("citing-items");
        side.setWidth("24em");
        side.addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_10);
        write.setId("write-item");
        write.setText(getTranslation("documents.reader.write"));
        add(text, side);
        setFlexGrow(1, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            DocumentId id = DocumentId.parse(event.getRouteParameters().get("documentId").orElse(""));
            List<VersionSummary> history = documents.versionHistory(id);
            int latest = history.get(history.size() - 1).number();
            int number = event.getLocation().getQueryParameters().getSingleParameter("version")
                    .map(DocumentReaderView::parseVersion)
                    .orElse(latest);
            DocumentVersion version = documents.findVersionElseThrow(id, number);
            show(version, history, items.citing(id));
        } catch (IllegalArgumentException | NoSuchDocumentException unknownOrNotMine) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("documents.reader.title") : shown.metadata().title();
    }

    private static int parseVersion(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a version number: " + value, e);
        }
    }

    private void show(DocumentVersion version, List<VersionSummary> history, List<StoredItem> citing) {
        shown = version;
        text.removeAll();
        citingItems.clear();
        citedSpans.clear();
        selectedSentence = null;
        selectedItem = null;
        List<ReaderSegments.Citation> citations = new ArrayList<>();
        for (StoredItem stored : citing) {
            stored.item().citations().stream()
                    .filter(citation -> citation.isValidIn(version))
                    .forEach(citation -> {
                        citations.add(new ReaderSegments.Citation(citation.range(), stored.item().id()));
                        citingItems.put(stored.item().id(), stored.item());
                    });
        }
        text.add(new H2(version.metadata().title()), versionLinks(version, history), writeBar());
        for (int i = 0; i < version.paragraphs().size(); i++) {
            text.add(paragraph(i, version, citations));
        }
        showSideHint();
    }

    private HorizontalLayout versionLinks(DocumentVersion version, List<VersionSummary> history) {
        HorizontalLayout links = new HorizontalLayout(
                new Span(getTranslation("documents.reader.version", version.version(), history.size())));
        history.stream()
                .filter(other -> other.number() != version.version())
                .forEach(other -> links.add(new Anchor(DocumentRoutes.reader(version.documentId(), other.number()),
                        getTranslation("documents.reader.version.link", other.number()))));
        links.add(new Anchor(DocumentRoutes.drafts(version.documentId()), getTranslation("documents.reader.drafts")));
        links.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return links;
    }

    private HorizontalLayout writeBar() {
        Span hint = new Span(getTranslation("documents.reader.write.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        // Shown once there is a sentence to cite: a greyed-out link is unreadable (contrast 1.6:1) and leads nowhere.
        write.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(write, hint);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private Paragraph paragraph(int index, DocumentVersion version, List<ReaderSegments.Citation> citations) {
        Span number = new Span(getTranslation("documents.reader.paragraph", index + 1));
        number.addClassNames("documents-paragraph-number", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.End.SMALL);
        Paragraph paragraph = new Paragraph(number);
        paragraph.addClassName("documents-paragraph");
        Span sentence = null;
        int sentenceIndex = -1;
        for (ReaderSegments.Piece piece : ReaderSegments.pieces(version.paragraphs().get(index), version.sentences(), citations)) {
            var content = pieceContent(version.text().substring(piece.start(), piece.end()), piece.citedBy());
            if (piece.sentence() < 0) {
                paragraph.add(content);
                continue;
            }
            if (sentence == null || piece.sentence() != sentenceIndex) {
                sentenceIndex = piece.sentence();
                sentence = sentenceSpan(version.sentences().get(sentenceIndex));
                paragraph.add(sentence);
            }
            sentence.add(content);
        }
        return paragraph;
    }

    private com.vaadin.flow.component.Component pieceContent(String quote, Set<ItemId> citedBy) {
        if (citedBy.isEmpty()) {
            return new Text(quote);
        }
        Span cited = new Span(quote);
        cited.addClassNames(CITED, LumoUtility.Background.PRIMARY_10);
        cited.getStyle().set("cursor", "pointer");
        cited.addClickListener(click -> showCiting(citedBy));
        citedBy.forEach(item -> citedSpans.computeIfAbsent(item, any -> new ArrayList<>()).add(cited));
        return cited;
    }

    private Span sentenceSpan(TextRange range) {
        Span sentence = new Span();
        sentence.addClassName(SENTENCE);
        sentence.getStyle().set("cursor", "pointer");
        sentence.addClickListener(click -> selectSentence(sentence, range));
        return sentence;
    }

    private void selectSentence(Span sentence, TextRange range) {
        if (selectedSentence != null) {
            selectedSentence.removeClassNames(SELECTED_SENTENCE, LumoUtility.Background.CONTRAST_10);
        }
        selectedSentence = sentence;
        sentence.addClassNames(SELECTED_SENTENCE, LumoUtility.Background.CONTRAST_10);
        DocumentVersion version = shownVersion();
        write.setHref(DocumentRoutes.newItemCiting(version.documentId(), version.version(), range));
        write.setVisible(true);
    }

    private void showSideHint() {
        side.removeAll();
        side.add(new H3(getTranslation("documents.reader.items.heading")),
                new Paragraph(getTranslation(citingItems.isEmpty() ? "documents.reader.items.none" : "documents.reader.items.hint")));
    }

    private void showCiting(Set<ItemId> citedBy) {
        side.removeAll();
        side.add(new H3(getTranslation("documents.reader.items.heading")));
        citedBy.stream()
                .map(citingItems::get)
                .sorted(Comparator.comparing(Item::prompt))
                .forEach(item -> side.add(itemRow(item)));
    }

    private Div itemRow(Item item) {
        Span prompt = new Span(ItemWording.prompt(item));
        prompt.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD);
        Span kindAndStatus = new Span(getTranslation("documents.reader.item.kind-status",
                getTranslation("documents.item.kind." + item.kind().name()),
                getTranslation("documents.item.status." + item.status().name())));
        kindAndStatus.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Button showInText = new Button(getTranslation("documents.reader.item.show"), click -> selectItem(item.id()));
        showInText.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(prompt, kindAndStatus,
                new HorizontalLayout(new Anchor(DocumentRoutes.item(item.id()), getTranslation("documents.reader.item.open")),
                        showInText));
        row.addClassName("documents-citing-item");
        row.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        return row;
    }

    private void selectItem(ItemId item) {
        if (selectedItem != null) {
            citedSpans.getOrDefault(selectedItem, List.of()).forEach(span -> span.removeClassNames(SELECTED_ITEM_CLASSES));
        }
        selectedItem = item;
        citedSpans.getOrDefault(item, List.of()).forEach(span -> span.addClassNames(SELECTED_ITEM_CLASSES));
    }

    private DocumentVersion shownVersion() {
        if (shown == null) {
            throw new IllegalStateException("No document shown");
        }
        return shown;
    }
}
