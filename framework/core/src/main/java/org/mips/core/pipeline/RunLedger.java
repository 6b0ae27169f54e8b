package org.mips.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The directory's record. A missing one (a directory an older mips wrote) counts as empty: the stale
     * stages' declared artifacts still go. One this build cannot read is bad input rather than be overwritten.
     */
    static RunLedger open(RunStore store, String task) {
        Optional<RunRecord> record = store.find(RunRecord.FILE);
        return new RunLedger(store, task, new ArrayList<>(record.map(RunRecord::stages).orElse(List.of())));
    }

    /**
     * Removes what the stale stages wrote, their declared artifacts and every file their latest run recorded,
     * except the files {@code keep} names (the inputs of the run).
     */
    synchronized void clean(List<Stage> stale, Set<String> keep) {
        Set<String> ids = stale.stream().map(Stage::id).collect(Collectors.toSet());
        for (Stage stage : stale) {
            stage.writes().stream().filter(type -> !keep.contains(type.fileName())).forEach(store::delete);
        }
        for (RunRecord.Entry entry : entries) {
            if (ids.contains(entry.stage())) {
                entry.files().stream().filter(file -> !keep.contains(file)).forEach(store::deleteFile);
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
