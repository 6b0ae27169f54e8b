import java.util.List;
import org.mips.spi.task.Dataset;
import org.mips.tasks.BenchmarkTask;
import org.mips.tasks.PaperTasks;

/**
 * Generates every benchmark task's default dataset (1,000,000 sequences, as the paper did) and prints
 * the time per task as a Markdown table. A benchmark, not a test: run it with task-generation.sh.
 */
public class TaskGeneration {

    public static void main(String[] args) {
        List<BenchmarkTask> tasks = PaperTasks.benchmarkTasks();
        // Warm the JIT on small runs so the first task is not charged for compilation.
        for (BenchmarkTask task : tasks) {
            task.dataset(20_000, 1);
        }
        System.out.printf("%d cores, Java %s%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| task | train | test | seconds |");
        System.out.println("|---|---:|---:|---:|");
        long start = System.nanoTime();
        for (BenchmarkTask task : tasks) {
            long begin = System.nanoTime();
            Dataset data = task.dataset(42);
            double seconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf("| %s | %,d | %,d | %.2f |%n", task.id(), data.train().count(), data.test().count(), seconds);
        }
        System.out.printf("%nall %d tasks: %.1f s%n", tasks.size(), (System.nanoTime() - start) / 1e9);
    }
}
