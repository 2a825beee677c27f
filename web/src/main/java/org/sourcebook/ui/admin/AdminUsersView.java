package org.sourcebook.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.sourcebook.ui.base.Confirmation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.sourcebook.account.AccountAdminException;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.account.AccountQuery;
import org.sourcebook.account.AccountSummary;
import org.sourcebook.account.CreatedAccount;
import org.sourcebook.account.DeletionImpact;
import org.sourcebook.content.account.Role;
import org.sourcebook.persistence.ConcurrentEditException;
import org.springframework.data.domain.Sort;

/**
 * All accounts, a page at a time from the database: search by username, name or e-mail, filter by
 * role; create, edit, disable or enable, reset the password, delete.
 */
@Route(AdminRoutes.USERS)
@Menu(order = 31, icon = "vaadin:users", title = "nav.admin.users")
@RolesAllowed(Role.Name.ADMIN)
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdminService accounts;
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();

    AdminUsersView(AccountAdminService accounts) {
        this.accounts = accounts;
        setId("admin-users");
        setSizeFull();
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setId("user-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        role.setId("user-role-filter");
        role.setAriaLabel(getTranslation("admin.users.role-filter"));
        role.setItems(EnumSet.allOf(Role.class));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.users.all-roles"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.users.all-roles") : getTranslation("admin.role." + r.name()));
        role.addValueChangeListener(change -> refresh());
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("admin.users.import"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(AdminRoutes.IMPORT)));
        importCsv.setId("import-users");
        FlexLayout toolbar = new FlexLayout(search, role, create, importCsv);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-s)");

        grid.addColumn(a -> a.username().value()).setHeader(getTranslation("admin.users.column.username"))
                .setKey("username").setSortable(true).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.users.column.name"))
                .setKey("name").setSortable(true).setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("admin.users.column.email"))
                .setKey("email").setSortable(true).setSortProperty("email").setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.column.roles")).setKey("roles");
        grid.addColumn(this::status).setHeader(getTranslation("admin.users.column.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
        grid.setItems(query -> accounts.find(query(), VaadinSpringDataHelpers.toSpringPageRequest(query)
                        .withSort(sortOrDefault(VaadinSpringDataHelpers.toSpringDataSort(query)))).stream(),
                query -> (int) accounts.count(query()));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private static Sort sortOrDefault(Sort sort) {
        return sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("username");
    }

    private AccountQuery query() {
        return new AccountQuery(search.getValue(), role.getValue());
    }

    String status(AccountSummary account) {
        String status = getTranslation(account.enabled() ? "admin.users.status.enabled" : "admin.users.status.disabled");
        return account.mustChangePassword() ? status + " · " + getTranslation("admin.users.status.must-change") : status;
    }

    private HorizontalLayout actions(AccountSummary account) {
        String name = account.username().value();
        Button edit = small(VaadinIcon.EDIT, "admin.users.edit", name, () -> openEdit(account));
        Button toggle = account.enabled()
                ? small(VaadinIcon.BAN, "admin.users.disable", name, () -> confirmDisable(account))
                : small(VaadinIcon.CHECK, "admin.users.enable", name, () -> setEnabled(account, true));
        Button reset = small(VaadinIcon.KEY, "admin.users.reset", name, () -> confirmReset(account));
        Button delete = small(VaadinIcon.TRASH, "admin.users.delete", name, () -> confirmDelete(account));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset, delete);
        actions.setSpacing(false);
        return actions;
    }

    private Button small(VaadinIcon icon, String key, String username, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key + ".aria", username));
        button.setId(key.substring(key.lastIndexOf('.') + 1) + "-" + username);
        return button;
    }

    AccountDialog openCreate() {
        AccountDialog dialog = new AccountDialog(accounts, null, this::created, this::refresh);
        dialog.open();
        return dialog;
    }

    AccountDialog openEdit(AccountSummary account) {
        AccountDialog dialog = new AccountDialog(accounts, account, this::created, () -> {
            Notification.show(getTranslation("admin.users.saved"));
            refresh();
        });
        dialog.open();
        return dialog;
    }

    private void created(CreatedAccount created) {
        refresh();
        Notification.show(getTranslation("admin.users.created", created.account().username().value()));
        if (created.temporaryPassword() != null) {
            new TemporaryPasswordDialog(created.account().username().value(), created.temporaryPassword()).open();
        }
    }

    void setEnabled(AccountSummary account, boolean enabled) {
        try {
            accounts.setEnabled(account.id(), enabled);
            Notification.show(getTranslation(enabled ? "admin.users.enabled" : "admin.users.disabled",
                    account.username().value()));
        } catch (AccountAdminException refused) {
            showError(refused);
        } catch (ConcurrentEditException changedMeanwhile) {
            showConflict();
        }
        refresh();
    }

    /** Disabling signs the person out at once and locks them out: asked first, as deleting is. */
    Confirmation confirmDisable(AccountSummary account) {
        Confirmation confirm = new Confirmation(getTranslation("admin.users.disable.title", account.username().value()),
                getTranslation("admin.users.disable.text"), getTranslation("admin.users.disable.confirm"),
                () -> setEnabled(account, false));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setDestructive(true);
        confirm.setId("confirm-disable");
        confirm.open();
        return confirm;
    }

    Confirmation confirmReset(AccountSummary account) {
        Confirmation confirm = new Confirmation(getTranslation("admin.users.reset.title", account.username().value()),
                getTranslation("admin.users.reset.text"), getTranslation("admin.users.reset.confirm"), () -> reset(account));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setId("confirm-reset");
        confirm.open();
        return confirm;
    }

    void reset(AccountSummary account) {
        try {
            String temporary = accounts.resetPassword(account.id());
            new TemporaryPasswordDialog(account.username().value(), temporary).open();
        } catch (AccountAdminException refused) {
            showError(refused);
        } catch (ConcurrentEditException changedMeanwhile) {
            showConflict();
        }
        refresh();
    }

    Confirmation confirmDelete(AccountSummary account) {
        String name = account.username().value();
        Confirmation confirm = new Confirmation();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("admin.users.delete.title", name));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        try {
            DeletionImpact impact = accounts.deletionImpact(account.id());
            if (impact.blocked()) {
                confirm.setText(getTranslation("admin.users.delete.blocked", impact.ownedLessons(), impact.ownedItems(),
                        impact.ownedDocuments()));
                confirm.setCancelable(false);
                confirm.setConfirmText(getTranslation("admin.close"));
            } else {
                confirm.setText(getTranslation("admin.users.delete.text", impact.quizAttempts(), impact.cardReviews()));
                confirm.setConfirmText(getTranslation("admin.users.delete.confirm"));
                confirm.setDestructive(true);
                confirm.addConfirmListener(() -> delete(account));
            }
        } catch (AccountAdminException refused) {
            showError(refused);
            return confirm;
        }
        confirm.open();
        return confirm;
    }

    void delete(AccountSummary account) {
        try {
            accounts.delete(account.id());
            Notification.show(getTranslation("admin.users.deleted", account.username().value()));
        } catch (AccountAdminException refused) {
            showError(refused);
        } catch (ConcurrentEditException changedMeanwhile) {
            showConflict();
        }
        refresh();
    }

    private void showError(AccountAdminException refused) {
        showError(AdminErrors.message(this, refused));
    }

    /** Another admin changed the account at the same moment; the refreshed list shows their change. */
    private void showConflict() {
        showError(getTranslation("conflict.account"));
    }

    private void showError(String message) {
        Notification notification = Notification.show(message);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    TextField search() {
        return search;
    }

    Select<Role> role() {
        return role;
    }

    Grid<AccountSummary> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
