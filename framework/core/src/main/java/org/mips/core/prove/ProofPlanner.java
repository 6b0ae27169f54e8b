package org.mips.core.prove;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.mips.core.regress.FormulaFitter;
import org.mips.spi.Outcome;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.task.Task;

/**
 * States what must be proven for a program of a task with a specification: the abstraction function
 * found by running both side by side, and an invariant for the specification's reachable states.
 */
public final class ProofPlanner {

    /** The seed of the side-by-side runs, so that the same program always gets the same proof. */
    static final long SEED = 2_026_11_21L;
    private static final int SEQUENCES = 300;

    private final FormulaFitter fitter;

    public ProofPlanner(FormulaFitter fitter) {
        this.fitter = fitter;
    }

    /** The refinement to prove, or why there is none. */
    public Outcome<Refinement> plan(Task task, Program program) {
        if (task.specification().isEmpty()) {
            return Outcome.none(task.id() + " has no specification to prove the program against");
        }
        Program spec = task.specification().get();
        if (spec.inputs().size() != program.inputs().size() || spec.outputs().size() != program.outputs().size()) {
            return Outcome.none("the program has " + program.inputs().size() + " inputs and " + program.outputs().size()
                    + " outputs, the specification " + spec.inputs().size() + " and " + spec.outputs().size());
        }
        int length = Math.max(20, 2 * task.sequenceLength());
        SideBySide pairs = SideBySide.run(Remembering.of(spec, Remembering.MAX_STEPS), program, SEQUENCES, length, SEED);
        Outcome<AbstractionSearch.Abstraction> abstraction = AbstractionSearch.find(spec, program, pairs, fitter);
        if (abstraction instanceof Outcome.None<AbstractionSearch.Abstraction> none) {
            return Outcome.none(none.reason());
        }
        AbstractionSearch.Abstraction phi = abstraction.toOptional().orElseThrow();
        Reachable reachable = ReachableSearch.find(phi.specification(), length, SEED);
        String claim = "for every input sequence of every length over the alphabet, " + program.name()
                + " emits exactly what the specification of " + task.id() + " emits";
        OptionalInt base = additionBase(spec);
        if (base.isPresent()) {
            claim += String.format(Locale.ROOT, "; and its outputs, read least significant digit first, are the sum of its two inputs"
                    + " modulo %d^n for every length n", base.getAsInt());
        }
        return Outcome.found(new Refinement(task.id(), program, phi.specification(), List.copyOf(phi.expressions()), reachable, claim,
                base));
    }

    /**
     * The base b when the specification is the digit-and-carry adder of two base-b numbers: inputs a and
     * b in 0..b-1, {@code digit := (a + b + carry) % b}, {@code carry := (a + b + carry) // b}, output digit.
     */
    static OptionalInt additionBase(Program spec) {
        if (spec.inputs().size() != 2 || spec.state().size() != 2 || spec.outputs().size() != 1) {
            return OptionalInt.empty();
        }
        long base = spec.inputs().get(0).max() + 1;
        String a = spec.inputs().get(0).name();
        String b = spec.inputs().get(1).name();
        String sum = "(" + a + " + " + b + " + carry)";
        boolean adder = spec.inputs().stream().allMatch(i -> i.min() == 0 && i.max() == base - 1)
                && spec.state().get(0).name().equals("digit") && spec.state().get(1).name().equals("carry")
                && spec.state().get(0).next().equals(ExprSyntax.parse(sum + " % " + base))
                && spec.state().get(1).next().equals(ExprSyntax.parse(sum + " // " + base))
                && spec.outputs().get(0).value().equals(ExprSyntax.parse("digit"))
                && spec.state().stream().allMatch(v -> v.initial() == 0);
        return adder && base >= 2 ? OptionalInt.of((int) base) : OptionalInt.empty();
    }
}
