package org.mips.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.TableAgreement;
import org.mips.spi.represent.StateMachine;

/**
 * Small proof obligations for the prover contract: true ones a prover must prove and false ones, each a
 * slip a synthesized program could make, that it must never prove.
 */
public final class ContractObligations {

    private static final Program ADD_MOD_3 = program("add_mod_3", List.of(state("s", 0, "(s + x) % 3")), "s");
    private static final Reachable THREE = new Reachable.States(List.of(List.of(0L), List.of(1L), List.of(2L)));

    private ContractObligations() {
    }

    /** The sum of the inputs modulo 3, computed by a program that keeps the state mirrored ({@code a = 2 - s}). */
    public static Refinement mirroredCounter() {
        return mirrored("2 - a", "2 - s", THREE);
    }

    /** As {@link #mirroredCounter} with an output that is off by one. */
    public static Refinement mirroredCounterWrongOutput() {
        return mirrored("1 - a", "2 - s", THREE);
    }

    /** As {@link #mirroredCounter} with an abstraction that does not relate the states. */
    public static Refinement mirroredCounterWrongAbstraction() {
        return mirrored("2 - a", "s", THREE);
    }

    /** As {@link #mirroredCounter} with an invariant that leaves out a reachable state, so it is not inductive. */
    public static Refinement mirroredCounterWrongInvariant() {
        return mirrored("2 - a", "2 - s", new Reachable.States(List.of(List.of(0L), List.of(1L))));
    }

    /** An unbounded running sum stored with an offset, with a one-sided interval as its invariant. */
    public static Refinement offsetSum() {
        Program sum = new Program("sum", List.of(new Input("x", 0, 9)), List.of(state("s", 0, "s + x")),
                List.of(new Output("y", ExprSyntax.parse("s"))));
        Program program = new Program("Sum_All", List.of(new Input("x", 0, 9)), List.of(state("t", 5, "t + x")),
                List.of(new Output("y", ExprSyntax.parse("t - 5"))));
        Reachable nonNegative = new Reachable.Box(List.of(new Reachable.Interval(OptionalLong.of(0), OptionalLong.empty())));
        return new Refinement("Sum_All", program, sum, List.of(ExprSyntax.parse("s + 5")), nonNegative,
                "the program outputs the running sum of its inputs");
    }

    /** Parity as a machine read off a network, and formulas that reproduce its tables. */
    public static TableAgreement parityTables() {
        return parityTables("state ^ x");
    }

    /** Formulas that miss a row of the parity machine's tables. */
    public static TableAgreement parityTablesWrong() {
        return parityTables("state or x");
    }

    private static Refinement mirrored(String output, String abstraction, Reachable reachable) {
        Program program = new Program("Add_Mod_3", List.of(new Input("x", 0, 2)), List.of(state("a", 2, "(a - x) % 3")),
                List.of(new Output("y", ExprSyntax.parse(output))));
        return new Refinement("Add_Mod_3", program, ADD_MOD_3, List.of(ExprSyntax.parse(abstraction)), reachable,
                "the program outputs the sum of its inputs modulo 3");
    }

    private static TableAgreement parityTables(String next) {
        List<StateMachine.Transition> transitions = new ArrayList<>();
        for (long s = 0; s <= 1; s++) {
            for (long x = 0; x <= 1; x++) {
                transitions.add(new StateMachine.Transition(List.of(s), List.of(x), List.of(s ^ x), 10));
            }
        }
        StateMachine machine = new StateMachine(List.of("state"), List.of(0L), transitions,
                List.of(new StateMachine.Emission(List.of(0L), List.of(0L), 20), new StateMachine.Emission(List.of(1L), List.of(1L), 20)));
        Program program = new Program("parity", List.of(new Input("x", 0, 1)), List.of(state("state", 0, next)),
                List.of(new Output("y", Expr.var("state"))));
        return new TableAgreement("parity", program, machine, "the formulas reproduce the machine's tables");
    }

    private static Program program(String name, List<StateVariable> state, String output) {
        return new Program(name, List.of(new Input("x", 0, 2)), state, List.of(new Output("y", ExprSyntax.parse(output))));
    }

    private static StateVariable state(String name, long initial, String next) {
        return new StateVariable(name, initial, ExprSyntax.parse(next));
    }
}
