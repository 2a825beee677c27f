package org.sourcebook.ui.base.background;

import java.util.concurrent.Executor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work off the request thread. Deliberately not an {@code Executor} bean, so Spring Boot's
 * own task executor stays in place; tests replace this bean with one they step through.
 */
public interface BackgroundTasks {

    void submit(Runnable task);

    /**
     * These tasks, run as the person signed in now: services check their roles in the background
     * as they would on the request thread.
     */
    default Executor asSignedIn() {
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new DelegatingSecurityContextExecutor(this::submit, signedIn);
    }
}
