package org.mips.spi.prove;

import java.util.Objects;
import org.mips.spi.program.Program;
import org.mips.spi.represent.StateMachine;

/**
 * For data without a specification: the claim that the program's formulas give the extracted machine's
 * initial state, and its next state and output on every state and input the network was observed in.
 * The program's state variables and the machine's correspond by position. This is weaker than a
 * {@link Refinement}: it says nothing of states the network was not seen in.
 *
 * @param name    a name for the proof module
 * @param program the synthesized program
 * @param machine the state machine read off the network's hidden states
 * @param claim   one line saying what the proof establishes
 */
public record TableAgreement(String name, Program program, StateMachine machine, String claim) implements Obligation {

    public TableAgreement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(claim, "claim");
        if (machine.variables().size() != program.state().size()) {
            throw new IllegalArgumentException("table agreement: the machine has " + machine.variables().size()
                    + " variables, the program " + program.state().size());
        }
    }
}
