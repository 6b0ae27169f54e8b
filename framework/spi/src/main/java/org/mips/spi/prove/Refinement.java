package org.mips.spi.prove;

import java.util.List;
import java.util.Objects;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Program;

/**
 * The claim that {@code program} computes what {@code specification} computes on every input sequence of
 * every length over the specification's input alphabet, with the means to prove it by simulation:
 * <ol>
 *   <li>{@code abstraction(init_S) == init_P};</li>
 *   <li>for every state {@code s} in {@code reachable} and every allowed input {@code x}:
 *       {@code step_S(s, x)} is again in {@code reachable},
 *       {@code abstraction(step_S(s, x)) == step_P(abstraction(s), x)} and
 *       {@code out_P(abstraction(step_S(s, x)), x) == out_S(step_S(s, x), x)};</li>
 *   <li>by induction on the length, both emit the same outputs.</li>
 * </ol>
 * Inputs and outputs of the two programs correspond by position; the names may differ.
 *
 * @param name          a name for the proof module, e.g. the task id
 * @param program       the synthesized program P
 * @param specification the task's specification S, possibly with extra state variables that only remember
 *                      its last inputs or outputs (they do not change what it computes)
 * @param abstraction   one expression per state variable of P, over S's state variables
 * @param reachable     an inductive invariant containing S's reachable states
 * @param claim         one line saying what the refinement establishes, for the proof's header and reports
 * @param properties    theorems the task declares of its specification ({@link org.mips.spi.task.Task#properties()}),
 *                      which the program inherits through the refinement; the prover proves them in the same proof
 */
public record Refinement(String name, Program program, Program specification, List<Expr> abstraction, Reachable reachable,
        String claim, List<Property> properties) implements Obligation {

    /** A refinement with nothing to prove beyond the equal outputs. */
    public Refinement(String name, Program program, Program specification, List<Expr> abstraction, Reachable reachable, String claim) {
        this(name, program, specification, abstraction, reachable, claim, List.of());
    }

    public Refinement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(specification, "specification");
        abstraction = List.copyOf(abstraction);
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(claim, "claim");
        properties = List.copyOf(properties);
        if (abstraction.size() != program.state().size()) {
            throw new IllegalArgumentException("refinement: " + abstraction.size() + " abstraction expressions for "
                    + program.state().size() + " state variables");
        }
        if (program.inputs().size() != specification.inputs().size() || program.outputs().size() != specification.outputs().size()) {
            throw new IllegalArgumentException("refinement: the program and the specification have different inputs or outputs");
        }
        List<Reachable.Box> boxes = reachable instanceof Reachable.Box box ? List.of(box)
                : reachable instanceof Reachable.Union union ? union.boxes() : List.of();
        for (Reachable.Box box : boxes) {
            if (box.intervals().size() != specification.state().size()) {
                throw new IllegalArgumentException("refinement: " + box.intervals().size() + " intervals for "
                        + specification.state().size() + " specification state variables");
            }
        }
    }
}
