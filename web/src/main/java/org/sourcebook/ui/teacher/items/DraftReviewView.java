package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.drafting.DraftChecks;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.item.StoredItem;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Reviewing a document's drafts ({@code teacher/documents/<id>/drafts}): the items still DRAFT or
 * NEEDS_REVIEW, grouped by kind (one {@link Details} each, with its count), best quality first.
 * Each row shows prompt, answer, the cited sentence and the drafting checks it fails, with accept,
 * edit and reject; a group can accept its selected rows or all of them. Every action reloads the
 * list, so counts are current at once.
 */
@Route(ItemRoutes.DRAFTS)
@RolesAllowed(Role.Name.TEACHER)
public class DraftReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<ItemStatus> TO_REVIEW = EnumSet.of(ItemStatus.DRAFT, ItemStatus.NEEDS_REVIEW);
    /** More drafts than any document gives (the engine caps each kind); the rest would wait for the next review. */
    private static final int MAX_ROWS = 2_000;

    private final ItemService items;
    private final DocumentService documents;
    private final DraftChecks checks = DraftChecks.english();
    private final Set<ItemKind> opened = EnumSet.noneOf(ItemKind.class);
    private @Nullable DocumentId document;

    DraftReviewView(ItemService items, DocumentService documents) {
        this.items = items;
        this.documents = documents;
        setId("draft-review");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("documentId").orElse("");
        try {
            DocumentId parsed = DocumentId.parse(id);
            documents.allVersions(parsed);
            document = parsed;
        } catch (RuntimeException notFound) {
            document = null;
            removeAll();
            Paragraph message = new Paragraph(getTranslation("drafts.not-found"));
            message.setId("drafts-message");
            add(message);
            return;
        }
        refresh();
    }

    private void refresh() {
        DocumentId shown = document;
        if (shown == null) {
            return;
        }
        removeAll();
        CitedVersions versions = new CitedVersions(documents);
        Map<ItemKind, List<StoredItem>> groups = new EnumMap<>(ItemKind.class);
        TO_REVIEW.stream()
                .flatMap(status -> items.find(ItemQuery.all().withDocument(shown).withStatus(status).withPage(0, MAX_ROWS)).stream())
                .sorted(Comparator.comparingDouble((StoredItem stored) -> stored.item().info().qualityScore()).reversed())
                .forEach(stored -> groups.computeIfAbsent(stored.item().kind(), kind -> new ArrayList<>()).add(stored));
        int total = groups.values().stream().mapToInt(List::size).sum();
        Paragraph summary = new Paragraph(getTranslation("drafts.summary", total));
        summary.setId("drafts-summary");
        Button acceptAll = new Button(getTranslation("drafts.accept-all-document"), click -> act(
                () -> items.acceptAllDrafts(shown).size(), "drafts.accepted"));
        acceptAll.setId("drafts-accept-all");
        acceptAll.setEnabled(total > 0);
        add(new HorizontalLayout(summary, acceptAll));
        if (opened.isEmpty() && !groups.isEmpty()) {
            opened.add(groups.keySet().iterator().next());
        }
        groups.forEach((kind, group) -> add(group(kind, group, versions)));
    }

    private Details group(ItemKind kind, List<StoredItem> group, CitedVersions versions) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        Map<StoredItem, Checkbox> selection = new LinkedHashMap<>();
        for (StoredItem stored : group) {
            Checkbox select = new Checkbox(getTranslation("drafts.select"));
            select.addClassName("draft-select");
            selection.put(stored, select);
            rows.add(row(stored, select, versions));
        }
        Button acceptSelected = new Button(getTranslation("drafts.accept-selected"), click -> acceptAll(
                selection.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).toList()));
        acceptSelected.addClassName("drafts-accept-selected");
        Button acceptGroup = new Button(getTranslation("drafts.accept-group"), click -> acceptAll(group));
        acceptGroup.addClassName("drafts-accept-group");
        Details details = new Details(getTranslation("drafts.group", ItemTexts.kindPlural(kind), group.size()));
        details.setId("drafts-group-" + ItemTexts.key(kind));
        details.add(new HorizontalLayout(acceptSelected, acceptGroup), rows);
        details.setOpened(opened.contains(kind));
        details.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                opened.add(kind);
            } else {
                opened.remove(kind);
            }
        });
        details.setWidthFull();
        return details;
    }

    private Div row(StoredItem stored, Checkbox select, CitedVersions versions) {
        Item item = stored.item();
        Div row = new Div();
        row.setId("draft-" + item.id().value());
        row.addClassNames("draft-row", LumoUtility.Padding.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        row.setWidthFull();
        Span quality = new Span(getTranslation("drafts.quality", ItemTexts.quality(item.info().qualityScore())));
        quality.addClassNames("draft-quality", LumoUtility.TextColor.SECONDARY);
        HorizontalLayout head = new HorizontalLayout(select, quality);
        if (item.status() == ItemStatus.NEEDS_REVIEW) {
            Span flag = new Span(ItemTexts.status(item.status()));
            flag.getElement().getThemeList().add("badge error");
            head.add(flag);
        }
        Paragraph prompt = new Paragraph(ItemWording.prompt(item));
        prompt.addClassNames("draft-prompt", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        Paragraph answer = new Paragraph(getTranslation("drafts.answer", ItemWording.answer(item, this)));
        answer.addClassNames("draft-answer", LumoUtility.Margin.NONE);
        row.add(head, prompt, answer);
        item.citations().stream().findFirst().ifPresent(citation -> {
            Paragraph quote = new Paragraph(getTranslation("drafts.cited", citation.quote()));
            quote.addClassNames("draft-quote", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            row.add(quote);
            DocumentVersion version = versions.of(citation);
            if (version != null) {
                List<DraftChecks.Failure> failures = checks.failures(item, version);
                failures.forEach(failure -> {
                    Paragraph warning = new Paragraph(ItemTexts.warning(failure));
                    warning.addClassNames("draft-warning", LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
                    row.add(warning);
                });
            }
        });
        Button accept = new Button(getTranslation("drafts.accept"), click -> act(
                () -> items.accept(item.id(), stored.version()) == null ? 0 : 1, "drafts.accepted"));
        accept.addClassName("draft-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        boolean flagged = item.status() == ItemStatus.NEEDS_REVIEW;
        Button edit = new Button(getTranslation(flagged ? "drafts.see-why" : "drafts.edit"),
                click -> UI.getCurrent().navigate(ItemRoutes.editor(item.id())));
        edit.addClassName("draft-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reject = new Button(getTranslation("drafts.reject"), click -> act(
                () -> items.reject(item.id(), stored.version()) == null ? 0 : 1, "drafts.rejected"));
        reject.addClassName("draft-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        row.add(new HorizontalLayout(accept, edit, reject));
        return row;
    }

    private void acceptAll(List<StoredItem> chosen) {
        if (chosen.isEmpty()) {
            Notification.show(getTranslation("drafts.nothing-selected"));
            return;
        }
        Map<ItemId, Long> expected = new LinkedHashMap<>();
        chosen.forEach(stored -> expected.put(stored.item().id(), stored.version()));
        act(() -> items.acceptAll(expected).size(), "drafts.accepted");
    }

    /** Runs a status change, tells how many items it changed, and reloads; a conflict reloads too. */
    private void act(Supplier<Integer> change, String doneKey) {
        try {
            int changed = change.get();
            Notification.show(getTranslation(doneKey, changed)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
