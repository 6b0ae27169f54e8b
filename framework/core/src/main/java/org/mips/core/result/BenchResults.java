package org.mips.core.result;

import java.util.List;
import org.mips.spi.pipeline.ArtifactType;

/**
 * A benchmark's results: {@code results.json}, which {@code mips bench} rewrites as tasks end and the
 * report reads.
 *
 * @param command              the command line that started the run
 * @param jobs                 tasks run at once
 * @param budgetPerTaskSeconds each task's search budget
 * @param wallSeconds          wall time over all its sessions (a resumed run adds up)
 * @param complete             whether every task has ended
 * @param totals               the counts, beside the paper's
 * @param tasks                one result per ended task, in task order
 */
public record BenchResults(String command, int jobs, double budgetPerTaskSeconds, double wallSeconds, boolean complete, Totals totals,
        List<TaskResult> tasks) {

    /** The artifact in a benchmark's directory. */
    public static final ArtifactType<BenchResults> FILE = ArtifactType.of("results.json", BenchResults.class, 2);

    public BenchResults {
        tasks = List.copyOf(tasks);
    }

    /** A run's results, with the totals counted from them and the wall time to a tenth of a second. */
    public static BenchResults of(String command, int jobs, double budgetPerTaskSeconds, double wallSeconds, boolean complete,
            List<TaskResult> tasks) {
        return new BenchResults(command, jobs, budgetPerTaskSeconds, Math.round(wallSeconds * 10) / 10.0, complete, Totals.of(tasks), tasks);
    }
}
