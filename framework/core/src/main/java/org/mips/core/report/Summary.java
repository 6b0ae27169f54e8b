package org.mips.core.report;

import java.util.Locale;
import org.mips.core.result.BenchResults;
import org.mips.core.result.ResultsFiles;
import org.mips.core.result.Totals;

/**
 * The head of the report: title, the command that made the bench, its wall time, and the totals,
 * including the comparison with the paper's MIPS and GPT-4 results when its tasks have the paper's
 * columns (a bench of the user's own tasks has nothing to compare with).
 */
final class Summary {

    private Summary() {
    }

    /** The totals of results.json, or counted from its tasks when it has none. */
    static Totals totals(BenchResults results) {
        return results.totals() != null ? results.totals() : Totals.of(results.tasks());
    }

    static String html(BenchResults results) {
        Totals totals = totals(results);
        Html html = new Html().element("h1", "mips bench report");
        if (!Fmt.text(results.command()).isEmpty()) {
            html.element("code", results.command(), "class", "command");
        }
        html.open("p", "class", "meta");
        meta(html, "wall time " + Fmt.seconds(results.wallSeconds()), Double.isFinite(results.wallSeconds()));
        meta(html, "not finished", !results.complete());
        meta(html, results.jobs() + " parallel jobs", results.jobs() > 0);
        meta(html, "budget per task " + Fmt.seconds(results.budgetPerTaskSeconds()),
                Double.isFinite(results.budgetPerTaskSeconds()) && results.budgetPerTaskSeconds() > 0);
        meta(html, totals.tasks() + " tasks", true);
        html.close("p");
        html.open("div", "class", "totals");
        stat(html, totals.solved() + " / " + totals.tasks(), "solved (verified)", percentOf(totals.solved(), totals));
        boolean paper = results.tasks().stream().anyMatch(task -> task.paper() != null);
        long tablesAgree = ResultsFiles.tablesAgree(results.tasks());
        // Data without a specification has nothing to be proven against: no card says "proven" for it.
        if (ResultsFiles.againstSpecifications(results.tasks())) {
            stat(html, totals.proven() + " / " + totals.tasks(), "proven with Dafny", percentOf(totals.proven(), totals));
        }
        if (tablesAgree > 0) {
            stat(html, tablesAgree + " / " + totals.tasks(), "formulas agree with the machine's tables on the observed rows (not a proof)",
                    percentOf(tablesAgree, totals));
        }
        ResultsFiles.slowestProof(results.tasks()).ifPresent(r -> stat(html, Fmt.seconds(r.proof().seconds()), "slowest proof (" + r.task() + ")", ""));
        if (paper) {
            stat(html, Integer.toString(totals.mips()), "solved by MIPS (paper)", "");
            stat(html, Integer.toString(totals.gpt4()), "solved by GPT-4 (paper)", "");
            stat(html, Integer.toString(totals.solvedOnlyByUs()), "solved only by us", "");
            stat(html, Integer.toString(totals.unionWithMips()), "union with MIPS", "");
            stat(html, Integer.toString(totals.unionAll()), "union of all three", "");
        }
        return html.close("div").toString();
    }

    private static void meta(Html html, String text, boolean shown) {
        if (shown) {
            html.element("span", text);
        }
    }

    private static void stat(Html html, String value, String label, String note) {
        html.open("div", "class", "stat").element("b", value).element("span", label + note).close("div");
    }

    private static String percentOf(long count, Totals totals) {
        return totals.tasks() == 0 ? "" : String.format(Locale.ROOT, " · %.0f%%", 100.0 * count / totals.tasks());
    }
}
