package org.mips.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mips.core.search.SearchResult;
import org.mips.core.search.TrialRecord;

/**
 * The architecture search's trials from search.json as a timeline: one bar per trial from its start to
 * its end, shaded by its best accuracy, perfect ones in green, with the time budget as a dashed line.
 * Parallel workers show as overlapping bars.
 */
final class TrialChart {

    private static final double LABELS = 150;
    private static final double BARS = 500;
    private static final double RIGHT = 70;
    private static final double ROW = 17;
    private static final double TOP = 8;
    private static final double BOTTOM = 36;

    private TrialChart() {
    }

    /** The trials of a search, by index. */
    static List<TrialRecord> trials(SearchResult search) {
        List<TrialRecord> trials = new ArrayList<>(search.trials());
        trials.sort(Comparator.comparingInt(TrialRecord::index));
        return trials;
    }

    /** Why a trial stopped, as search.json names it. */
    static String stop(TrialRecord trial) {
        return trial.stop().name().toLowerCase(Locale.ROOT);
    }

    /** The timeline; {@code budgetSeconds} may be NaN. */
    static String svg(List<TrialRecord> trials, double budgetSeconds) {
        List<double[]> spans = spans(trials);
        List<Double> ends = new ArrayList<>();
        spans.forEach(span -> ends.add(span[1]));
        ends.add(budgetSeconds);
        Scale x = Scale.fitting(ends, true, LABELS, LABELS + BARS);
        double height = TOP + ROW * trials.size() + BOTTOM;
        StringBuilder svg = new StringBuilder(Svg.open(LABELS + BARS + RIGHT, height, "chart trials",
                "search trials over time"));
        double axis = TOP + ROW * trials.size() + 2;
        for (double tick : x.ticks(6)) {
            svg.append(Svg.line(x.map(tick), TOP, x.map(tick), axis, "grid"));
            svg.append(Svg.text(x.map(tick), axis + 14, "middle", "tick", Fmt.num(tick)));
        }
        svg.append(Svg.line(LABELS, axis, LABELS + BARS, axis, "axis"));
        svg.append(Svg.text(LABELS + BARS / 2, height - 4, "middle", "label", "seconds since the search started"));
        for (int i = 0; i < trials.size(); i++) {
            TrialRecord trial = trials.get(i);
            double y = TOP + ROW * i;
            double start = x.map(spans.get(i)[0]);
            double width = Math.max(2, x.map(spans.get(i)[1]) - start);
            double shade = Double.isFinite(trial.bestAccuracy()) ? Math.max(0, Math.min(1, trial.bestAccuracy())) : 0;
            String style = trial.perfect() ? "class=\"bar perfect\""
                    : "class=\"bar\" fill-opacity=\"" + Fmt.coord(0.15 + 0.85 * shade * shade) + "\"";
            svg.append("<g>").append(Svg.title(tooltip(trial)));
            svg.append(Svg.text(LABELS - 6, y + ROW - 5, "end", trial.perfect() ? "tick strong" : "tick",
                    "#" + trial.index() + "  " + label(trial)));
            svg.append(Svg.rect(start, y + 2, width, ROW - 4, style));
            svg.append(Svg.text(Math.min(start + width + 4, LABELS + BARS + 4), y + ROW - 5, "start", "tick",
                    Fmt.percent(trial.bestAccuracy())));
            svg.append("</g>");
        }
        if (Double.isFinite(budgetSeconds)) {
            svg.append(Svg.line(x.map(budgetSeconds), TOP - 4, x.map(budgetSeconds), axis, "budget"));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Each trial's [start, end] in seconds. A trial without a start time (NaN) starts where the one before
     * it ended, which is still the right total time for a single worker.
     */
    private static List<double[]> spans(List<TrialRecord> trials) {
        List<double[]> spans = new ArrayList<>();
        double clock = 0;
        for (TrialRecord trial : trials) {
            double seconds = Double.isFinite(trial.seconds()) ? Math.max(0, trial.seconds()) : 0;
            double start = Double.isFinite(trial.startSeconds()) ? trial.startSeconds() : clock;
            spans.add(new double[] {start, start + seconds});
            clock = start + seconds;
        }
        return spans;
    }

    private static String label(TrialRecord trial) {
        return trial.encodings().equals("scalar") ? trial.architecture() : trial.architecture() + " " + trial.encodings();
    }

    private static String tooltip(TrialRecord trial) {
        String text = "#" + trial.index() + " " + label(trial) + " seed " + trial.seed() + ": "
                + Fmt.percent(trial.bestAccuracy()) + " after " + trial.steps() + " steps, "
                + Fmt.seconds(trial.seconds());
        String reason = Fmt.text(trial.reason());
        return text + ", stopped: " + stop(trial) + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
