package org.mips.core.report;

import java.nio.file.Path;
import java.util.List;
import org.mips.core.io.AtomicFiles;

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
     * @throws org.mips.core.UserException naming results.json when it is missing or malformed
     */
    public static Path write(Path benchDir) {
        BenchResults results = BenchResults.read(benchDir.resolve("results.json"));
        Path file = benchDir.resolve(FILE);
        AtomicFiles.write(file, html(results, benchDir));
        return file;
    }

    static String html(BenchResults results, Path benchDir) {
        List<String> anchors = Anchors.of(results.tasks());
        Html html = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "mips bench: " + results.totals().solved() + " of " + results.totals().tasks()
                        + " solved").raw("\n<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        html.raw(Summary.html(results)).raw("\n");
        html.raw(IndexTable.html(results.tasks(), anchors)).raw("\n");
        for (int i = 0; i < results.tasks().size(); i++) {
            TaskResult task = results.tasks().get(i);
            html.raw(TaskSection.html(task, TaskDir.of(benchDir, task.dir()), anchors.get(i))).raw("\n");
        }
        return html.raw("</main>\n</body>\n</html>\n").toString();
    }
}
