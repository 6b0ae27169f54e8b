package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * A sum whose quotient carries over: {@code u' = b·x + k + ⌊u / m⌋}. The initial state's code is searched too
 * (from 0 up to 2m), since the carry is not shift-invariant: a network's initial state may sit with a digit's. Addition in base m
 * keeps the column sum {@code u = a + b + carry}; its digit is {@code u mod m} and the next carry
 * {@code ⌊u / m⌋}, so the machine of (carry, digit) labels becomes one integer and two short formulas.
 * Every base m from 2 to the number of states (at most {@value #MAX_BASE}) and coefficients between -{@value CounterNumbering#MAX_STEP}
 * and {@value CounterNumbering#MAX_STEP} are tried, smallest base first.
 */
@Extension
public final class CarryNumbering implements StateNumbering {

    /** The largest base tried: the benchmark adds in bases up to 7. */
    static final int MAX_BASE = 16;

    @Override
    public String id() {
        return "carry";
    }

    @Override
    public String description() {
        return "States as a sum that carries: u' = b.x + k + floor(u / m)";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        if (graph.size() < 3) {
            return Outcome.none("fewer than three states: nothing carries");
        }
        int d = graph.inputDimension();
        int width = 2 * CounterNumbering.MAX_STEP + 1;
        int[] order = ResidueNumbering.smallFirst(width);
        long[] b = new long[d + 1];
        for (int m = 2; m <= Math.min(graph.size(), MAX_BASE); m++) {
            long base = m;
            int[] digits = new int[d + 1];
            do {
                if (Thread.currentThread().isInterrupted()) {
                    return Outcome.none("interrupted");
                }
                long leading = 0;
                for (int i = 0; i <= d; i++) {
                    int v = order[digits[i]];
                    b[i] = v > CounterNumbering.MAX_STEP ? v - width : v;
                    leading = leading == 0 && i < d ? b[i] : leading;
                }
                // It must read its inputs, and adds them rather than subtracts the first it reads.
                if (leading <= 0) {
                    continue;
                }
                for (long initial = 0; initial < 2 * base; initial++) {
                    long[] codes = Propagation.codes(graph, (s, u, x) -> {
                        long v = b[d] + Math.floorDiv(u, base);
                        for (int i = 0; i < d; i++) {
                            v += b[i] * x.get(i);
                        }
                        return v;
                    }, null, initial);
                    if (codes != null) {
                        List<List<Long>> byState = new ArrayList<>();
                        for (long code : codes) {
                            byState.add(List.of(code));
                        }
                        Outcome<NumberedMachine> numbered = Codes.apply(graph, byState, List.of("u"));
                        if (numbered instanceof Outcome.Found<NumberedMachine>) {
                            return numbered;
                        }
                    }
                }
            } while (ResidueNumbering.increment(digits, width));
        }
        return Outcome.none("no rule u' = b.x + k + floor(u / m) with m up to " + Math.min(graph.size(), MAX_BASE) + " and coefficients in [-"
                + CounterNumbering.MAX_STEP + ", " + CounterNumbering.MAX_STEP + "] numbers the states consistently");
    }
}
