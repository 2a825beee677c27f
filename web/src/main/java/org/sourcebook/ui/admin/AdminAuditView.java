package org.sourcebook.ui.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcebook.audit.AuditEvent;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.audit.AuditQuery;
import org.sourcebook.audit.AuditService;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.base.TimeZones;

/** The audit log, newest first, a page at a time: filter by user, kind and dates (in the server's time zone). */
@Route(AdminRoutes.AUDIT)
@Menu(order = 33, icon = "vaadin:list", title = "nav.admin.audit")
@RolesAllowed(Role.Name.ADMIN)
public class AdminAuditView extends VerticalLayout implements HasDynamicTitle {

    /** The exceptions a failed sign-in is recorded with that have a reason of their own in the bundles. */
    private static final Set<String> FAILED_SIGN_IN_REASONS = Set.of("BadCredentialsException", "DisabledException",
            "LockedException", "LoginThrottledException", "UsernameNotFoundException");

    private final AuditService audit;
    private final TextField user = new TextField();
    private final Select<AuditKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditEvent> grid = new Grid<>();

    AdminAuditView(AuditService audit) {
        this.audit = audit;
        setId("admin-audit");
        setSizeFull();
        user.setLabel(getTranslation("admin.audit.user"));
        user.setId("audit-user");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("admin.audit.kind"));
        kind.setId("audit-kind");
        kind.setItems(EnumSet.allOf(AuditKind.class));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("admin.audit.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("admin.audit.all-kinds") : kindName(k));
        from.setLabel(getTranslation("admin.audit.from"));
        from.setId("audit-from");
        until.setLabel(getTranslation("admin.audit.until"));
        until.setId("audit-until");
        user.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        until.addValueChangeListener(change -> refresh());
        FlexLayout filters = new FlexLayout(user, kind, from, until);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        grid.addColumn(event -> Times.format(event.occurredAt(), getLocale())).setHeader(getTranslation("admin.audit.column.time"))
                .setKey("time").setAutoWidth(true);
        grid.addColumn(event -> event.actorUsername() == null ? "" : event.actorUsername())
                .setHeader(getTranslation("admin.audit.column.actor")).setKey("actor").setAutoWidth(true);
        grid.addColumn(event -> kindName(event.kind())).setHeader(getTranslation("admin.audit.column.kind")).setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(event -> event.subjectUsername() == null ? "" : event.subjectUsername())
                .setHeader(getTranslation("admin.audit.column.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(this::details).setHeader(getTranslation("admin.audit.column.details")).setKey("details")
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
        grid.setItems(query -> audit.find(query(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(query()));
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    /**
     * The event's details as an admin reads them. A failed sign-in stores the name of the exception
     * that refused it; that becomes the reason in words ("Wrong username or password").
     */
    String details(AuditEvent event) {
        if (event.kind() != AuditKind.LOGIN_FAILED) {
            return event.details();
        }
        String key = "admin.audit.login-failed." + event.details();
        return getTranslation(FAILED_SIGN_IN_REASONS.contains(event.details()) ? key : "admin.audit.login-failed.other");
    }

    private String kindName(AuditKind kind) {
        return getTranslation("admin.audit.kind." + kind.name());
    }

    AuditQuery query() {
        return new AuditQuery(user.getValue(), kind.getValue(), startOf(from.getValue()),
                until.getValue() == null ? null : startOf(until.getValue().plusDays(1)));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(TimeZones.current()).toInstant();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    TextField user() {
        return user;
    }

    Select<AuditKind> kind() {
        return kind;
    }

    DatePicker from() {
        return from;
    }

    DatePicker until() {
        return until;
    }

    Grid<AuditEvent> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title");
    }
}
