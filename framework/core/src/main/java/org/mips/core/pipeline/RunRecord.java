package org.mips.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.StageOutcome;

/**
 * What the runs in a directory did, stage by stage: {@code run.json}, rewritten as each stage ends. A
 * later run reads it to remove the files of the stages it makes stale, text files included, whose names
 * no stage declares in advance (the emitted code, a proof). It is also each artifact's provenance: the task
 * it belongs to, the SHA-256 of every file a stage wrote, and of every artifact the stage read, so that a
 * run started {@code --from} a later stage can tell that the files it reads are the ones this task's
 * earlier stages wrote from one another, and not another task's or another run's.
 *
 * @param task   the task
 * @param stages the latest run of each stage, in the order they ran
 */
public record RunRecord(String task, List<Entry> stages) {

    public static final ArtifactType<RunRecord> FILE = ArtifactType.of("run.json", RunRecord.class, 2);

    public RunRecord {
        stages = List.copyOf(stages);
    }

    /**
     * One stage's latest run.
     *
     * @param stage   its id
     * @param outcome how it ended
     * @param seconds how long it ran
     * @param files   every file it wrote, in order
     * @param wrote   the SHA-256 of each file it wrote, as it wrote it (empty in a record of schema version 1)
     * @param read    the SHA-256 of each artifact it read from the run directory, as it started
     */
    public record Entry(String stage, StageOutcome outcome, double seconds, List<String> files, Map<String, String> wrote,
            Map<String, String> read) {
        public Entry {
            files = List.copyOf(files);
            wrote = wrote == null ? Map.of() : Map.copyOf(new TreeMap<>(wrote));
            read = read == null ? Map.of() : Map.copyOf(new TreeMap<>(read));
        }
    }
}
