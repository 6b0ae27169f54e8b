package org.mips.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mips.spi.represent.StateMachine;

/**
 * The extracted state machine (machine.json) as a state diagram: states on a circle, one arrow per pair
 * of states labelled with the inputs that take it, the initial state marked. Past {@link #MAX_STATES}
 * a diagram is unreadable, so larger machines are only described.
 */
final class MachineDiagram {

    static final int MAX_STATES = 12;
    /** Inputs written on one arrow before the rest are only counted. */
    private static final int MAX_INPUTS_ON_ARROW = 3;
    /** Past this many arrows their labels pile up on each other; the arrows' tooltips still have them. */
    static final int MAX_LABELLED_ARROWS = 24;

    /** One observed transition, with states and inputs as their values joined by commas. */
    record Transition(String state, String input, String next, long count) {
    }

    /**
     * A machine.json with its states and inputs as text, the way the diagram labels them.
     *
     * @param states   the initial state first, then the others in the order machine.json first mentions them
     * @param outputs  per state, the outputs it emits (usually one)
     */
    record Machine(List<String> variables, String initial, List<String> states, List<Transition> transitions,
                   Map<String, List<String>> outputs) {

        Machine {
            variables = List.copyOf(variables);
            states = List.copyOf(states);
            transitions = List.copyOf(transitions);
            outputs = Map.copyOf(outputs);
        }

        static Machine of(StateMachine machine) {
            String initial = tuple(machine.initial());
            Set<String> states = new LinkedHashSet<>();
            states.add(initial);
            List<Transition> transitions = new ArrayList<>();
            for (StateMachine.Transition observed : machine.transitions()) {
                Transition transition = new Transition(tuple(observed.state()), tuple(observed.input()),
                        tuple(observed.next()), observed.count());
                states.add(transition.state());
                states.add(transition.next());
                transitions.add(transition);
            }
            Map<String, List<String>> outputs = new LinkedHashMap<>();
            for (StateMachine.Emission emission : machine.emissions()) {
                List<String> emitted = outputs.computeIfAbsent(tuple(emission.state()), state -> new ArrayList<>());
                String output = tuple(emission.output());
                if (!emitted.contains(output)) {
                    emitted.add(output);
                }
            }
            outputs.replaceAll((state, emitted) -> List.copyOf(emitted));
            return new Machine(machine.variables(), initial, new ArrayList<>(states), transitions, outputs);
        }

        private static String tuple(List<Long> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** The arrow from one state to another, with the inputs that take it in machine.json order. */
    private record Arrow(String from, String to, List<String> inputs, long count) {
    }

    private MachineDiagram() {
    }

    /** One sentence on the machine's size, for a caption or in place of the diagram. */
    static String summary(Machine machine) {
        return Fmt.count(machine.states().size()) + (machine.states().size() == 1 ? " state" : " states") + " and "
                + Fmt.count(machine.transitions().size()) + " transitions over "
                + (machine.variables().isEmpty() ? "no named variables" : String.join(", ", machine.variables()))
                + "; initial state (" + machine.initial() + ")";
    }

    /**
     * The diagram as inline SVG, or empty when the machine has more than {@link #MAX_STATES} states.
     *
     * @param idPrefix  makes the arrowhead's id unique among the SVGs of one page
     */
    static Optional<String> svg(Machine machine, String idPrefix) {
        List<String> states = machine.states();
        int n = states.size();
        if (n == 0 || n > MAX_STATES) {
            return Optional.empty();
        }
        int longest = states.stream().mapToInt(String::length).max().orElse(1);
        double r = Math.max(22, 3.4 * longest + 8);
        double ring = n == 1 ? 0 : Math.max(120, (2 * r + 80) * n / (2 * Math.PI));
        // Room beyond the ring for loops and their labels, which run sideways on the left and right.
        double margin = r + 150;
        // States on a circle, the initial one at the top and the others clockwise; then the picture is
        // cropped to the states plus a margin for loops and labels, since few states leave the bottom empty.
        double[][] ringPoints = new double[n][];
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            ringPoints[i] = new double[] {ring * Math.cos(angle), ring * Math.sin(angle)};
            minX = Math.min(minX, ringPoints[i][0]);
            minY = Math.min(minY, ringPoints[i][1]);
            maxX = Math.max(maxX, ringPoints[i][0]);
            maxY = Math.max(maxY, ringPoints[i][1]);
        }
        double[] center = {margin - minX, margin - minY};
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            at.put(states.get(i), new double[] {center[0] + ringPoints[i][0], center[1] + ringPoints[i][1]});
        }
        String marker = idPrefix + "-arrow";
        StringBuilder svg = new StringBuilder(Svg.open(maxX - minX + 2 * margin, maxY - minY + 2 * margin, "machine",
                "state diagram: " + summary(machine)));
        svg.append("<defs><marker id=\"").append(Html.escape(marker)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" "
                + "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" class=\"head\"/></marker></defs>");
        List<Arrow> arrows = arrows(machine);
        boolean labelled = arrows.size() <= MAX_LABELLED_ARROWS;
        if (!labelled) {
            svg.append(Svg.text(8, 16, "start", "edge", arrows.size() + " arrows: labels left out, hover an arrow for"
                    + " its inputs"));
        }
        for (Arrow arrow : arrows) {
            String label = labelled ? label(arrow.inputs()) : "";
            double[] from = at.get(arrow.from());
            double[] to = at.get(arrow.to());
            svg.append("<g>").append(Svg.title("(" + arrow.from() + ") → (" + arrow.to() + ") on "
                    + String.join(" | ", arrow.inputs()) + ", seen " + Fmt.count(arrow.count()) + " times"));
            if (arrow.from().equals(arrow.to())) {
                loop(svg, from, center, r, marker, label);
            } else {
                curve(svg, from, to, r, marker, label);
            }
            svg.append("</g>");
        }
        for (String state : states) {
            double[] p = at.get(state);
            List<String> emitted = machine.outputs().getOrDefault(state, List.of());
            svg.append("<g>").append(Svg.title("state (" + state + ")" + (emitted.isEmpty() ? ""
                    : ", output " + String.join(" or ", emitted))));
            svg.append(Svg.circle(p[0], p[1], r, "class=\"state" + (state.equals(machine.initial())
                    && !machine.initial().isEmpty() ? " start" : "") + "\""));
            svg.append(Svg.text(p[0], p[1] + (emitted.isEmpty() ? 4 : -1), "middle", "name", state));
            if (!emitted.isEmpty()) {
                svg.append(Svg.text(p[0], p[1] + 12, "middle", "out", "out " + String.join("|", emitted)));
            }
            svg.append("</g>");
        }
        double[] start = at.get(machine.initial());
        if (start != null) {
            // The initial state gets an arrow from nowhere, coming in a quarter turn from where its loop
            // would be (loops point away from the centre).
            double outward = n == 1 ? -Math.PI / 2 : Math.atan2(start[1] - center[1], start[0] - center[0]);
            double dx = Math.cos(outward - Math.PI / 2);
            double dy = Math.sin(outward - Math.PI / 2);
            svg.append("<path class=\"initial\" marker-end=\"url(#").append(Html.escape(marker)).append(")\" d=\"M")
                    .append(Fmt.coord(start[0] + dx * (r + 36))).append(',').append(Fmt.coord(start[1] + dy * (r + 36)))
                    .append(" L").append(Fmt.coord(start[0] + dx * (r + 1))).append(',')
                    .append(Fmt.coord(start[1] + dy * (r + 1))).append("\"/>");
            svg.append(Svg.text(start[0] + dx * (r + 40), start[1] + dy * (r + 40) + 3.5, dx > 0.3 ? "start"
                    : dx < -0.3 ? "end" : "middle", "edge", "start"));
        }
        return Optional.of(svg.append("</svg>").toString());
    }

