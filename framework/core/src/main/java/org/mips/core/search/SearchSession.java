package org.mips.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mips.spi.training.TrainingResult;

/**
 * One run of a search: hands the trials the {@link Replay} needs to a pool of workers, collects their
 * outcomes, and stops at the plan's end or the budget's.
 *
 * <p>Only this thread touches the search's state; workers just train and post what they found to a
 * queue. Decisions are taken by replaying the plan over outcomes, never by the order in which trials
 * finish: if seed 1 is perfect before seed 0 has finished, the replay still waits for seed 0.
 */
final class SearchSession {

    private final SearchSettings settings;
    private final Replay replay;
    private final TrialRunner runner;
    private final SearchListener listener;
    private final long deadlineNanos;
    private final ExecutorService pool;
    private final BlockingQueue<TrialRunner.Finished> finished = new LinkedBlockingQueue<>();
    private final Map<TrialKey, Trial> running = new LinkedHashMap<>();
    private final Map<TrialKey, TrialOutcome> known = new HashMap<>();
    private final Map<TrialKey, TrainingResult> perfect = new HashMap<>();
    private final List<TrialRecord> records = new ArrayList<>();
    private int started;

    /** @param originNanos {@link System#nanoTime()} when the budget started */
    SearchSession(SearchSettings settings, Replay replay, TrialRunner runner, SearchListener listener, long originNanos) {
        this.settings = settings;
        this.replay = replay;
        this.runner = runner;
        this.listener = listener;
        this.deadlineNanos = originNanos + settings.budget().toNanos();
        this.pool = workers(settings.workers(), runner.backendClassLoader());
    }

    /** Runs until the plan finishes or the budget ends; the returned walk says which. */
    Replay.Walk run() {
        try {
            Replay.Walk walk = replay.walk(known, settings.workers());
            while (!walk.finished() && remaining() > 0 && !runner.expired() && !Thread.currentThread().isInterrupted()) {
                dispatch(walk.needed());
                awaitTrials(remaining());
                walk = replay.walk(known, settings.workers());
            }
            windDown(walk.finished());
            return replay.walk(known, 1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Outcomes of the trials that told something about their architecture. */
    Map<TrialKey, TrialOutcome> known() {
        return known;
    }

    /** The training of every perfect trial. */
    Map<TrialKey, TrainingResult> perfect() {
        return perfect;
    }

    /** Every trial, in the order they started. */
    List<TrialRecord> records() {
        return records.stream().sorted(Comparator.comparingInt(TrialRecord::index)).toList();
    }

    /** Starts what is needed and stops what is not: look-ahead the latest outcomes have made pointless. */
    private void dispatch(List<TrialKey> needed) {
        for (Trial trial : running.values()) {
            trial.cancel(!needed.contains(trial.key));
        }
        for (TrialKey key : needed) {
            if (running.size() >= settings.workers() || remaining() <= 0 || runner.expired()) {
                break;
            }
            if (!running.containsKey(key)) {
                start(key);
            }
        }
    }

    private void start(TrialKey key) {
        Trial trial = new Trial(++started, key, System.nanoTime());
        running.put(key, trial);
        listener.trialStarted(trial.index, key);
        pool.execute(() -> finished.add(runner.run(trial)));
    }

    /** Waits up to {@code nanos} for a trial to finish, then takes in every trial that has. */
    private void awaitTrials(long nanos) {
        if (running.isEmpty()) {
            return;
        }
        try {
            for (TrialRunner.Finished done = finished.poll(nanos, TimeUnit.NANOSECONDS); done != null; done = finished.poll()) {
                take(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void take(TrialRunner.Finished done) {
        TrialKey key = done.trial().key;
        running.remove(key);
        records.add(done.record());
        if (done.outcome() != null) {
            known.putIfAbsent(key, done.outcome());
        }
        if (done.result() != null && done.record().perfect()) {
            perfect.putIfAbsent(key, done.result());
        }
        listener.trialFinished(done.record());
    }

    /**
     * Lets running trials end: after the plan's end none is needed, so they are cancelled; after the
     * budget's end they stop at their deadline and may still bring a perfect network. Whatever has
     * not returned after the grace period is recorded as abandoned and left to the daemon threads.
     */
    private void windDown(boolean planFinished) {
        if (planFinished) {
            running.values().forEach(trial -> trial.cancel(true));
        }
        long until = System.nanoTime() + settings.grace().toNanos();
        while (!running.isEmpty() && !Thread.currentThread().isInterrupted()) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            awaitTrials(left);
        }
        for (Trial trial : List.copyOf(running.values())) {
            running.remove(trial.key);
            TrialRecord record = runner.abandoned(trial, "still running when the search ended; abandoned");
            records.add(record);
            listener.trialFinished(record);
        }
    }

    private long remaining() {
        return deadlineNanos - System.nanoTime();
    }

    /** Daemon threads, so that an abandoned trial cannot keep the JVM alive, with the backend's class loader as context. */
    private static ExecutorService workers(int count, ClassLoader backendLoader) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "mips-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            // Plugin libraries that use ServiceLoader look in the context class loader (java-ecosystem section 1.7).
            thread.setContextClassLoader(backendLoader);
            return thread;
        });
    }
}
