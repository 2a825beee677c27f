package org.sourcebook.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sourcebook.ui.KaribuTest;

class AdminHomeViewTest extends KaribuTest {

    @Test
    void showsCountsByRoleAndLinksToTheAdminPages() {
        login("admin");

        assertThat(currentView()).isInstanceOf(AdminHomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("count-admin")).getText()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("count-admin")).getElement().getTextRecursively()).matches("\\d+admins");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(RouterLink.class))
                .extracting(RouterLink::getHref).contains(AdminRoutes.USERS, AdminRoutes.IMPORT, AdminRoutes.AUDIT);
    }
}
