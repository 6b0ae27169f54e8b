package org.mips.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.mips.spi.training.Evaluation;

/**
 * The chosen network's training curve from curve.json as an SVG: accuracy in one panel and the train and
 * test losses in another, since they live on different scales. A value that is not finite (a loss that
 * diverged, or was not measured) breaks its line rather than the chart.
 */
final class CurveChart {

    private record Series(String name, String cssClass, ToDoubleFunction<Evaluation> value) {
    }

    static final double WIDTH = 820;
    static final double HEIGHT = 230;
    private static final double PANEL = 340;
    private static final double GAP = 60;
    private static final double LEFT = 48;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;

    private CurveChart() {
    }

    /** The two-panel chart; an empty curve gives an empty chart with its axes. */
    static String svg(List<Evaluation> points) {
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, "chart curve", "training curve"));
        Scale x = Scale.fitting(points.stream().map(point -> (double) point.step()).toList(), false, 0, PANEL);
        List<Double> accuracies = points.stream().map(Evaluation::accuracy).toList();
        // Accuracy from the tenth below its lowest value up to 1, so that the last percent stays visible.
        double lowest = accuracies.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(0);
        double top = Math.max(1, accuracies.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue)
                .max().orElse(1));
        Scale accuracy = Scale.of(Math.min(Math.floor(lowest * 10) / 10, top - 0.1), top, HEIGHT - BOTTOM, TOP);
        List<Double> losses = new ArrayList<>();
        points.forEach(point -> {
            losses.add(point.trainLoss());
            losses.add(point.testLoss());
        });
        Scale loss = Scale.fitting(losses, true, HEIGHT - BOTTOM, TOP);
        panel(svg, LEFT, "accuracy", x, accuracy, points,
                List.of(new Series("accuracy", "s-acc", Evaluation::accuracy)));
        panel(svg, LEFT + PANEL + GAP, "loss", x, loss, points,
                List.of(new Series("train loss", "s-train", Evaluation::trainLoss),
                        new Series("test loss", "s-test", Evaluation::testLoss)));
        return svg.append("</svg>").toString();
    }

    private static void panel(StringBuilder svg, double left, String title, Scale x, Scale y, List<Evaluation> points,
                              List<Series> series) {
        svg.append("<g transform=\"translate(").append(Fmt.coord(left)).append(",0)\">");
        for (double tick : y.ticks(4)) {
            svg.append(Svg.line(0, y.map(tick), PANEL, y.map(tick), "grid"));
            svg.append(Svg.text(-5, y.map(tick) + 3.5, "end", "tick", Fmt.num(tick)));
        }
        for (double tick : x.ticks(5)) {
            svg.append(Svg.line(x.map(tick), HEIGHT - BOTTOM, x.map(tick), HEIGHT - BOTTOM + 4, "axis"));
            svg.append(Svg.text(x.map(tick), HEIGHT - BOTTOM + 15, "middle", "tick", Fmt.num(tick)));
        }
        svg.append(Svg.line(0, HEIGHT - BOTTOM, PANEL, HEIGHT - BOTTOM, "axis"));
        svg.append(Svg.line(0, TOP, 0, HEIGHT - BOTTOM, "axis"));
        svg.append(Svg.text(PANEL / 2, HEIGHT - 6, "middle", "label", "training step"));
        svg.append(Svg.text(0, TOP - 12, "start", "label", title));
        double legend = PANEL;
        // A lone series is named by the panel's title already.
        for (int i = series.size() - 1; i >= 0 && series.size() > 1; i--) {
            Series one = series.get(i);
            svg.append(Svg.text(legend, TOP - 12, "end", "legend " + one.cssClass(), one.name()));
            legend -= 8 + 6.5 * one.name().length();
        }
        for (Series one : series) {
            line(svg, x, y, points, one);
        }
        svg.append("</g>");
    }

    /** A polyline through the finite values, broken where one is missing; dots when there are few. */
    private static void line(StringBuilder svg, Scale x, Scale y, List<Evaluation> points, Series series) {
        List<String> run = new ArrayList<>();
        List<String> dots = new ArrayList<>();
        for (Evaluation point : points) {
            double value = series.value().applyAsDouble(point);
            if (Double.isFinite(value)) {
                run.add(Fmt.coord(x.map(point.step())) + "," + Fmt.coord(y.map(value)));
                if (points.size() <= 40) {
                    dots.add(Svg.circle(x.map(point.step()), y.map(value), 2.5,
                            "class=\"dot " + series.cssClass() + "\""));
                }
            } else {
                flush(svg, run, series);
            }
        }
        flush(svg, run, series);
        dots.forEach(svg::append);
    }

    private static void flush(StringBuilder svg, List<String> run, Series series) {
        if (run.size() > 1) {
            svg.append("<polyline class=\"line ").append(series.cssClass()).append("\" points=\"")
                    .append(String.join(" ", run)).append("\"/>");
        }
        run.clear();
    }
}
