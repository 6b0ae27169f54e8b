package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.represent.Representation;

/**
 * The states of a machine learned from what the network does: one variable, the state's number. A
 * hidden vector's state is read from the network itself: run from that vector over the learned
 * machine's characterising set, the network writes what exactly one learned state writes (the nearest,
 * counting agreeing outputs, if none matches), and together with the output the vector itself shows,
 * that is its state. So every hidden vector has a state, however its states drift within a mode.
 *
 * <p>The states are those of the learned Mealy machine made Moore, as a network's are (its output is
 * read from its state): pairs of a learned state and the output written on entering it, numbered from
 * the start {@code h = 0} in breadth-first order.
 */
final class BehaviouralStates implements Representation {

    private record MooreState(int learned, List<Long> output) {
    }

    /** A hidden vector as a map key, compared exactly. */
    private record Vector(double[] h) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Vector v && Arrays.equals(h, v.h);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(h);
        }
    }

    private final String detector;
    private final NetworkRun network;
    private final LearnedMachine machine;
    private final Map<Vector, Integer> traced;
    private final Map<List<List<Long>>, Integer> bySignature;
    private final List<List<List<Long>>> signatures;
    private final Map<MooreState, Integer> codes;
    private final int[] firstCodeOf;
    private final double[][] representatives;
    private final double descriptionLength;

    private BehaviouralStates(String detector, NetworkRun network, LearnedMachine machine, Map<Vector, Integer> traced,
            Map<MooreState, Integer> codes, double[][] representatives, double descriptionLength) {
        this.detector = detector;
        this.network = network;
        this.machine = machine;
        this.traced = traced;
        this.codes = codes;
        this.representatives = representatives;
        this.descriptionLength = descriptionLength;
        this.signatures = new ArrayList<>();
        this.bySignature = new HashMap<>();
        for (int q = 0; q < machine.size(); q++) {
            signatures.add(machine.signature(q));
            bySignature.putIfAbsent(signatures.get(q), q);
        }
        this.firstCodeOf = new int[machine.size()];
        Arrays.fill(firstCodeOf, -1);
        codes.forEach((state, code) -> {
            if (firstCodeOf[state.learned()] < 0 || code < firstCodeOf[state.learned()]) {
                firstCodeOf[state.learned()] = code;
            }
        });
    }

    /**
     * The states of {@code machine}, with a representative hidden vector for each: the first point of
     * the trace in that state, else the vector the network reaches on the state's access word.
     *
     * @param symbols the symbol of every row of the trace
     */
    static BehaviouralStates of(String detector, NetworkRun network, LearnedMachine machine, TraceStates states, int[] symbols) {
        Map<Vector, Integer> traced = new HashMap<>();
        int learned = 0;
        for (int r = 0; r < states.rows(); r++) {
            if (states.trace().steps()[r] == 0) {
                learned = 0;
            }
            traced.putIfAbsent(new Vector(states.previous(r)), learned);
            learned = machine.next()[learned][symbols[r]];
            traced.putIfAbsent(new Vector(states.next(r)), learned);
        }
        double[][] points = states.points();
        Map<MooreState, Integer> codes = new LinkedHashMap<>();
        List<MooreState> queue = new ArrayList<>();
        MooreState start = new MooreState(0, network.output(network.start()));
        codes.put(start, 0);
        queue.add(start);
        for (int i = 0; i < queue.size(); i++) {
            int q = queue.get(i).learned();
            for (int symbol = 0; symbol < machine.next()[q].length; symbol++) {
                MooreState successor = new MooreState(machine.next()[q][symbol], machine.output().get(q).get(symbol));
                if (codes.putIfAbsent(successor, codes.size()) == null) {
                    queue.add(successor);
                }
            }
        }
        BehaviouralStates draft = new BehaviouralStates(detector, network, machine, traced, codes, new double[codes.size()][], Double.NaN);
        double[][] representatives = new double[codes.size()][];
        for (double[] point : points) {
            int code = (int) draft.encode(point)[0];
            if (representatives[code] == null) {
                representatives[code] = point.clone();
            }
        }
        for (Map.Entry<MooreState, Integer> entry : codes.entrySet()) {
            if (representatives[entry.getValue()] == null) {
                double[] h = network.start();
                for (int symbol : machine.access()[entry.getKey().learned()]) {
                    h = network.step(h, symbol);
                }
                representatives[entry.getValue()] = h;
            }
        }
        return new BehaviouralStates(detector, network, machine, traced, codes, representatives, Double.NaN);
    }

    BehaviouralStates withDescriptionLength(double length) {
        return new BehaviouralStates(detector, network, machine, traced, codes, representatives, length);
    }

    /** States of the learned Mealy machine. */
    int learnedStates() {
        return machine.size();
    }

    @Override
    public String detector() {
        return detector;
    }

    @Override
    public List<String> variables() {
        return List.of("state");
    }

    @Override
    public long[] encode(double[] h) {
        Integer known = traced.get(new Vector(h));
        int q = known != null ? known : readLearned(h);
        Integer code = codes.get(new MooreState(q, network.output(h)));
        return new long[] {code != null ? code : firstCodeOf[q]};
    }

    /** The learned state of a vector the trace does not hold, read through the characterising set. */
    private int readLearned(double[] h) {
        List<List<Long>> written = new ArrayList<>();
        for (int[] word : machine.separating()) {
            double[] state = h;
            for (int symbol : word) {
                state = network.step(state, symbol);
                written.add(network.output(state));
            }
        }
        Integer learned = bySignature.get(written);
        return learned != null ? learned : nearest(written);
    }

    /** The learned state whose signature agrees with {@code written} at the most places; the first on ties. */
    private int nearest(List<List<Long>> written) {
        int best = 0;
        int bestAgreeing = -1;
        for (int q = 0; q < signatures.size(); q++) {
            int agreeing = 0;
            for (int i = 0; i < written.size(); i++) {
                if (written.get(i).equals(signatures.get(q).get(i))) {
                    agreeing++;
                }
            }
            if (agreeing > bestAgreeing) {
                best = q;
                bestAgreeing = agreeing;
            }
        }
        return best;
    }

    /** @throws IllegalArgumentException if {@code z} is not one of the states */
    @Override
    public double[] decode(long[] z) {
        if (z.length != 1 || z[0] < 0 || z[0] >= representatives.length) {
            throw new IllegalArgumentException("no learned state " + Arrays.toString(z) + "; the states are 0 to "
                    + (representatives.length - 1));
        }
        return representatives[(int) z[0]].clone();
    }

    @Override
    public double descriptionLength() {
        return descriptionLength;
    }
}
