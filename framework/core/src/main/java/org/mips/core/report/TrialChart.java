package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The architecture search's trials from search.json as a timeline: one bar per trial from its start to
 * its end, shaded by its best accuracy, perfect ones in green, with the time budget as a dashed line.
 * Parallel workers show as overlapping bars.
 */
final class TrialChart {

    /** One trial; times and accuracy are NaN when search.json lacks them. */
    record Trial(long index, String architecture, String seed, String steps, double seconds, double startSeconds,
                 double bestAccuracy, boolean perfect, String perfectAtStep, String stop, String reason) {

        static Trial of(JsonNode node, long fallbackIndex) {
            double index = Json.number(node, "index");
            return new Trial(Double.isFinite(index) ? (long) index : fallbackIndex, Json.text(node, "architecture"),
                    Json.text(node, "seed"), Json.text(node, "steps"), Json.number(node, "seconds"),
                    Json.number(node, "startSeconds"), Json.number(node, "bestAccuracy"),
                    Json.has(node, "perfect") && node.get("perfect").asBoolean(), Json.text(node, "perfectAtStep"),
                    Json.text(node, "stop"), Json.text(node, "reason"));
        }
    }

    private static final double LABELS = 150;
    private static final double BARS = 500;
    private static final double RIGHT = 70;
    private static final double ROW = 17;
    private static final double TOP = 8;
    private static final double BOTTOM = 36;

    private TrialChart() {
    }

    /** The trials of a search.json, by index. */
    static List<Trial> trials(JsonNode searchJson) {
        List<Trial> trials = new ArrayList<>();
        List<JsonNode> nodes = Json.list(searchJson, "trials");
        for (int i = 0; i < nodes.size(); i++) {
            trials.add(Trial.of(nodes.get(i), i + 1));
        }
        trials.sort(Comparator.comparingLong(Trial::index));
        return trials;
    }

    /** The timeline; {@code budgetSeconds} may be NaN. */
    static String svg(List<Trial> trials, double budgetSeconds) {
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
            Trial trial = trials.get(i);
            double y = TOP + ROW * i;
            double start = x.map(spans.get(i)[0]);
            double width = Math.max(2, x.map(spans.get(i)[1]) - start);
            double shade = Double.isFinite(trial.bestAccuracy()) ? Math.max(0, Math.min(1, trial.bestAccuracy())) : 0;
            String style = trial.perfect() ? "class=\"bar perfect\""
                    : "class=\"bar\" fill-opacity=\"" + Fmt.coord(0.15 + 0.85 * shade * shade) + "\"";
            svg.append("<g>").append(Svg.title(tooltip(trial)));
            svg.append(Svg.text(LABELS - 6, y + ROW - 5, "end", trial.perfect() ? "tick strong" : "tick",
                    "#" + trial.index() + "  " + trial.architecture()));
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
     * Each trial's [start, end] in seconds. A search.json without start times puts its trials end to end,
     * which is still the right total time for a single worker.
     */
    private static List<double[]> spans(List<Trial> trials) {
        List<double[]> spans = new ArrayList<>();
        double clock = 0;
        for (Trial trial : trials) {
            double seconds = Double.isFinite(trial.seconds()) ? Math.max(0, trial.seconds()) : 0;
            double start = Double.isFinite(trial.startSeconds()) ? trial.startSeconds() : clock;
            spans.add(new double[] {start, start + seconds});
            clock = start + seconds;
        }
        return spans;
    }

    private static String tooltip(Trial trial) {
        String text = "#" + trial.index() + " " + trial.architecture() + " seed " + trial.seed() + ": "
                + Fmt.percent(trial.bestAccuracy()) + " after " + trial.steps() + " steps, "
                + Fmt.seconds(trial.seconds());
        return trial.stop().isEmpty() ? text : text + ", stopped: " + trial.stop()
                + (trial.reason().isEmpty() ? "" : " (" + trial.reason() + ")");
    }
}
