package org.mips.autoencoders;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.automatalib.automaton.transducer.MealyMachine;
import net.automatalib.util.automaton.Automata;
import net.automatalib.word.Word;

/**
 * A learned Mealy machine copied out of LearnLib's hypothesis, its states numbered in breadth-first
 * order from the start over the symbols in order (so the same machine always gets the same numbers),
 * with a characterising set: words whose outputs tell every two states apart.
 *
 * @param next       {@code next[q][a]}: the state after symbol a in state q
 * @param output     {@code output[q][a]}: what the machine writes on symbol a in state q
 * @param access     {@code access[q]}: a shortest word leading from the start to q
 * @param separating the characterising set, as symbol arrays
 */
record LearnedMachine(int[][] next, List<List<List<Long>>> output, int[][] access, int[][] separating) {

    static <S> LearnedMachine of(MealyMachine<S, Integer, ?, List<Long>> machine, Collection<Integer> symbols) {
        int a = symbols.size();
        Map<S, Integer> ids = new HashMap<>();
        List<S> order = new ArrayList<>();
        List<int[]> access = new ArrayList<>();
        ArrayDeque<S> queue = new ArrayDeque<>();
        S start = machine.getInitialState();
        ids.put(start, 0);
        order.add(start);
        access.add(new int[0]);
        queue.add(start);
        List<int[]> next = new ArrayList<>();
        List<List<List<Long>>> output = new ArrayList<>();
        while (!queue.isEmpty()) {
            S state = queue.poll();
            int q = ids.get(state);
            int[] row = new int[a];
            List<List<Long>> written = new ArrayList<>(a);
            for (int symbol = 0; symbol < a; symbol++) {
                S successor = machine.getSuccessor(state, symbol);
                Integer id = ids.get(successor);
                if (id == null) {
                    id = ids.size();
                    ids.put(successor, id);
                    order.add(successor);
                    int[] word = java.util.Arrays.copyOf(access.get(q), access.get(q).length + 1);
                    word[word.length - 1] = symbol;
                    access.add(word);
                    queue.add(successor);
                }
                row[symbol] = id;
                written.add(List.copyOf(machine.getOutput(state, symbol)));
            }
            next.add(row);
            output.add(List.copyOf(written));
        }
        List<Word<Integer>> words = Automata.characterizingSet(machine, symbols);
        int[][] separating = words.stream().map(w -> w.asList().stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new LearnedMachine(next.toArray(int[][]::new), List.copyOf(output), access.toArray(int[][]::new), separating);
    }

    int size() {
        return next.length;
    }

    /** What state q writes on the characterising set, word after word. */
    List<List<Long>> signature(int q) {
        List<List<Long>> written = new ArrayList<>();
        for (int[] word : separating) {
            int state = q;
            for (int symbol : word) {
                written.add(output.get(state).get(symbol));
                state = next[state][symbol];
            }
        }
        return written;
    }
}
