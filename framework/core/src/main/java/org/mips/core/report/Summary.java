package org.mips.core.report;

import java.util.Locale;

/**
 * The head of the report: title, the command that made the bench, its wall time, and the totals,
 * including the comparison with the paper's MIPS and GPT-4 results when results.json has it.
 */
final class Summary {

    private Summary() {
    }

    static String html(BenchResults results) {
        BenchResults.Totals totals = results.totals();
        Html html = new Html().element("h1", "mips bench report");
        if (!results.command().isEmpty()) {
            html.element("code", results.command(), "class", "command");
        }
        html.open("p", "class", "meta");
        meta(html, "wall time " + Fmt.seconds(results.wallSeconds()), Double.isFinite(results.wallSeconds()));
        meta(html, results.jobs() + " parallel jobs", !results.jobs().isEmpty());
        meta(html, "budget per task " + Fmt.seconds(results.budgetPerTaskSeconds()),
                Double.isFinite(results.budgetPerTaskSeconds()));
        meta(html, totals.tasks() + " tasks", true);
        html.close("p");
        html.open("div", "class", "totals");
        stat(html, totals.solved() + " / " + totals.tasks(), "solved (verified)", percentOf(totals.solved(), totals));
        stat(html, totals.proven() + " / " + totals.tasks(), "proven with Dafny", percentOf(totals.proven(), totals));
        stat(html, totals.mips(), "solved by MIPS (paper)", "");
        stat(html, totals.gpt4(), "solved by GPT-4 (paper)", "");
        stat(html, totals.solvedOnlyByUs(), "solved only by us", "");
        stat(html, totals.unionWithMips(), "union with MIPS", "");
        stat(html, totals.unionAll(), "union of all three", "");
        return html.close("div").toString();
    }

    private static void meta(Html html, String text, boolean shown) {
        if (shown) {
            html.element("span", text);
        }
    }

    private static void stat(Html html, String value, String label, String note) {
        if (!value.isEmpty()) {
            html.open("div", "class", "stat").element("b", value).element("span", label + note).close("div");
        }
    }

    private static String percentOf(long count, BenchResults.Totals totals) {
        return totals.tasks() == 0 ? "" : String.format(Locale.ROOT, " · %.0f%%", 100.0 * count / totals.tasks());
    }
}
