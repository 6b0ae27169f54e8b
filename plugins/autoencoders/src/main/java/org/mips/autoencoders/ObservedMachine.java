package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.Outcome;

/**
 * The Moore machine the clusters make of a trace: for each cluster and input symbol the cluster the
 * network moved to, and for each cluster the rounded output it emitted. A cluster the network never
 * moved into (typically the starting state {@code h = 0}) has no observed output, and pairs never seen
 * have no successor; both are marked {@link #UNSEEN}.
 *
 * @param successor {@code successor[cluster][symbol]}: the next cluster, or {@link #UNSEEN}
 * @param output    {@code output[cluster]}: the output symbol, or {@link #UNSEEN}
 * @param inputs    the input vector of each symbol, in order of first appearance
 */
record ObservedMachine(int[][] successor, int[] output, List<Code> inputs) {

    static final int UNSEEN = -1;

    /**
     * The machine of the clusters, or none when they contradict themselves: a (cluster, input) pair
     * leading to two clusters, or a cluster emitting two outputs.
     *
     * @param labels the cluster of every point of {@code states}, in {@link TraceStates#points()} order
     */
    static Outcome<ObservedMachine> of(TraceStates states, int[] labels, int clusters) {
        int rows = states.rows();
        Map<Code, Integer> inputSymbols = new HashMap<>();
        List<Code> inputs = new ArrayList<>();
        int[] symbols = new int[rows];
        for (int r = 0; r < rows; r++) {
            Code input = new Code(states.input(r));
            symbols[r] = inputSymbols.computeIfAbsent(input, k -> {
                inputs.add(k);
                return inputs.size() - 1;
            });
        }
        Map<Code, Integer> outputSymbols = new HashMap<>();
        List<Code> outputs = new ArrayList<>();
        int[][] successor = new int[clusters][inputs.size()];
        int[] output = new int[clusters];
        for (int[] row : successor) {
            Arrays.fill(row, UNSEEN);
        }
        Arrays.fill(output, UNSEEN);
        for (int r = 0; r < rows; r++) {
            int from = labels[r];
            int to = labels[rows + r];
            if (successor[from][symbols[r]] == UNSEEN) {
                successor[from][symbols[r]] = to;
            } else if (successor[from][symbols[r]] != to) {
                return Outcome.none("the clusters are not a deterministic machine: cluster " + from + " with input "
                        + inputs.get(symbols[r]) + " leads to clusters " + successor[from][symbols[r]] + " and " + to);
            }
            Code y = new Code(states.roundedOutput(r));
            int symbol = outputSymbols.computeIfAbsent(y, k -> {
                outputs.add(k);
                return outputs.size() - 1;
            });
            if (output[to] == UNSEEN) {
                output[to] = symbol;
            } else if (output[to] != symbol) {
                return Outcome.none("the clusters are not a deterministic machine: cluster " + to + " emits both "
                        + outputs.get(output[to]) + " and " + y);
            }
        }
        return Outcome.found(new ObservedMachine(successor, output, List.copyOf(inputs)));
    }

    int states() {
        return output.length;
    }

    int symbols() {
        return inputs.size();
    }
}
