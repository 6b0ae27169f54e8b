package org.mips.core.report;

import java.nio.file.Path;
import java.util.List;
import org.mips.core.io.AtomicFiles;
import org.mips.core.result.BenchResults;
import org.mips.core.result.TaskResult;
import org.mips.core.result.Totals;
import org.mips.core.store.RunStore;

/**
 * The HTML report of a {@code mips bench} directory: one self-contained {@code report.html} (inline CSS
 * and SVG, no scripts, no network) with the totals, an index of the tasks and a section per task built
 * from results.json and the files in each task's directory. The same directory always gives the same
 * bytes.
 */
public final class BenchReport {

    /** The file this writes inside the bench directory. */
    public static final String FILE = "report.html";

    private BenchReport() {
    }

    /**
     * Writes {@code report.html} into {@code benchDir} from its results.json and the task directories;
     * returns the file.
     *
     * @throws org.mips.core.store.ArtifactException naming results.json when it is missing or malformed
     */
    public static Path write(Path benchDir) {
        BenchResults results = RunStore.at(benchDir).read(BenchResults.FILE);
        Path file = benchDir.resolve(FILE);
        AtomicFiles.write(file, html(results, benchDir));
        return file;
    }

    static String html(BenchResults results, Path benchDir) {
        List<String> anchors = Anchors.of(results.tasks());
        Totals totals = Summary.totals(results);
        Html html = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "mips bench: " + totals.solved() + " of " + totals.tasks() + " solved")
                .raw("\n<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        html.raw(Summary.html(results)).raw("\n");
        html.raw(IndexTable.html(results.tasks(), anchors)).raw("\n");
        for (int i = 0; i < results.tasks().size(); i++) {
            TaskResult task = results.tasks().get(i);
            html.raw(TaskSection.html(task, TaskDir.of(benchDir, task), anchors.get(i))).raw("\n");
        }
        return html.raw("</main>\n</body>\n</html>\n").toString();
    }
}
