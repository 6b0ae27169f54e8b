package org.mips.spi.prove;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
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
 * @param claim         one line saying what the proof establishes, for the proof's header and reports
 * @param additionBase  when the specification is a digit-and-carry adder of two base-b numbers (least
 *                      significant digit first, state {@code digit} and {@code carry}), b: the prover then also
 *                      proves that the program's outputs, read as a number, are the inputs' sum modulo b^n
 */
public record Refinement(String name, Program program, Program specification, List<Expr> abstraction, Reachable reachable,
        String claim, OptionalInt additionBase) implements Obligation {

    /** A refinement without an arithmetic reading. */
    public Refinement(String name, Program program, Program specification, List<Expr> abstraction, Reachable reachable, String claim) {
        this(name, program, specification, abstraction, reachable, claim, OptionalInt.empty());
    }

    public Refinement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(specification, "specification");
        abstraction = List.copyOf(abstraction);
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(additionBase, "additionBase");
        if (abstraction.size() != program.state().size()) {
            throw new IllegalArgumentException("refinement: " + abstraction.size() + " abstraction expressions for "
                    + program.state().size() + " state variables");
        }
        if (program.inputs().size() != specification.inputs().size() || program.outputs().size() != specification.outputs().size()) {
            throw new IllegalArgumentException("refinement: the program and the specification have different inputs or outputs");
        }
        if (reachable instanceof Reachable.Box box && box.intervals().size() != specification.state().size()) {
            throw new IllegalArgumentException("refinement: " + box.intervals().size() + " intervals for "
                    + specification.state().size() + " specification state variables");
        }
    }
}
