package org.sourcebook.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins and failed sign-ins from Spring Security's authentication events (published by
 * the login's authentication manager). A failed attempt names the typed username as its subject.
 */
@Component
class AuthenticationAudit {

    private final AuditLog log;

    AuthenticationAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        log.recordAs(username, AuditKind.LOGIN, username, "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        log.recordAs(null, AuditKind.LOGIN_FAILED, typed, event.getException().getClass().getSimpleName());
    }
}
