package org.mips.toolkit.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

/**
 * The simultaneous state update as assignments one after another. Usually this is
 * {@link ProgramAnalysis#sequentialOrder}: one variable per group. When variables read each other in
 * a cycle, only the variables of each cycle form a group that must be assigned simultaneously; every
 * other variable keeps a plain assignment, placed before the variables it reads.
 */
public final class UpdateOrder {

    private UpdateOrder() {
    }

    /** Groups in assignment order; a group of several variables needs a simultaneous assignment. */
    public static List<List<StateVariable>> groups(Program program) {
        Optional<List<StateVariable>> sequential = ProgramAnalysis.sequentialOrder(program);
        if (sequential.isPresent()) {
            return sequential.get().stream().map(List::of).toList();
        }
        List<StateVariable> changing = program.state().stream()
                .filter(s -> !(s.next() instanceof Expr.Var v && v.name().equals(s.name())))
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < changing.size(); i++) {
            index.put(changing.get(i).name(), i);
        }
        List<Set<Integer>> reads = new ArrayList<>();
        for (StateVariable s : changing) {
            Set<Integer> read = new HashSet<>();
            s.next().variables().stream().filter(index::containsKey).map(index::get).forEach(read::add);
            reads.add(read);
        }
        List<Set<Integer>> reach = new ArrayList<>();
        for (int i = 0; i < changing.size(); i++) {
            reach.add(reachable(i, reads));
        }
        // A variable's group: itself and every variable it reaches that reaches it back.
        int[] group = new int[changing.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < changing.size(); i++) {
            group[i] = -1;
            for (int j = 0; j < i && group[i] < 0; j++) {
                if (reach.get(i).contains(j) && reach.get(j).contains(i)) {
                    group[i] = group[j];
                }
            }
            if (group[i] < 0) {
                group[i] = members.size();
                members.add(new ArrayList<>());
            }
            members.get(group[i]).add(i);
        }
        // Kahn's algorithm on the groups: a group goes once every reader of its members has gone;
        // among ready groups the one declared first, to stay close to the program's order.
        int[] pendingReaders = new int[members.size()];
        for (int reader = 0; reader < changing.size(); reader++) {
            for (int read : reads.get(reader)) {
                if (group[read] != group[reader]) {
                    pendingReaders[group[read]]++;
                }
            }
        }
        boolean[] done = new boolean[members.size()];
        List<List<StateVariable>> order = new ArrayList<>();
        while (order.size() < members.size()) {
            int next = 0;
            while (done[next] || pendingReaders[next] > 0) {
                next++;
            }
            done[next] = true;
            order.add(members.get(next).stream().map(changing::get).toList());
            for (int member : members.get(next)) {
                for (int read : reads.get(member)) {
                    if (group[read] != next) {
                        pendingReaders[group[read]]--;
                    }
                }
            }
        }
        return order;
    }

    private static Set<Integer> reachable(int from, List<Set<Integer>> reads) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> pending = new ArrayDeque<>(reads.get(from));
        while (!pending.isEmpty()) {
            int next = pending.pop();
            if (seen.add(next)) {
                pending.addAll(reads.get(next));
            }
        }
        return seen;
    }
}
