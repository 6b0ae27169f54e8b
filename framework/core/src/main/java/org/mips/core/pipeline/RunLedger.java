package org.mips.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageOutcome;

/**
 * Keeps {@code run.json}: which files each stage's latest run wrote. It lets a run remove everything a
 * stale stage left, and records each stage of this run as it ends.
 */
final class RunLedger {

    private final RunStore store;
    private final String task;
    private final List<RunRecord.Entry> entries;

    private RunLedger(RunStore store, String task, List<RunRecord.Entry> entries) {
        this.store = store;
        this.task = task;
        this.entries = entries;
    }

    /** The directory's record; one that is missing or unreadable counts as empty (its stages' typed artifacts still go). */
    static RunLedger open(RunStore store, String task) {
        Optional<RunRecord> record;
        try {
            record = store.find(RunRecord.FILE);
        } catch (ArtifactException e) {
            record = Optional.empty();
        }
        return new RunLedger(store, task, new ArrayList<>(record.map(RunRecord::stages).orElse(List.of())));
    }

    /** Removes what the stale stages wrote: their declared artifacts, and every file their latest run recorded. */
    synchronized void clean(List<Stage> stale) {
        Set<String> ids = stale.stream().map(Stage::id).collect(Collectors.toSet());
        for (Stage stage : stale) {
            stage.writes().forEach(store::delete);
        }
        for (RunRecord.Entry entry : entries) {
            if (ids.contains(entry.stage())) {
                entry.files().forEach(store::deleteFile);
            }
        }
        entries.removeIf(entry -> ids.contains(entry.stage()));
        write();
    }

    /** Records a stage of this run as it ended. */
    synchronized void ran(String stage, StageOutcome outcome, double seconds, List<String> files) {
        entries.removeIf(entry -> entry.stage().equals(stage));
        entries.add(new RunRecord.Entry(stage, outcome, seconds, files));
        write();
    }

    private void write() {
        store.write(RunRecord.FILE, new RunRecord(task, entries));
    }
}
