package org.mips.regressors.numbering;

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
 * Every base m from 2 to the number of states (at most {@value #MAX_BASE}) and coefficients between -{@value InputTerm#MAX_STEP}
 * and {@value InputTerm#MAX_STEP} are tried, smallest base first.
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
        List<InputTerm> terms = InputTerm.small(graph.inputDimension(), true);
        for (int m = 2; m <= Math.min(graph.size(), MAX_BASE); m++) {
            long base = m;
            for (InputTerm term : terms) {
                if (Thread.currentThread().isInterrupted()) {
                    return Outcome.none("interrupted");
                }
                for (long initial = 0; initial < 2 * base; initial++) {
                    long[] codes = Propagation.codes(graph, (s, u, x) -> term.apply(x) + Math.floorDiv(u, base), null, initial);
                    if (codes != null) {
                        Outcome<NumberedMachine> numbered = Codes.apply(graph, Codes.single(codes), List.of("u"));
                        if (numbered instanceof Outcome.Found<NumberedMachine>) {
                            return numbered;
                        }
                    }
                }
            }
        }
        return Outcome.none("no rule u' = b.x + k + floor(u / m) with m up to " + Math.min(graph.size(), MAX_BASE) + " and coefficients in [-"
                + InputTerm.MAX_STEP + ", " + InputTerm.MAX_STEP + "] numbers the states consistently");
    }
}
