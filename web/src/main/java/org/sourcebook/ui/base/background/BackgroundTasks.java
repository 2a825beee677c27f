package org.sourcebook.ui.teacher.documents;

/**
 * Runs work off the request thread. Deliberately not an {@code Executor} bean, so Spring Boot's
 * own task executor stays in place; tests replace this bean with one they step through.
 */
public interface BackgroundTasks {

    void submit(Runnable task);
}
