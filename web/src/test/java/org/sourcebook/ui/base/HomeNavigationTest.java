package org.sourcebook.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.admin.AdminHomeView;
import org.sourcebook.ui.student.StudentHomeView;
import org.sourcebook.ui.teacher.TeacherHomeView;

class HomeNavigationTest extends KaribuTest {

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("admin", AdminHomeView.class, "Admin home"),
                Arguments.of("teacher", TeacherHomeView.class, "Teacher home"),
                Arguments.of("student", StudentHomeView.class, "Student home"));
    }

    @ParameterizedTest(name = "{0} lands on {2}")
    @MethodSource("demoAccounts")
    void eachRoleLandsOnItsOwnHomeAndSeesOnlyItInTheNavigation(String username, Class<?> home, String title) {
        login(username);

        assertThat(currentView()).isInstanceOf(home);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).first().isEqualTo(title);
        assertThat(homeEntries()).containsExactly(title);
        assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo(title);
    }

    @Test
    void aPersonWithSeveralRolesLandsOnTeacherHomeAndSeesEveryHomeTheyHold() {
        String username = createAccount("head-of-history", Role.TEACHER, Role.ADMIN);

        login(username);

        assertThat(currentView()).isInstanceOf(TeacherHomeView.class);
        assertThat(homeEntries()).containsExactly("Teacher home", "Admin home");
    }

    /** The role homes in the side navigation (each role's other pages come after its home). */
    private static java.util.List<String> homeEntries() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).filter(label -> label.endsWith(" home"))
                .toList();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        open("teacher");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aStudentOpeningATeacherAddressSeesAccessDenied() {
        login("student");

        open("teacher");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(((AccessDeniedView) currentView()).getPageTitle()).startsWith("Access denied");
    }

    @Test
    void anAddressWithNoPageShowsTheTranslatedNotFoundPage() {
        login("teacher");

        open("no/such/page");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(((NotFoundView) currentView()).getPageTitle()).startsWith("Page not found");
    }
}
