package org.sourcebook.ui.base.background;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Background work (document imports, account imports) on a small pool of its own: two threads
 * (drafting a long text keeps a core busy for a second or more), the rest queued, so a burst of
 * uploads cannot starve the server.
 */
@Component
class ThreadPoolBackgroundTasks implements BackgroundTasks, DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ThreadPoolBackgroundTasks() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(500);
        executor.setThreadNamePrefix("background-");
        executor.initialize();
    }

    @Override
    public void submit(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
