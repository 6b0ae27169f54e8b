package org.mips.core.prove;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.core.regress.FormulaFitter;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

/**
 * Finds the abstraction function {@code phi} from the specification's states to the program's: for each
 * program variable, its values beside the specification's states, fitted with the regressors. The
 * specification's own variables are tried first; the remembered last inputs and outputs (see
 * {@link Remembering}) only when the program variable is not a function of those.
 */
final class AbstractionSearch {

    /** What was found: the expressions over the state of {@code specification}, one per program variable. */
    record Abstraction(Program specification, List<Expr> expressions) {
    }

    private final FormulaFitter fitter;

    private AbstractionSearch(FormulaFitter fitter) {
        this.fitter = fitter;
    }

    static Outcome<Abstraction> find(Program spec, Program program, SideBySide pairs, FormulaFitter fitter) {
        return new AbstractionSearch(fitter).find(spec, program, pairs);
    }

    /**
     * @param pairs states of {@code Remembering.of(spec, MAX_STEPS)} beside the program's
     */
    private Outcome<Abstraction> find(Program spec, Program program, SideBySide pairs) {
        Program remembering = Remembering.of(spec, Remembering.MAX_STEPS);
        int original = spec.state().size();
        List<String> all = remembering.state().stream().map(StateVariable::name).toList();
        List<String> withoutSteps = all.subList(0, all.size() - 1);
        List<Expr> expressions = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int cap = 0;
        for (int j = 0; j < program.state().size(); j++) {
            String name = program.state().get(j).name();
            Attempt attempt = fit(name, pairs, j, all.subList(0, original), 0);
            if (attempt.expr() == null) {
                attempt = fit(name, pairs, j, withoutSteps, 0);
            }
            // A start phase: the smallest step count cap that makes the variable a function (one cap for all).
            for (int k = Math.max(cap, 1); attempt.expr() == null && k <= Remembering.MAX_STEPS; k++) {
                attempt = fit(name, pairs, j, all, k);
                if (attempt.expr() != null) {
                    cap = k;
                }
            }
            if (attempt.expr() == null) {
                return Outcome.none(attempt.whyNot());
            }
            used.addAll(attempt.expr().variables());
            expressions.add(attempt.expr());
        }
        return Outcome.found(new Abstraction(Remembering.keepOnly(Remembering.of(spec, Math.max(cap, 1)), original, used), expressions));
    }

    /** A fitted abstraction coordinate, or (expr null) why there is none. */
    private record Attempt(Expr expr, String whyNot) {
    }

    /**
     * The abstraction of program variable j over these specification columns (the step count, when
     * among them, capped at {@code cap}).
     */
    private Attempt fit(String name, SideBySide pairs, int j, List<String> columns, int cap) {
        Map<List<Long>, Long> rows = rows(pairs, j, columns.size(), cap);
        if (rows == null) {
            return new Attempt(null, "the program's variable '" + name + "' is not a function of the specification's state, its"
                    + " last inputs, its last outputs and its step count up to " + Remembering.MAX_STEPS);
        }
        Expr constant = constant(rows);
        if (constant != null || columns.isEmpty()) {
            return new Attempt(constant, "the program's variable '" + name + "' changes but the specification has no state");
        }
        FormulaFitter.Fit fit = fitter.fit("phi_" + name, columns, rows);
        return new Attempt(fit.expr(), "no regressor fitted the abstraction of '" + name + "': "
                + String.join("; ", fit.formula().attempts()));
    }

    /**
     * The first {@code width} specification variables to program variable j, or null if that is not a
     * function; with {@code cap > 0} the last of them is the step count, capped at {@code cap}.
     */
    private static Map<List<Long>, Long> rows(SideBySide pairs, int j, int width, int cap) {
        Map<List<Long>, Long> rows = new LinkedHashMap<>();
        for (int r = 0; r < pairs.specification().size(); r++) {
            long[] values = Arrays.copyOf(pairs.specification().get(r), width);
            if (cap > 0) {
                values[width - 1] = Math.min(values[width - 1], cap);
            }
            long value = pairs.program().get(r)[j];
            Long before = rows.putIfAbsent(Arrays.stream(values).boxed().toList(), value);
            if (before != null && before != value) {
                return null;
            }
        }
        return rows;
    }

    private static Expr constant(Map<List<Long>, Long> rows) {
        long first = rows.values().iterator().next();
        return rows.values().stream().allMatch(v -> v == first) ? Expr.constant(first) : null;
    }
}
