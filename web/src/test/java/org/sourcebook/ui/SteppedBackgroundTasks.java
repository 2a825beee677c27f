package org.sourcebook.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sourcebook.ui.base.background.BackgroundTasks;

/**
 * Background tasks that wait until the test runs them, on the test's thread, so a test can look
 * at the page between two stages (and cancel in between). Running them also delivers the UI
 * updates they pushed.
 */
public class SteppedBackgroundTasks implements BackgroundTasks {

    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

    @Override
    public void submit(Runnable task) {
        pending.add(task);
    }

    /** Runs the oldest waiting task, if any, and then the UI updates it asked for. */
    public void runNext() {
        Runnable next = pending.poll();
        if (next != null) {
            next.run();
        }
        MockVaadin.clientRoundtrip();
    }

    /** Runs tasks (including those they submit) until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }

    public void clear() {
        pending.clear();
    }
}
