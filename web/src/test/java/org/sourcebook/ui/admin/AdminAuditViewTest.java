package org.sourcebook.ui.admin;

import static org.sourcebook.ui.admin.GridCells.cell;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;

class AdminAuditViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.sourcebook.audit.AuditLog auditLog;

    @Test
    void filtersByUserKindAndDate() {
        String subject = createAccount("audit-subject", Role.STUDENT);
        login(createAccount("auditor", Role.ADMIN));
        open(AdminRoutes.AUDIT);
        AdminAuditView view = (AdminAuditView) currentView();

        view.user().setValue(subject);
        assertThat(_size(view.grid())).isEqualTo(1);
        assertThat(cell(view.grid(), 0, "kind")).isEqualTo("Account created");
        assertThat(cell(view.grid(), 0, "subject")).isEqualTo(subject);

        view.kind().setValue(AuditKind.ACCOUNT_DELETED);
        assertThat(_size(view.grid())).isZero();
        view.kind().clear();
        view.until().setValue(LocalDate.of(2000, 1, 1));
        assertThat(_size(view.grid())).isZero();
    }

    @Test
    void aFailedSignInGivesItsReasonInWordsNotAnExceptionName() {
        String subject = createAccount("mistyped", Role.STUDENT);
        auditLog.recordAs(null, AuditKind.LOGIN_FAILED, subject, "BadCredentialsException");
        auditLog.recordAs(null, AuditKind.LOGIN_FAILED, subject, "LoginThrottledException");
        auditLog.recordAs(null, AuditKind.LOGIN_FAILED, subject, "SomethingNewException");
        login(createAccount("auditor", Role.ADMIN));
        open(AdminRoutes.AUDIT);
        AdminAuditView view = (AdminAuditView) currentView();

        view.user().setValue(subject);
        view.kind().setValue(AuditKind.LOGIN_FAILED);

        assertThat(java.util.stream.IntStream.range(0, _size(view.grid())).mapToObj(row -> cell(view.grid(), row, "details")))
                .containsExactlyInAnyOrder("Wrong username or password", "Too many failed sign-ins: signing in was paused",
                        "Sign-in refused")
                .noneMatch(text -> text.contains("Exception"));
    }
}
