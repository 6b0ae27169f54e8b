package org.mips.core.prove;

import java.util.List;
import java.util.Optional;
import org.mips.core.regress.FormulaFitter;
import org.mips.spi.Outcome;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.program.Overflow;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;
import org.mips.spi.task.Task;

/**
 * States what must be proven for a program of a task with a specification: the abstraction function
 * found by running both side by side, an invariant for the specification's reachable states, and the
 * properties the task declares of its specification, passed on as they are.
 */
public final class ProofPlanner {

    /** The seed of the side-by-side runs, so that the same program always gets the same proof. */
    static final long SEED = 2_026_11_21L;
    private static final int SEQUENCES = 300;

    private final FormulaFitter fitter;

    public ProofPlanner(FormulaFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * Where the program overflows 64-bit integers on the inputs a proof runs it on (the emitter's check
     * inputs, then the sequences run beside the specification), if it does: such a program has no defined
     * result there, so there is nothing to prove.
     */
    public static Optional<Overflow> overflow(Task task, Program program) {
        return Overflow.find(program, "check", CodeEmitter.checkInputs(program))
                .or(() -> Overflow.find(program, "proof", sequences(task, program)));
    }

    /** The sequences the program runs beside the specification; none without a specification whose inputs match. */
    private static List<long[][]> sequences(Task task, Program program) {
        Optional<Program> spec = task.specification();
        if (spec.isEmpty() || spec.get().inputs().size() != program.inputs().size()) {
            return List.of();
        }
        return SideBySide.inputs(spec.get(), SEQUENCES, length(task), SEED);
    }

    private static int length(Task task) {
        return Math.max(20, 2 * task.sequenceLength());
    }

    /**
     * The refinement to prove, or, when the program's state is no function of the specification's, the
     * simulation by the pairs both reach together; or why there is neither.
     */
    public Outcome<Obligation> plan(Task task, Program program) {
        if (task.specification().isEmpty()) {
            return Outcome.none(task.id() + " has no specification to prove the program against");
        }
        Program spec = task.specification().get();
        if (spec.inputs().size() != program.inputs().size() || spec.outputs().size() != program.outputs().size()) {
            return Outcome.none("the program has " + program.inputs().size() + " inputs and " + program.outputs().size()
                    + " outputs, the specification " + spec.inputs().size() + " and " + spec.outputs().size());
        }
        int length = length(task);
        SideBySide pairs = SideBySide.run(Remembering.of(spec, Remembering.MAX_STEPS), program, sequences(task, program));
        Outcome<AbstractionSearch.Abstraction> abstraction = AbstractionSearch.find(spec, program, pairs, fitter);
        String claim = "for every input sequence of every length over the alphabet, " + program.name()
                + " emits exactly what the specification of " + task.id() + " emits";
        if (abstraction instanceof Outcome.None<AbstractionSearch.Abstraction> none) {
            Outcome<List<Simulation.Pair>> related = ProductSearch.find(spec, program);
            if (related instanceof Outcome.None<List<Simulation.Pair>> alsoNone) {
                return Outcome.none(none.reason() + "; and no relation instead: " + alsoNone.reason());
            }
            return Outcome.found(new Simulation(task.id(), program, spec, related.toOptional().orElseThrow(), claim, task.properties()));
        }
        AbstractionSearch.Abstraction phi = abstraction.toOptional().orElseThrow();
        Reachable reachable = ReachableSearch.find(phi.specification(), length, SEED);
        return Outcome.found(new Refinement(task.id(), program, phi.specification(), List.copyOf(phi.expressions()), reachable, claim,
                task.properties()));
    }
}
