package org.sourcebook.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.sourcebook.account.AccountAdminService;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.base.HomeRoutes;

/** Where an admin lands after signing in: how many accounts have each role, and the admin pages. */
@Route(HomeRoutes.ADMIN)
@Menu(order = 30, icon = "vaadin:cog", title = "nav.admin.home")
@RolesAllowed(Role.Name.ADMIN)
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    AdminHomeView(AccountAdminService accounts) {
        setId("admin-home");
        Map<Role, Long> counts = accounts.countByRole();
        FlexLayout tiles = new FlexLayout();
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        for (Role role : Role.values()) {
            Span number = new Span(String.valueOf(counts.getOrDefault(role, 0L)));
            number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            Div tile = new Div(number, new Div(getTranslation("admin.home.count." + role.name())));
            tile.setId("count-" + role.name().toLowerCase(Locale.ROOT));
            tile.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("background", "var(--lumo-contrast-5pct)").set("min-width", "8em");
            tiles.add(tile);
        }
        UnorderedList links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("admin.home.link.users"), AdminUsersView.class)),
                new ListItem(new RouterLink(getTranslation("admin.home.link.import"), AdminImportView.class)),
                new ListItem(new RouterLink(getTranslation("admin.home.link.audit"), AdminAuditView.class)));
        add(new H2(getTranslation("admin.home.accounts")), tiles, links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.admin.title");
    }
}
