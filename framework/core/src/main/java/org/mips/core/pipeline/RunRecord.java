package org.mips.core.pipeline;

import java.util.List;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.StageOutcome;

/**
 * What the runs in a directory did, stage by stage: {@code run.json}, rewritten as each stage ends. A
 * later run reads it to remove the files of the stages it makes stale, text files included, whose names
 * no stage declares in advance (the emitted code, a proof).
 *
 * @param task   the task
 * @param stages the latest run of each stage, in the order they ran
 */
public record RunRecord(String task, List<Entry> stages) {

    public static final ArtifactType<RunRecord> FILE = ArtifactType.of("run.json", RunRecord.class, 1);

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
     */
    public record Entry(String stage, StageOutcome outcome, double seconds, List<String> files) {
        public Entry {
            files = List.copyOf(files);
        }
    }
}
