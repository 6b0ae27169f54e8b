package org.mips.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mips.core.linalg.SymmetricEigen;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.StateMachine;

/**
 * An SVG of the hidden states projected on their two principal directions, each point coloured by the
 * state it decodes to, with every state's representative ({@link Representation#decode}) drawn as a
 * labelled ring and, for small machines, the observed transitions between them as arrows: a lattice
 * shows as a grid, clusters as separate clouds. Self-contained, deterministic.
 */
public final class HiddenStatePicture {

    private static final int SIZE = 640;
    private static final int MARGIN = 40;
    private static final int MAX_POINTS = 3000;
    private static final int MAX_LABELLED_STATES = 64;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"};

    private HiddenStatePicture() {
    }

    public static String svg(String title, HiddenTrace trace, Representation representation, StateMachine machine) {
        int n = trace.hiddenDim();
        double[][] axes = axes(trace);
        double[] mean = mean(trace);
        int stride = Math.max(1, trace.rows() / MAX_POINTS);
        Map<List<Long>, Integer> colour = new TreeMap<>(States::compare);
        List<double[]> points = new ArrayList<>();
        List<List<Long>> states = new ArrayList<>();
        for (int r = 0; r < trace.rows(); r += stride) {
            double[] h = java.util.Arrays.copyOfRange(trace.next(), r * n, r * n + n);
            List<Long> state = States.of(representation.encode(h));
            colour.putIfAbsent(state, 0);
            points.add(project(h, mean, axes));
            states.add(state);
        }
        int index = 0;
        for (Map.Entry<List<Long>, Integer> entry : colour.entrySet()) {
            entry.setValue(index++);
        }
        Map<List<Long>, double[]> centres = new HashMap<>();
        for (List<Long> state : colour.keySet()) {
            centres.put(state, project(representation.decode(States.array(state)), mean, axes));
        }
        double[] box = bounds(points, centres.values());
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">\n", SIZE, SIZE + 30, SIZE, SIZE + 30));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>\n", MARGIN, escape(title)));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" "
                + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        for (int i = 0; i < points.size(); i++) {
            double[] p = scale(points.get(i), box);
            svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\" fill-opacity=\"0.5\"/>\n", p[0], p[1],
                    PALETTE[colour.get(states.get(i)) % PALETTE.length]));
        }
        if (colour.size() <= MAX_LABELLED_STATES && machine != null) {
            for (StateMachine.Transition t : machine.transitions()) {
                double[] from = centres.get(t.state());
                double[] to = centres.get(t.next());
                if (from != null && to != null && !t.state().equals(t.next())) {
                    double[] a = scale(from, box);
                    double[] b = scale(to, box);
                    svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-width=\"0.7\" "
                            + "stroke-opacity=\"0.6\" marker-end=\"url(#arrow)\"/>\n", a[0], a[1], b[0], b[1]));
                }
            }
        }
        if (colour.size() <= MAX_LABELLED_STATES) {
            for (Map.Entry<List<Long>, Integer> entry : colour.entrySet()) {
                double[] c = scale(centres.get(entry.getKey()), box);
                svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                        c[0], c[1], PALETTE[entry.getValue() % PALETTE.length]));
                svg.append(format("<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", c[0] + 8, c[1] - 8, escape(entry.getKey().toString())));
            }
        }
        svg.append(format("<text x=\"%d\" y=\"%d\" fill=\"#555\">%s: %d states, %d of %d hidden states drawn; axes: the two "
                + "principal directions</text>\n", MARGIN, SIZE + 20, escape(representation.detector()), colour.size(), points.size(),
                trace.rows()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The two principal directions of the states (one, padded with zeros, for a one-unit network). */
    private static double[][] axes(HiddenTrace trace) {
        int n = trace.hiddenDim();
        double[] mean = mean(trace);
        double[][] moment = new double[n][n];
        for (int r = 0; r < trace.rows(); r++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    moment[i][j] += (trace.next()[r * n + i] - mean[i]) * (trace.next()[r * n + j] - mean[j]);
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(moment);
        double[][] axes = new double[2][n];
        axes[0] = eigen.vectors()[n - 1];
        if (n > 1) {
            axes[1] = eigen.vectors()[n - 2];
        }
        return axes;
    }

    private static double[] mean(HiddenTrace trace) {
        int n = trace.hiddenDim();
        double[] mean = new double[n];
        for (int r = 0; r < trace.rows(); r++) {
            for (int i = 0; i < n; i++) {
                mean[i] += trace.next()[r * n + i] / trace.rows();
            }
        }
        return mean;
    }

    private static double[] project(double[] h, double[] mean, double[][] axes) {
        double[] p = new double[2];
        for (int a = 0; a < 2; a++) {
            for (int i = 0; i < h.length; i++) {
                p[a] += (h[i] - mean[i]) * axes[a][i];
            }
        }
        return p;
    }

    /** {min x, max x, min y, max y} over every finite point, widened when flat. */
    private static double[] bounds(List<double[]> points, Iterable<double[]> more) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        List<double[]> all = new ArrayList<>(points);
        more.forEach(all::add);
        for (double[] p : all) {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.max(box[1], p[0]);
                box[2] = Math.min(box[2], p[1]);
                box[3] = Math.max(box[3], p[1]);
            }
        }
        if (box[0] > box[1]) {
            return new double[] {-1, 1, -1, 1};
        }
        for (int a = 0; a < 4; a += 2) {
            if (box[a + 1] - box[a] < 1e-9) {
                box[a] -= 1;
                box[a + 1] += 1;
            }
        }
        return box;
    }

    private static double[] scale(double[] p, double[] box) {
        double usable = SIZE - 2.0 * MARGIN;
        return new double[] {MARGIN + (p[0] - box[0]) / (box[1] - box[0]) * usable,
            30 + MARGIN + (box[3] - p[1]) / (box[3] - box[2]) * (usable - 30)};
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
