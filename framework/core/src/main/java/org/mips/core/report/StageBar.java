package org.mips.core.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time per pipeline stage as one horizontal bar split in proportion, with a legend giving the seconds.
 * Plain HTML boxes are enough here; each stage keeps its colour across all tasks.
 */
final class StageBar {

    /** The pipeline's stages in order; also the order of their colours. */
    static final List<String> STAGES = List.of("search", "simplify", "extract", "regress", "verify", "prove", "emit");

    private StageBar() {
    }

    /** The stage's position in the pipeline, or -1 for a stage this report does not know. */
    static int order(String stage) {
        return STAGES.indexOf(stage.strip().toLowerCase(Locale.ROOT));
    }

    static String html(Map<String, Double> unordered, double totalSeconds) {
        // results.json keeps its keys sorted by name; the bar reads in pipeline order, unknown stages last.
        Map<String, Double> seconds = new LinkedHashMap<>();
        unordered.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Double> e) -> order(e.getKey()) < 0 ? STAGES.size() : order(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> seconds.put(e.getKey(), e.getValue()));
        double sum = seconds.values().stream().filter(Double::isFinite).mapToDouble(value -> Math.max(0, value)).sum();
        Html html = new Html();
        if (sum > 0) {
            html.open("div", "class", "stagebar");
            seconds.forEach((stage, value) -> {
                if (Double.isFinite(value) && value > 0) {
                    html.open("span", "class", "seg " + colour(stage),
                            "style", String.format(Locale.ROOT, "width:%.2f%%", 100 * value / sum),
                            "title", stage + " " + Fmt.seconds(value)).close("span");
                }
            });
            html.close("div");
        }
        html.open("ul", "class", "legend");
        seconds.forEach((stage, value) -> html.open("li").open("span", "class", "key " + colour(stage)).close("span")
                .text(stage + " " + Fmt.seconds(value)).close("li"));
        html.open("li", "class", "total").text("total " + Fmt.seconds(totalSeconds)).close("li");
        return html.close("ul").toString();
    }

    private static String colour(String stage) {
        int index = order(stage);
        return index < 0 ? "c-other" : "c" + index;
    }
}
