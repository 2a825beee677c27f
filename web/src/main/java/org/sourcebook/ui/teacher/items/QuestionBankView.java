package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.exchange.ItemExchangeService;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.ItemSort;
import org.sourcebook.item.StoredItem;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.ui.lesson.ItemWording;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sourcebook.content.item.Item;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.persistence.ConcurrentEditException;

/**
 * The question bank ({@code teacher/bank}): all of the teacher's items in a lazily paged grid,
 * filtered by document, kind, tag, status and words in prompt or answer, sorted by quality or last
 * change. A click opens the item in the editor.
 */
@Route(ItemRoutes.BANK)
@Menu(order = 12, icon = "vaadin:archive", title = "nav.teacher.bank")
@RolesAllowed(Role.Name.TEACHER)
public class QuestionBankView extends VerticalLayout implements HasDynamicTitle {

    /** More than any teacher's bank holds today; keeps one export's memory bounded. */
    static final int MAX_EXPORT = 10_000;

    private final ItemService items;
    private final ItemExchangeService exchange;
    private final ComboBox<DocumentSummary> document = new ComboBox<>();
    private final ComboBox<ItemKind> kind = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<ItemStatus> status = new ComboBox<>();
    private final ComboBox<ItemSort> sort = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<StoredItem> grid = new Grid<>();
    private final Span count = new Span();

    QuestionBankView(ItemService items, DocumentService documents, ItemExchangeService exchange) {
        this.items = items;
        this.exchange = exchange;
        setId("question-bank");
        setSizeFull();
        configureFilters(documents);
        configureGrid();
        Button newItem = new Button(getTranslation("bank.new-item"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("teacher/items/" + ItemRoutes.NEW));
        newItem.setId("bank-new-item");
        newItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importItems = new Button(getTranslation("exchange.import.button"), VaadinIcon.UPLOAD.create(),
                click -> UI.getCurrent().navigate(ImportItemsView.ROUTE));
        importItems.setId("bank-import");
        Button exportItems = new Button(getTranslation("exchange.export.button"), VaadinIcon.DOWNLOAD.create(),
                click -> openExport());
        exportItems.setId("bank-export");
        HorizontalLayout filters = new HorizontalLayout(search, document, kind, tag, status, sort, newItem, importItems,
                exportItems);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.setId("bank-count");
        add(filters, count, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.title");
    }

    /** The query the filters describe (the grid adds each page's offset and limit). */
    ItemQuery query() {
        return ItemQuery.all()
                .withDocument(document.getValue() == null ? null : document.getValue().id())
                .withKind(kind.getValue())
                .withTag(tag.getValue())
                .withStatus(status.getValue())
                .withText(search.getValue())
                .withSort(sort.getValue() == null ? ItemSort.QUALITY : sort.getValue());
    }

    /** Exports every item the filters show, in the grid's order. */
    void openExport() {
        int count = (int) Math.min(items.count(query()), MAX_EXPORT);
        List<ItemId> shown = items.find(query().withPage(0, count)).stream().map(stored -> stored.item().id()).toList();
        new ExportDialog(getTranslation("exchange.export.scope.bank", shown.size()), shown.size(),
                format -> exchange.exportItems(getTranslation("exchange.export.bank-name"), shown, format)).open();
    }

    private void configureFilters(DocumentService documents) {
        search.setLabel(getTranslation("bank.search"));
        search.setPlaceholder(getTranslation("bank.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("bank-search");
        filter(document, "document", documents.myDocuments(), DocumentSummary::title);
        filter(kind, "kind", List.of(ItemKind.values()), ItemTexts::kind);
        filter(tag, "tag", items.myTags(), text -> text);
        filter(status, "status", List.of(ItemStatus.values()), ItemTexts::status);
        filter(sort, "sort", List.of(ItemSort.values()), order -> getTranslation("bank.sort." + ItemTexts.key(order)));
        sort.setValue(ItemSort.QUALITY);
        sort.setClearButtonVisible(false);
        search.addValueChangeListener(event -> refresh());
    }

    /** A filter labelled {@code bank.<name>}, with id {@code bank-<name>}, refreshing the grid on change. */
    private <T> void filter(ComboBox<T> box, String name, List<T> choices, ItemLabelGenerator<T> label) {
        box.setLabel(getTranslation("bank." + name));
        box.setItems(choices);
        box.setItemLabelGenerator(label);
        box.setId("bank-" + name);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(event -> refresh());
    }

    private void configureGrid() {
        grid.setId("bank-grid");
        grid.addColumn(stored -> ItemTexts.kind(stored.item().kind())).setHeader(getTranslation("bank.column.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> ItemWording.prompt(stored.item())).setHeader(getTranslation("bank.column.prompt"))
                .setKey("prompt").setFlexGrow(3);
        grid.addColumn(stored -> ItemWording.answer(stored.item(), this)).setHeader(getTranslation("bank.column.answer"))
                .setKey("answer").setFlexGrow(2);
        grid.addColumn(stored -> ItemTexts.status(stored.item().status())).setHeader(getTranslation("bank.column.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> ItemTexts.quality(stored.item().info().qualityScore()))
                .setHeader(getTranslation("bank.column.quality")).setKey("quality").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> String.join(", ", stored.item().info().tags())).setHeader(getTranslation("bank.column.tags"))
                .setKey("tags").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("bank.column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(
                page -> page.getLimit() == 0 && page.getOffset() >= 0 ? java.util.stream.Stream.empty()
                        : items.find(query().withPage(page.getOffset(), page.getLimit())).stream(),
                page -> (int) items.count(query()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ItemRoutes.editor(click.getItem().item().id())));
        grid.setSizeFull();
    }

    /** An edit link for each row (keyboard users cannot click a row), and "Accept" for a complete draft. */
    private HorizontalLayout actions(StoredItem stored) {
        Item item = stored.item();
        String label = ItemWording.prompt(item);
        Anchor edit = new Anchor(ItemRoutes.editor(item.id()), getTranslation("bank.edit"));
        edit.getElement().setAttribute("aria-label", getTranslation("bank.edit.aria", label));
        HorizontalLayout actions = new HorizontalLayout(edit);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (item.status() == ItemStatus.DRAFT && item.isValid()) {
            Button accept = new Button(getTranslation("drafts.accept"), click -> accept(stored));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            accept.addClassName("bank-accept");
            accept.getElement().setAttribute("aria-label", getTranslation("bank.accept.aria", label));
            actions.add(accept);
        }
        return actions;
    }

    private void accept(StoredItem stored) {
        try {
            items.accept(stored.item().id(), stored.version());
            Notification.show(getTranslation("drafts.accepted", 1)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException | NoSuchItemException changedElsewhere) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("bank.count", items.count(query())));
    }
}
