package org.mips.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.PipelineListener;
import org.mips.core.pipeline.StageReport;
import org.mips.core.UserException;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.StageOutcome;

/**
 * Which stages of one task have ended, how, and in how many seconds: {@code journal.json} in the task's
 * directory, rewritten atomically as each stage ends, so that a resumed benchmark starts the task at its
 * first stage that has not ended. It listens to the events of the task's process; it never reads its
 * console text.
 */
public final class TaskJournal implements PipelineListener {

    /**
     * The journal's file.
     *
     * @param task   the task
     * @param stages the stages of its run, in order, as its first session announced them
     * @param ended  every stage that ended, in order
     * @param ending how the task ended; null while it has not
     */
    public record Record(String task, List<String> stages, List<Entry> ended, TaskEnding ending) {
        public Record {
            stages = List.copyOf(stages);
            ended = List.copyOf(ended);
        }
    }

    /**
     * One stage that ended, or was skipped.
     *
     * @param stage   its id
     * @param outcome how it ended; null when it was skipped
     * @param skipped why it was skipped; null when it ran
     * @param seconds how long it ran
     */
    public record Entry(String stage, StageOutcome outcome, String skipped, double seconds) {
    }

    public static final ArtifactType<Record> FILE = ArtifactType.of("journal.json", Record.class, 2);

    private final RunStore store;
    private Record record;

    private TaskJournal(RunStore store, Record record) {
        this.store = store;
        this.record = record;
    }

    /**
     * The journal in {@code dir}, empty when the task has not started.
     *
     * @throws UserException when the journal is damaged: what is wrong with it, and that deleting it runs the task
     *                       again from its first stage (a resumed run would stop at it again)
     */
    public static TaskJournal open(Path dir, String task) {
        RunStore store = RunStore.at(dir);
        try {
            return new TaskJournal(store, store.find(FILE).orElse(new Record(task, List.of(), List.of(), null)));
        } catch (ArtifactException e) {
            throw new UserException(e.getMessage() + "; this is task " + task + "'s record of its finished stages: delete the file, and the "
                    + "benchmark runs that task again from its first stage (the other tasks keep their results)", e);
        }
    }

    @Override
    public synchronized void runStarted(PipelineEvent.RunStarted event) {
        if (record.stages().isEmpty()) {
            update(new Record(record.task(), event.stages(), record.ended(), record.ending()));
        }
    }

    @Override
    public synchronized void stageEnded(PipelineEvent.StageEnded event) {
        add(new Entry(event.stage(), event.outcome(), null, Math.round(event.seconds() * 10) / 10.0));
    }

    @Override
    public synchronized void stageSkipped(PipelineEvent.StageSkipped event) {
        add(new Entry(event.stage(), null, event.reason(), 0));
    }

    private void add(Entry entry) {
        List<Entry> ended = new ArrayList<>(record.ended());
        ended.add(entry);
        update(new Record(record.task(), record.stages(), ended, record.ending()));
    }

    /**
     * Records how the task ended: completed (nothing is left to run) or failed (a crash or a deadline, which
     * a resumed run does not retry). A cancelled run is not an ending.
     */
    public synchronized void end(TaskEnding ending) {
        if (ending.kind() != TaskEnding.Kind.CANCELLED) {
            update(new Record(record.task(), record.stages(), record.ended(), ending));
        }
    }

    /** How the task ended, if it has. */
    public synchronized Optional<TaskEnding> ending() {
        return Optional.ofNullable(record.ending());
    }

    /**
     * Where a resumed run starts: the first stage that has not ended, or empty to start from the beginning
     * (nothing ended yet). Meaningless once the run is over ({@link #runOver}).
     */
    public synchronized Optional<String> resumeAt() {
        List<String> ended = record.ended().stream().map(Entry::stage).toList();
        return record.stages().stream().filter(stage -> !ended.contains(stage)).findFirst()
                .filter(first -> !ended.isEmpty());
    }

    /**
     * Whether the run had nothing left to do when its process was stopped: every stage ended, or one
     * stopped, which ends a run.
     */
    public synchronized boolean runOver() {
        List<String> ended = record.ended().stream().map(Entry::stage).toList();
        boolean stopped = record.ended().stream().anyMatch(entry -> entry.outcome() instanceof StageOutcome.Stopped);
        return stopped || !record.stages().isEmpty() && ended.containsAll(record.stages());
    }

    /** The stages that ran, in every session, as the task's results count them. */
    public synchronized List<StageReport> reports() {
        List<StageReport> reports = new ArrayList<>();
        for (Entry entry : record.ended()) {
            if (entry.outcome() != null) {
                reports.add(new StageReport(entry.stage(), entry.outcome(), entry.seconds()));
            }
        }
        return reports;
    }

    private void update(Record next) {
        record = next;
        store.write(FILE, record);
    }
}
