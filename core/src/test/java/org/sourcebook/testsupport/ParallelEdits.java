package org.sourcebook.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sourcebook.persistence.ConcurrentEditException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several editors save one version of the same row at the same moment, then reload and retry
 * until their change is in. Each first save runs in a transaction that already holds what the
 * editor loaded, so every editor passes the service's own version check and the race is decided
 * by the database: the losers meet the refused write, not the hand-written check. Any exception
 * other than {@link ConcurrentEditException} ends the run and is rethrown.
 */
public final class ParallelEdits {

    /**
     * How the first round went and how many conflicts the editors met in all.
     *
     * @param refusedWrites first-round conflicts where the database refused the write (the race
     *     the service's own version check cannot see), as opposed to that check
     */
    public record Outcome(int firstRoundSaves, int refusedWrites, int conflicts) {}

    /** One editor's change: save {@code loaded} with editor {@code editor}'s change applied. */
    @FunctionalInterface
    public interface Edit<T> {
        void save(int editor, T loaded);
    }

    private ParallelEdits() {}

    public static <T> Outcome run(
            int editors, TransactionTemplate transactions, SignedIn who, Supplier<T> load, Edit<T> edit) throws Exception {
        CyclicBarrier allLoaded = new CyclicBarrier(editors);
        AtomicInteger firstRoundSaves = new AtomicInteger();
        AtomicInteger refusedWrites = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int editor = i;
                running.add(pool.submit(() -> who.run(() -> {
                    try {
                        transactions.executeWithoutResult(tx -> {
                            T loaded = load.get();
                            awaitQuietly(allLoaded);
                            edit.save(editor, loaded);
                        });
                        firstRoundSaves.incrementAndGet();
                    } catch (ConcurrentEditException someoneWasFaster) {
                        if (someoneWasFaster.getCause() instanceof ObjectOptimisticLockingFailureException) {
                            refusedWrites.incrementAndGet();
                        }
                        conflicts.incrementAndGet();
                        retryUntilSaved(transactions, load, edit, editor, conflicts);
                    }
                })));
            }
            for (Future<?> editor : running) {
                waitFor(editor);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(firstRoundSaves.get(), refusedWrites.get(), conflicts.get());
    }

    private static <T> void retryUntilSaved(
            TransactionTemplate transactions, Supplier<T> load, Edit<T> edit, int editor, AtomicInteger conflicts) {
        while (true) {
            try {
                transactions.executeWithoutResult(tx -> edit.save(editor, load.get()));
                return;
            } catch (ConcurrentEditException someoneWasFaster) {
                conflicts.incrementAndGet();
            }
        }
    }

    private static void waitFor(Future<?> editor) throws Exception {
        try {
            editor.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the editors did not all load the row", e);
        }
    }
}
