package org.mips.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.mips.core.result.ResultsFiles;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskStatus;

/**
 * The one progress display of a benchmark run: a line per finished task, and the run's state (tasks
 * done, solved, proven, elapsed, and each worker's task and stage). On a terminal the state is a block
 * redrawn in place under the finished tasks; elsewhere (CI logs, a file) it is a plain line at most
 * once a minute.
 */
public final class BenchBoard {

    private static final long STATUS_EVERY_NANOS = 60_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private Slot[] slots;
    private int done;
    private int solved;
    private int proven;
    private int drawnLines;
    private long lastStatus;

    /** What one worker is doing. */
    private static final class Slot {
        BenchTask task;
        String stage;
        long stageStart;
    }

    public BenchBoard(PrintWriter out, boolean terminal, int total, int jobs, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastStatus = startNanos;
        this.slots = new Slot[jobs];
        for (int i = 0; i < jobs; i++) {
            slots[i] = new Slot();
        }
    }

    /** Counts a task that ended in an earlier session of the run. */
    public synchronized void alreadyDone(TaskResult result) {
        count(result);
    }

    /** A worker takes up {@code task}: the first idle one, or a new one when a cluster runs more than were expected. */
    public synchronized void started(BenchTask task) {
        Slot slot = find(task.id());
        if (slot == null) {
            slot = find(null);
        }
        if (slot == null) {
            slots = Arrays.copyOf(slots, slots.length + 1);
            slot = slots[slots.length - 1] = new Slot();
        }
        slot.task = task;
        slot.stage = null;
        redraw(null);
    }

    /** The worker running the task {@code id}, or an idle one when {@code id} is null; null when there is none. */
    private Slot find(String id) {
        for (Slot slot : slots) {
            if (id == null ? slot.task == null : slot.task != null && slot.task.id().equals(id)) {
                return slot;
            }
        }
        return null;
    }

    /** {@code task}'s run started {@code stage}. */
    public synchronized void stageStarted(BenchTask task, String stage) {
        Slot slot = find(task.id());
        if (slot != null) {
            slot.stage = stage;
            slot.stageStart = nanoTime.getAsLong();
        }
        redraw(null);
    }

    /** The worker running {@code result}'s task finished it. */
    public synchronized void finished(TaskResult result) {
        Slot slot = find(result.task());
        if (slot != null) {
            slot.task = null;
        }
        count(result);
        String line = String.format(Locale.ROOT, "[%d/%d] %s: %s in %s%s", done, total, result.task(), result.status().label(),
                ResultsFiles.minutes(result.totalSeconds()), result.reason().isEmpty() ? "" : " (" + shortened(result.reason()) + ")");
        redraw(line);
    }

    /** Refreshes the state: on a terminal every call, elsewhere once a minute. */
    public synchronized void tick() {
        if (terminal) {
            redraw(null);
        } else if (nanoTime.getAsLong() - lastStatus >= STATUS_EVERY_NANOS) {
            out.println(String.join("; ", state().stream().map(String::strip).toList()));
            out.flush();
            lastStatus = nanoTime.getAsLong();
        }
    }

    /** The summary line at the end. */
    public synchronized String summary() {
        return String.format(Locale.ROOT, "%d of %d tasks done: %d solved, %d proven, in %s", done, total, solved, proven,
                ResultsFiles.minutes(elapsedSeconds()));
    }

    private void count(TaskResult result) {
        done++;
        if (result.solved()) {
            solved++;
        }
        if (result.status() == TaskStatus.PROVEN) {
            proven++;
        }
    }

    private double elapsedSeconds() {
        return (nanoTime.getAsLong() - startNanos) / 1e9;
    }

    /** The header line and a line per worker. */
    List<String> state() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "mips bench: %d of %d done, %d solved, %d proven, %s elapsed", done, total, solved, proven,
                clock(elapsedSeconds())));
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (slot.task == null) {
                lines.add(String.format(Locale.ROOT, "  worker %d: idle", i + 1));
            } else {
                lines.add(String.format(Locale.ROOT, "  worker %d: %s, %s", i + 1, slot.task.id(), slot.stage == null ? "starting"
                        : slot.stage + " " + clock((nanoTime.getAsLong() - slot.stageStart) / 1e9)));
            }
        }
        return lines;
    }

    private void redraw(String event) {
        if (!terminal) {
            if (event != null) {
                out.println(event);
                out.flush();
            }
            return;
        }
        if (drawnLines > 0) {
            out.print("\033[" + drawnLines + "F\033[J");
        }
        if (event != null) {
            out.println(event);
        }
        List<String> state = state();
        state.forEach(out::println);
        drawnLines = state.size();
        out.flush();
    }

    /** Leaves the terminal's block as it is, so that what follows prints below it. */
    public synchronized void close() {
        drawnLines = 0;
    }

    private static String shortened(String reason) {
        return reason.length() <= 100 ? reason : reason.substring(0, 100) + " ...";
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
