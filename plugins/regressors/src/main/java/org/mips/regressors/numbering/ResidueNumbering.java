package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * A residue modulo the number of states: {@code s' = (a·s + b·x + c) mod m}, the initial state 0. Long
 * division (Div_k: {@code r' = (2r + x) mod k}), sums modulo m and parities are such machines whatever labels
 * a detector gave their states. Every coefficient below m is tried, a = 1 (a sum) first, small coefficients
 * before large; the first rule under which the codes spread consistently from the initial state wins, its
 * residues shifted to cancel the rule's constant where a shift can.
 */
@Extension
public final class ResidueNumbering implements StateNumbering {

    /** Rules tried at most: m^(d + 2) for m states and d inputs. */
    static final long MAX_RULES = 2_000_000;

    @Override
    public String id() {
        return "residue";
    }

    @Override
    public String description() {
        return "States as a residue: s' = (a*s + b.x + c) mod m, m the number of states";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        int d = graph.inputDimension();
        List<Integer> moduli = new ArrayList<>();
        if (graph.initialTwin() >= 0) {
            moduli.add(graph.size() - 1);   // the initial state may share its twin's residue
        }
        moduli.add(graph.size());
        String why = "";
        for (int m : moduli) {
            if (m < 2) {
                why = "fewer than two states";
                continue;
            }
            if (Math.pow(m, d + 2) > MAX_RULES) {
                why = m + " states and " + d + " inputs allow more than " + MAX_RULES + " rules";
                continue;
            }
            Outcome<NumberedMachine> found = search(graph, m, d);
            if (found instanceof Outcome.Found<NumberedMachine>) {
                return found;
            }
            why = ((Outcome.None<NumberedMachine>) found).reason();
        }
        return Outcome.none(why);
    }

    private static Outcome<NumberedMachine> search(MachineGraph graph, int m, int d) {
        int[] order = smallFirst(m);
        int[] b = new int[d];
        for (int ai = 0; ai < m; ai++) {
            long a = ai == m - 1 ? 0 : ai + 1;   // 1, 2, ..., m-1, then 0 (a state that forgets)
            for (int c : order) {
                int[] digits = new int[d];
                do {
                    if (Thread.currentThread().isInterrupted()) {
                        return Outcome.none("interrupted");
                    }
                    for (int i = 0; i < d; i++) {
                        b[i] = order[digits[i]];
                    }
                    long[] codes = Propagation.codes(graph, (s, x) -> {
                        long v = a * s + c;
                        for (int i = 0; i < d; i++) {
                            v += (long) b[i] * x.get(i);
                        }
                        return Math.floorMod(v, m);
                    });
                    if (codes != null) {
                        shiftOutConstant(codes, a, c, m);
                        Outcome<NumberedMachine> numbered = Codes.apply(graph, Codes.single(codes), List.of("r"));
                        if (numbered instanceof Outcome.Found<NumberedMachine>) {
                            return numbered;
                        }
                    }
                } while (increment(digits, m));
            }
        }
        return Outcome.none("no rule s' = (a*s + b.x + c) mod " + m + " numbers the states consistently");
    }

    /**
     * Shifts every residue by the k that cancels the rule's constant, when one does: with codes r + k the
     * rule reads {@code (a·r + b·x + c + k - a·k) mod m}, so {@code c + k·(1 - a) ≡ 0} leaves
     * {@code (a·r + b·x) mod m} and moves the initial state to k (Div_3's {@code (2r + x) mod 6} rather
     * than {@code (2r + x + 3) mod 6}).
     */
    private static void shiftOutConstant(long[] codes, long a, long c, int m) {
        if (c == 0) {
            return;
        }
        for (long k = 1; k < m; k++) {
            if (Math.floorMod(c + k * (1 - a), m) == 0) {
                for (int s = 0; s < codes.length; s++) {
                    codes[s] = Math.floorMod(codes[s] + k, m);
                }
                return;
            }
        }
    }

    /** 0, 1, m-1, 2, m-2, ...: the residues by their distance from 0. */
    static int[] smallFirst(int m) {
        int[] order = new int[m];
        int k = 0;
        order[k++] = 0;
        for (int v = 1; k < m; v++) {
            order[k++] = v;
            if (k < m && m - v != v) {
                order[k++] = m - v;
            }
        }
        return order;
    }

    /** The next digit vector in base m, first digit fastest; false after the last. */
    static boolean increment(int[] digits, int m) {
        for (int i = 0; i < digits.length; i++) {
            if (++digits[i] < m) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }
}
