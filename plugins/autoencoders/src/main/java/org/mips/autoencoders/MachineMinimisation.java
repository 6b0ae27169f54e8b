package org.mips.autoencoders;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Merges the states of an {@link ObservedMachine} that behave alike. A partition is an array giving the
 * class of every cluster; classes are numbered in order of their first cluster.
 */
final class MachineMinimisation {

    private MachineMinimisation() {
    }

    /**
     * Moore's partition refinement: start from the classes of equal outputs and split classes until all
     * members of a class lead, input by input, into the same classes. The result is the coarsest partition
     * in which states are equivalent on everything observed; an unseen output or successor counts as a
     * value of its own, so nothing unobserved is assumed.
     */
    static int[] moore(ObservedMachine machine) {
        int[] classes = renumber(machine.states(), c -> List.of(machine.output()[c]));
        while (true) {
            int[] current = classes;
            int[] refined = renumber(machine.states(), c -> {
                List<Integer> signature = new ArrayList<>();
                signature.add(current[c]);
                for (int to : machine.successor()[c]) {
                    signature.add(to == ObservedMachine.UNSEEN ? ObservedMachine.UNSEEN : current[to]);
                }
                return signature;
            });
            if (count(refined) == count(current)) {
                return refined;
            }
            classes = refined;
        }
    }

    /**
     * Merges every class whose output was never seen (the starting state {@code h = 0} is one: the
     * network emits only after a step) into the nearest class it is compatible with, as reference section
     * 5.4 maps the start to the nearest cluster; a class compatible with none stays alone.
     *
     * @param cascade whether a merge may force other classes together (their common successors); the
     *                bit-code finder forbids it, since it codes every other cluster separately
     */
    static int[] attachUnseen(ObservedMachine machine, int[] classes, double[][] centres, boolean cascade) {
        int[] result = classes;
        for (int cluster = 0; cluster < machine.states(); cluster++) {
            if (seenOutput(machine, result, result[cluster])) {
                continue;
            }
            int[] current = result;
            int from = cluster;
            List<Integer> targets = new ArrayList<>();
            for (int c = 0; c < machine.states(); c++) {
                if (machine.output()[c] != ObservedMachine.UNSEEN) {
                    targets.add(c);
                }
            }
            targets.sort(Comparator.comparingDouble(c -> Vectors.distanceSquared(centres[from], centres[c])));
            for (int target : targets) {
                Optional<int[]> merged = merge(machine, current, current[from], current[target], cascade);
                if (merged.isPresent()) {
                    result = merged.get();
                    break;
                }
            }
        }
        return result;
    }

    /** Whether some cluster of class {@code k} has an observed output. */
    static boolean seenOutput(ObservedMachine machine, int[] classes, int k) {
        for (int c = 0; c < classes.length; c++) {
            if (classes[c] == k && machine.output()[c] != ObservedMachine.UNSEEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The partition with classes a and b merged, and with every pair of classes their common inputs then
     * lead to merged as well; empty when that would make a class emit two outputs, or when another merge
     * would be needed and {@code cascade} is false.
     */
    static Optional<int[]> merge(ObservedMachine machine, int[] classes, int a, int b, boolean cascade) {
        int count = count(classes);
        int symbols = machine.symbols();
        int[] output = new int[count];
        int[][] successor = new int[count][symbols];
        Arrays.fill(output, ObservedMachine.UNSEEN);
        for (int[] row : successor) {
            Arrays.fill(row, ObservedMachine.UNSEEN);
        }
        for (int c = 0; c < classes.length; c++) {
            if (machine.output()[c] != ObservedMachine.UNSEEN) {
                output[classes[c]] = machine.output()[c];
            }
            for (int x = 0; x < symbols; x++) {
                int to = machine.successor()[c][x];
                if (to != ObservedMachine.UNSEEN) {
                    successor[classes[c]][x] = classes[to];
                }
            }
        }
        int[] parent = new int[count];
        Arrays.setAll(parent, i -> i);
        Deque<int[]> pending = new ArrayDeque<>();
        pending.add(new int[] {a, b});
        int unions = 0;
        while (!pending.isEmpty()) {
            int[] pair = pending.poll();
            int p = find(parent, pair[0]);
            int q = find(parent, pair[1]);
            if (p == q) {
                continue;
            }
            if ((unions > 0 && !cascade)
                    || (output[p] != ObservedMachine.UNSEEN && output[q] != ObservedMachine.UNSEEN && output[p] != output[q])) {
                return Optional.empty();
            }
            int root = Math.min(p, q);
            int other = Math.max(p, q);
            parent[other] = root;
            unions++;
            if (output[root] == ObservedMachine.UNSEEN) {
                output[root] = output[other];
            }
            for (int x = 0; x < symbols; x++) {
                if (successor[root][x] == ObservedMachine.UNSEEN) {
                    successor[root][x] = successor[other][x];
                } else if (successor[other][x] != ObservedMachine.UNSEEN) {
                    pending.add(new int[] {successor[root][x], successor[other][x]});
                }
            }
        }
        return Optional.of(renumber(classes.length, c -> List.of(find(parent, classes[c]))));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Dense class numbers by first appearance of each key, cluster by cluster. */
    private static int[] renumber(int states, IntFunction<List<Integer>> key) {
        Map<List<Integer>, Integer> ids = new HashMap<>();
        int[] classes = new int[states];
        for (int c = 0; c < states; c++) {
            classes[c] = ids.computeIfAbsent(key.apply(c), k -> ids.size());
        }
        return classes;
    }

    static int count(int[] classes) {
        return Arrays.stream(classes).max().orElse(-1) + 1;
    }
}
