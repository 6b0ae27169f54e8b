package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.TableAgreement;
import org.mips.spi.represent.StateMachine;

/**
 * Runs the real dafny (CI installs it) on proofs beyond the prover contract ({@link DafnyProverContractTest}):
 * richer invariants, floor arithmetic, tables, the adder's arithmetic reading.
 */
class DafnyProverTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private static Program program(String name, long min, long max, List<StateVariable> state, String output) {
        return new Program(name, List.of(new Input("x", min, max)), state, List.of(new Output("y", ExprSyntax.parse(output))));
    }

    private static StateVariable var(String name, long initial, String next) {
        return new StateVariable(name, initial, ExprSyntax.parse(next));
    }

    private static List<Expr> exprs(String... texts) {
        return List.of(texts).stream().map(ExprSyntax::parse).toList();
    }

    private static final Program ADD_MOD_3 = program("add_mod_3", 0, 2, List.of(var("s", 0, "(s + x) % 3")), "s");
    private static final Reachable THREE = new Reachable.States(List.of(List.of(0L), List.of(1L), List.of(2L)));

    /** The reference's example: the state stored mirrored, {@code a = 2 - s}. */
    private static Refinement mirrored(String output) {
        Program program = program("Add_Mod_3", 0, 2, List.of(var("a", 2, "(a - x) % 3")), output);
        return new Refinement("Add_Mod_3", program, ADD_MOD_3, exprs("2 - s"), THREE, "the program computes the sum mod 3");
    }

    @Test
    void aBoxThatIsNotInductiveFailsTheProof() {
        Program sum = program("sum", 0, 99, List.of(var("s", 0, "s + x")), "s");
        Reachable tooTight = new Reachable.Box(List.of(new Reachable.Interval(OptionalLong.of(0), OptionalLong.of(1000))));
        ProofResult result = new DafnyProver().prove(new Refinement("Sum_All", sum, sum, exprs("s"), tooTight, "sums"), TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, result.status(), result.source());
    }

    @Test
    void provesFloorModuloOnNegativeValuesAndAMemorylessProgram() {
        Program spec = program("spec", -9, 9, List.of(), "x % 4 + x // 3");
        Program prog = program("Mod", -9, 9, List.of(), "(x + 8) % 4 + (x + 9) // 3 - 3");
        ProofResult result = new DafnyProver().prove(new Refinement("Mod", prog, spec, List.of(), new Reachable.States(List.of(List.of())),
                "floor semantics"), TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail() + "\n" + result.source());
    }

    @Test
    void provesAnExplicitlyListedStateSetWithTwoInputs() {
        // The shape that once sent Z3 searching: a listed invariant over two remembered inputs.
        List<Input> bits = List.of(new Input("a", 0, 1), new Input("b", 0, 1));
        Program spec = new Program("and", bits, List.of(var("last_a", 0, "a"), var("last_b", 0, "b")),
                List.of(new Output("y", ExprSyntax.parse("a and b"))));
        Program prog = new Program("Bitwise_And", bits, List.of(var("z0", 0, "a + b")), List.of(new Output("y", ExprSyntax.parse("z0 == 2"))));
        Reachable four = new Reachable.States(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(1L, 0L), List.of(1L, 1L)));
        ProofResult result = new DafnyProver().prove(new Refinement("Bitwise_And", prog, spec, exprs("last_a + last_b"), four, "and"),
                TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail() + "\n" + result.source());
    }

    @Test
    void provesTheSynthesizedRippleCarryAdderAddsModuloTwoToTheN() {
        List<Input> bits = List.of(new Input("a", 0, 1), new Input("b", 0, 1));
        Program spec = new Program("binary_addition", bits, List.of(var("digit", 0, "(a + b + carry) % 2"),
                var("carry", 0, "(a + b + carry) // 2")), List.of(new Output("y", ExprSyntax.parse("digit"))));
        List<Input> xs = List.of(new Input("x0", 0, 1), new Input("x1", 0, 1));
        Program prog = new Program("Binary_Addition", xs, List.of(var("b0", 0, "b0 + x0 + x1 > 1"), var("b1", 0, "b0 ^ x0 ^ x1")),
                List.of(new Output("y", ExprSyntax.parse("b1"))));
        Reachable four = new Reachable.States(List.of(List.of(0L, 0L), List.of(1L, 0L), List.of(0L, 1L), List.of(1L, 1L)));
        Refinement refinement = new Refinement("Binary_Addition", prog, spec, exprs("carry", "digit"), four, "adds",
                java.util.OptionalInt.of(2));
        ProofResult result = new DafnyProver().prove(refinement, TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail() + "\n" + result.source());
        assertTrue(result.source().contains("ProgramAddsModuloPower(xs: seq<In>)"), result.source());
        assertTrue(result.source().contains("== (Value(FirstInput(xs)) + Value(SecondInput(xs))) % Pow(|xs|)"), result.source());
    }

    @Test
    void provesAThreeHundredEntryTablePrintedAsASearchTree() {
        List<Input> ab = List.of(new Input("a", 0, 19), new Input("b", 0, 14));
        Program spec = new Program("spec", ab, List.of(), List.of(new Output("y", ExprSyntax.parse("(a * 7 + b) % 13"))));
        List<Expr.Entry> entries = new java.util.ArrayList<>();
        for (long a = 0; a <= 19; a++) {
            for (long b = 14; b >= 0; b--) {
                entries.add(new Expr.Entry(List.of(a, b), (a * 7 + b) % 13));
            }
        }
        Expr table = new Expr.Lookup(List.of(Expr.var("a"), Expr.var("b")), entries, 0);
        Program prog = new Program("Table", ab, List.of(), List.of(new Output("y", table)));
        ProofResult result = new DafnyProver().prove(new Refinement("Table", prog, spec, List.of(), new Reachable.States(List.of(List.of())),
                "the table is the formula"), TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail());
        entries.set(17, new Expr.Entry(entries.get(17).key(), entries.get(17).value() + 1));
        Program wrong = new Program("Table", ab, List.of(), List.of(new Output("y", new Expr.Lookup(List.of(Expr.var("a"), Expr.var("b")), entries, 0))));
        assertEquals(ProofResult.Status.FAILED, new DafnyProver().prove(new Refinement("Table", wrong, spec, List.of(),
                new Reachable.States(List.of(List.of())), "one entry off"), TIMEOUT).status());
    }

    /** Parity as a machine read off a network: states 0 and 1, every transition seen. */
    private static TableAgreement parityTables(String next) {
        List<StateMachine.Transition> transitions = new java.util.ArrayList<>();
        for (long s = 0; s <= 1; s++) {
            for (long x = 0; x <= 1; x++) {
                transitions.add(new StateMachine.Transition(List.of(s), List.of(x), List.of(s ^ x), 10));
            }
        }
        StateMachine machine = new StateMachine(List.of("state"), List.of(0L), transitions,
                List.of(new StateMachine.Emission(List.of(0L), List.of(0L), 20), new StateMachine.Emission(List.of(1L), List.of(1L), 20)));
        Program program = program("parity", 0, 1, List.of(var("state", 0, next)), "state");
        return new TableAgreement("parity", program, machine, "the formulas reproduce the tables");
    }

    @Test
    void theTableProofStatesEachRowAsALemma() {
        String source = new DafnyProver().write(parityTables("state ^ x"));
        assertTrue(source.contains("ensures StepP(PState(1), In(1)) == PState(0)"), source);
    }

    @Test
    void withoutDafnyTheProofIsStillWrittenAndTheDetailSaysHowToInstallIt() {
        ProofResult result = new DafnyProver("/nonexistent").prove(mirrored("2 - a"), TIMEOUT);
        assertTrue(result.detail().startsWith("dafny not found"), result.detail());
        assertTrue(result.source().contains("lemma StepsCorrespond"), "the proof is still written");
    }
}
