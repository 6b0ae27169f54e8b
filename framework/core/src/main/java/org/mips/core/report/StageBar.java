package org.mips.core.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mips.spi.pipeline.BuiltInStages;

/**
 * Time per pipeline stage as one horizontal bar split in proportion, with a legend giving the seconds.
 * Plain HTML boxes are enough here; each stage keeps its colour across all tasks.
 */
final class StageBar {

    /** The pipeline's own stages in order; also the order of their colours. A plugin's stages come after. */
    static final List<String> STAGES = BuiltInStages.ALL;

    private StageBar() {
    }

    /** The stage's position in the pipeline, or -1 for a stage this report does not know. */
    static int order(String stage) {
        return STAGES.indexOf(Fmt.text(stage).strip().toLowerCase(Locale.ROOT));
    }

    /** Where the bar puts a stage: its pipeline position, or after all of them for a plugin's stage. */
    private static int rank(String stage) {
        return order(stage) < 0 ? STAGES.size() : order(stage);
    }

    static String html(Map<String, Double> unordered, double totalSeconds) {
        // results.json keeps its keys sorted by name; the bar reads in pipeline order, a plugin's stages last.
        Map<String, Double> seconds = new LinkedHashMap<>();
        unordered.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Double> e) -> rank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> seconds.put(e.getKey(), e.getValue() == null ? Double.NaN : e.getValue()));
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