    /** The transitions grouped by (state, next), in the order machine.json first lists each pair. */
    private static List<Arrow> arrows(Machine machine) {
        Map<String, Arrow> arrows = new LinkedHashMap<>();
        for (Transition t : machine.transitions()) {
            String key = t.state() + "\u0000" + t.next();
            Arrow old = arrows.get(key);
            List<String> inputs = old == null ? new ArrayList<>() : new ArrayList<>(old.inputs());
            if (!inputs.contains(t.input())) {
                inputs.add(t.input());
            }
            arrows.put(key, new Arrow(t.state(), t.next(), inputs, (old == null ? 0 : old.count()) + t.count()));
        }
        return new ArrayList<>(arrows.values());
    }

    private static String label(List<String> inputs) {
        if (inputs.size() <= MAX_INPUTS_ON_ARROW) {
            return String.join(" | ", inputs);
        }
        return String.join(" | ", inputs.subList(0, MAX_INPUTS_ON_ARROW)) + " +"
                + (inputs.size() - MAX_INPUTS_ON_ARROW);
    }

    /**
     * A bent arrow between two states. It bends to its right, so the arrows of a pair that goes both ways
     * do not overlap.
     */
    private static void curve(StringBuilder svg, double[] a, double[] b, double r, String marker, String label) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double bend = 0.2 * length;
        double[] control = {(a[0] + b[0]) / 2 - dy / length * bend, (a[1] + b[1]) / 2 + dx / length * bend};
        double[] start = towards(a, control, r);
        double[] end = towards(b, control, r + 1);
        svg.append("<path class=\"edge\" marker-end=\"url(#").append(Html.escape(marker)).append(")\" d=\"M")
                .append(Fmt.coord(start[0])).append(',').append(Fmt.coord(start[1])).append(" Q")
                .append(Fmt.coord(control[0])).append(',').append(Fmt.coord(control[1])).append(' ')
                .append(Fmt.coord(end[0])).append(',').append(Fmt.coord(end[1])).append("\"/>");
        double midX = 0.25 * a[0] + 0.5 * control[0] + 0.25 * b[0];
        double midY = 0.25 * a[1] + 0.5 * control[1] + 0.25 * b[1];
        if (!label.isEmpty()) {
            svg.append(Svg.text(midX, midY + 3.5, "middle", "edge", label));
        }
    }

    /** A loop on the outer side of a state (above it when it is alone). */
    private static void loop(StringBuilder svg, double[] p, double[] center, double r, String marker, String label) {
        double dx = p[0] - center[0];
        double dy = p[1] - center[1];
        double length = Math.hypot(dx, dy);
        double angle = length < 1e-9 ? -Math.PI / 2 : Math.atan2(dy, dx);
        double spread = 0.5;
        double[] start = {p[0] + r * Math.cos(angle - spread), p[1] + r * Math.sin(angle - spread)};
        double[] end = {p[0] + (r + 1) * Math.cos(angle + spread), p[1] + (r + 1) * Math.sin(angle + spread)};
        double reach = r + 48;
        double[] c1 = {p[0] + reach * Math.cos(angle - spread * 1.6), p[1] + reach * Math.sin(angle - spread * 1.6)};
        double[] c2 = {p[0] + reach * Math.cos(angle + spread * 1.6), p[1] + reach * Math.sin(angle + spread * 1.6)};
        svg.append("<path class=\"edge\" marker-end=\"url(#").append(Html.escape(marker)).append(")\" d=\"M")
                .append(Fmt.coord(start[0])).append(',').append(Fmt.coord(start[1])).append(" C")
                .append(Fmt.coord(c1[0])).append(',').append(Fmt.coord(c1[1])).append(' ')
                .append(Fmt.coord(c2[0])).append(',').append(Fmt.coord(c2[1])).append(' ')
                .append(Fmt.coord(end[0])).append(',').append(Fmt.coord(end[1])).append("\"/>");
        // The loop's far point is a Bezier midpoint; the label sits just beyond it, further when it is
        // above or below, where the text's height is in the way.
        double apex = 0.25 * r * Math.cos(spread) + 0.75 * reach * Math.cos(spread * 1.6);
        boolean sideways = Math.abs(Math.cos(angle)) >= 0.35;
        double labelReach = apex + (sideways ? 5 : 10);
        if (!label.isEmpty()) {
            svg.append(Svg.text(p[0] + labelReach * Math.cos(angle), p[1] + labelReach * Math.sin(angle) + 3.5,
                    !sideways ? "middle" : Math.cos(angle) > 0 ? "start" : "end", "edge", label));
        }
    }

    /** The point at distance {@code by} from {@code p} in the direction of {@code target}. */
    private static double[] towards(double[] p, double[] target, double by) {
        double dx = target[0] - p[0];
        double dy = target[1] - p[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {p[0] + dx / length * by, p[1] + dy / length * by};
    }
}
