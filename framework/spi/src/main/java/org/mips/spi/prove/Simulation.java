package org.mips.spi.prove;

import java.util.List;
import java.util.Objects;
import org.mips.spi.program.Program;

/**
 * The claim of a {@link Refinement} (equal outputs on every input sequence of every length) for a program
 * whose state is no function of the specification's: it keeps the same information in an encoding of its
 * own, a congruent one (a sum modulo 6 where the specification keeps it modulo 3) or one that splits a
 * state of the specification in two. The proof is by a relation instead of a function:
 * <ol>
 *   <li>the initial states are related;</li>
 *   <li>from every related pair, every allowed input leads to a related pair, and the two outputs of that
 *       step are equal;</li>
 *   <li>by induction on the length, both emit the same outputs.</li>
 * </ol>
 * The relation is listed: the pairs of states the two machines reach together on one input sequence (the
 * reachable part of their product), so it exists only when that part is finite.
 *
 * @param name          a name for the proof module, e.g. the task id
 * @param program       the synthesized program P
 * @param specification the task's specification S
 * @param related       the related pairs, the initial pair among them
 * @param claim         one line saying what the proof establishes
 * @param properties    theorems the task declares of its specification; a relation does not carry them over to
 *                      the program, so a prover names them as not proven
 */
public record Simulation(String name, Program program, Program specification, List<Pair> related, String claim,
        List<Property> properties) implements Obligation {

    /** A state of the specification and a state of the program, values in their state order. */
    public record Pair(List<Long> specification, List<Long> program) {
        public Pair {
            specification = List.copyOf(specification);
            program = List.copyOf(program);
        }
    }

    public Simulation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(claim, "claim");
        related = List.copyOf(related);
        properties = List.copyOf(properties);
        if (related.isEmpty()) {
            throw new IllegalArgumentException("simulation: no related pair (the initial states are always one)");
        }
        if (program.inputs().size() != specification.inputs().size() || program.outputs().size() != specification.outputs().size()) {
            throw new IllegalArgumentException("simulation: the program and the specification have different inputs or outputs");
        }
        for (Pair pair : related) {
            if (pair.specification().size() != specification.state().size() || pair.program().size() != program.state().size()) {
                throw new IllegalArgumentException("simulation: the pair " + pair + " does not fit the two states");
            }
        }
    }
}
