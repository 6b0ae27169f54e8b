package org.mips.regressors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Variable;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutMaxSATHandler;
import org.logicng.solvers.MaxSATSolver;
import org.logicng.solvers.maxsat.algorithms.MaxSAT;

/**
 * The second half of Quine-McCluskey: the cheapest set of prime implicants that covers every observed
 * 1, as weighted MaxSAT on LogicNG's solver (as LogicNG's own QMC chooses its cover with a SAT solver).
 * A prime's weight is the IR nodes it costs ({@link Cube#cost()}), so the optimum is the smallest sum of
 * products in the IR's node count. Don't-cares need no covering, which is where they save terms.
 */
final class MinimumCover {

    private MinimumCover() {
    }

    /**
     * The chosen primes ordered by fewer literals, then mask and phase; empty if the solver could not
     * prove an optimum before the deadline.
     */
    static Optional<List<Cube>> of(List<Cube> primes, BitSet on, Deadline deadline) {
        FormulaFactory f = new FormulaFactory();
        List<Cube> useful = primes.stream().filter(p -> on.stream().anyMatch(p::covers)).toList();
        List<Variable> chosen = new ArrayList<>();
        for (int i = 0; i < useful.size(); i++) {
            chosen.add(f.variable("p" + i));
        }
        MaxSATSolver solver = MaxSATSolver.incWBO(f);
        for (int m = on.nextSetBit(0); m >= 0; m = on.nextSetBit(m + 1)) {
            List<Formula> covering = new ArrayList<>();
            for (int i = 0; i < useful.size(); i++) {
                if (useful.get(i).covers(m)) {
                    covering.add(chosen.get(i));
                }
            }
            solver.addHardFormula(f.or(covering));
        }
        for (int i = 0; i < useful.size(); i++) {
            solver.addSoftFormula(chosen.get(i).negate(), useful.get(i).cost());
        }
        TimeoutMaxSATHandler handler = new TimeoutMaxSATHandler(deadline.epochMillis(), TimeoutHandler.TimerType.FIXED_END);
        if (solver.solve(handler) != MaxSAT.MaxSATResult.OPTIMUM) {
            return Optional.empty();
        }
        List<Cube> cover = new ArrayList<>();
        for (int i = 0; i < useful.size(); i++) {
            if (solver.model().evaluateLit(chosen.get(i))) {
                cover.add(useful.get(i));
            }
        }
        cover.sort(Comparator.comparingInt(Cube::literals).thenComparingInt(Cube::mask).thenComparingInt(Cube::bits));
        return Optional.of(cover);
    }
}
