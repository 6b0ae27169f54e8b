package org.mips.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;
import org.pf4j.Extension;

/**
 * The 62 benchmark tasks of MIPS (Michaud et al., arXiv 2402.05110, reference section 1.3), with the
 * semantics of the authors' main-branch generators, in the paper's (alphabetical) order.
 */
@Extension
public final class PaperTasks implements TaskSuite {

    private static final List<BenchmarkTask> TASKS = collect();

    @Override
    public String id() {
        return "paper";
    }

    @Override
    public String description() {
        return "The 62 benchmark tasks of MIPS (arXiv 2402.05110)";
    }

    @Override
    public List<Task> tasks() {
        return List.copyOf(TASKS);
    }

    /** The same tasks with their concrete type, for callers that need the generator's extras. */
    public static List<BenchmarkTask> benchmarkTasks() {
        return TASKS;
    }

    private static List<BenchmarkTask> collect() {
        List<BenchmarkTask> tasks = new ArrayList<>();
        tasks.addAll(ArithmeticTasks.all());
        tasks.addAll(BitTasks.all());
        tasks.addAll(NumberTasks.all());
        tasks.sort(Comparator.comparing(BenchmarkTask::id));
        return List.copyOf(tasks);
    }
}
