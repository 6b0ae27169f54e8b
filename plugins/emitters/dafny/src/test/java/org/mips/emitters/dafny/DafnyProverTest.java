package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;
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

    /** The pairs (s, p) with p = 0..5 and s = p mod 3: a program that keeps the sum modulo 6 beside Add_Mod_3. */
    private static List<Simulation.Pair> congruentPairs() {
        return java.util.stream.LongStream.range(0, 6).mapToObj(p -> new Simulation.Pair(List.of(p % 3), List.of(p))).toList();
    }

    @Test
    void provesACongruentEncodingByTheRelationOfThePairsBothReach() {
        Program prog = program("Mod6", 0, 2, List.of(var("p", 0, "(p + x) % 6")), "p % 3");
        ProofResult result = new DafnyProver().prove(new Simulation("Mod6", prog, ADD_MOD_3, congruentPairs(), "sums", List.of()), TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail() + "\n" + result.source());
        assertTrue(result.source().contains("predicate {:opaque} Rel(s: SState, p: PState) {\n  (s == SState(0) && p == PState(0))\n"),
                result.source());
    }

    @Test
    void aRelationWithAWrongProgramOrAPairMissingFailsTheProof() {
        Program wrong = program("Mod6", 0, 2, List.of(var("p", 0, "(p + x) % 6")), "p % 2");
        ProofResult outputs = new DafnyProver().prove(new Simulation("Mod6", wrong, ADD_MOD_3, congruentPairs(), "sums", List.of()), TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, outputs.status(), outputs.source());
        Program prog = program("Mod6", 0, 2, List.of(var("p", 0, "(p + x) % 6")), "p % 3");
        ProofResult notClosed = new DafnyProver().prove(new Simulation("Mod6", prog, ADD_MOD_3, congruentPairs().subList(0, 5), "sums",
                List.of()), TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, notClosed.status(), notClosed.source());
    }

    @Test
    void aUnionOfBoxesProvesWhatOneBoxCannot() {
        // Balanced_Parenthesis: the program's c is 1 once the prefix went wrong, minus the depth before.
        Program spec = program("spec", 0, 1, List.of(var("depth", 0, "depth + 1 - 2 * x"),
                var("valid", 1, "valid and depth + 1 - 2 * x >= 0")), "valid and depth == 0");
        Program prog = program("Balanced", 0, 1, List.of(var("c", 0, "c + (x - (x == (c == 1)))")), "not c");
        Reachable.Interval any = new Reachable.Interval(OptionalLong.empty(), OptionalLong.empty());
        Reachable.Interval invalid = new Reachable.Interval(OptionalLong.of(0), OptionalLong.of(0));
        Reachable.Interval valid = new Reachable.Interval(OptionalLong.of(1), OptionalLong.of(1));
        Reachable.Interval nonNegative = new Reachable.Interval(OptionalLong.of(0), OptionalLong.empty());
        Reachable union = new Reachable.Union(List.of(new Reachable.Box(List.of(any, invalid)), new Reachable.Box(List.of(nonNegative, valid))));
        ProofResult proven = new DafnyProver().prove(new Refinement("Balanced", prog, spec, exprs("-(depth if valid else -1)"), union, "balanced"),
                TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, proven.status(), proven.detail() + "\n" + proven.source());
        assertTrue(proven.source().contains("  (s.s_valid == 0)\n  || (0 <= s.s_depth && s.s_valid == 1)\n"), proven.source());
        Reachable box = new Reachable.Box(List.of(any, new Reachable.Interval(OptionalLong.of(0), OptionalLong.of(1))));
        ProofResult failed = new DafnyProver().prove(new Refinement("Balanced", prog, spec, exprs("-(depth if valid else -1)"), box, "balanced"),
                TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, failed.status(), failed.source());
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

    private static final List<Input> BITS = List.of(new Input("a", 0, 1), new Input("b", 0, 1));
    /** The binary adder as Binary_Addition specifies it, with names of its own: the theorem reads them from the property. */
    private static final Program ADDER = new Program("binary_addition", BITS, List.of(var("s", 0, "(a + b + c) % 2"),
            var("c", 0, "(a + b + c) // 2")), List.of(new Output("y", ExprSyntax.parse("s"))));
    private static final Reachable FOUR = new Reachable.States(List.of(List.of(0L, 0L), List.of(1L, 0L), List.of(0L, 1L), List.of(1L, 1L)));

    private static Refinement ripple(Property... properties) {
        List<Input> xs = List.of(new Input("x0", 0, 1), new Input("x1", 0, 1));
        Program prog = new Program("Binary_Addition", xs, List.of(var("b0", 0, "b0 + x0 + x1 > 1"), var("b1", 0, "b0 ^ x0 ^ x1")),
                List.of(new Output("y", ExprSyntax.parse("b1"))));
        return new Refinement("Binary_Addition", prog, ADDER, exprs("c", "s"), FOUR, "adds", List.of(properties));
    }

    @Test
    void provesTheSynthesizedRippleCarryAdderAddsModuloTwoToTheN() {
        Property sum = new Property.SumOfInputs(2, "c");
        ProofResult result = new DafnyProver().prove(ripple(sum), TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, result.status(), result.detail() + "\n" + result.source());
        assertEquals(List.of(sum), result.covered());
        assertEquals(List.of(), result.unproven());
        assertTrue(result.source().contains("// And " + sum.statement() + "."), result.source());
        assertTrue(result.source().contains("ProgramAddsModuloPower(xs: seq<In>)"), result.source());
        assertTrue(result.source().contains("== (Value(FirstInput(xs)) + Value(SecondInput(xs))) % Pow(|xs|)"), result.source());
    }

    @Test
    void aFalseSumFailsTheProof() {
        // Exclusive or: the same shape as the adder, but it never carries.
        Program xor = new Program("xor", BITS, List.of(var("s", 0, "(a + b) % 2"), var("c", 0, "0")),
                List.of(new Output("y", ExprSyntax.parse("s"))));
        Refinement refinement = new Refinement("Xor", xor, xor, exprs("s", "c"), new Reachable.States(List.of(List.of(0L, 0L),
                List.of(1L, 0L))), "xors", List.of(new Property.SumOfInputs(2, "c")));
        ProofResult result = new DafnyProver().prove(refinement, TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, result.status(), result.detail() + "\n" + result.source());
        Refinement alone = new Refinement("Xor", xor, xor, refinement.abstraction(), refinement.reachable(), "xors");
        assertEquals(ProofResult.Status.PROVEN, new DafnyProver().prove(alone, TIMEOUT).status(), "only the sum is false");
    }

    @Test
    void aSumTheSpecificationCannotStateIsReportedNotProven() {
        Property ternary = new Property.SumOfInputs(3, "c");
        Property noCarry = new Property.SumOfInputs(2, "carry");
        Refinement refinement = ripple(ternary, noCarry);
        ProofResult verdict = DafnyProver.withProperties(new ProofResult(ProofResult.Status.PROVEN, "verified", ""), refinement);
        assertEquals(List.of(), verdict.covered());
        assertEquals(List.of(new ProofResult.Unproven(ternary, "input a is not a base-3 digit (0..2)"),
                new ProofResult.Unproven(noCarry, "the specification has no state variable 'carry' to carry with")), verdict.unproven());
        String source = new DafnyProver().write(refinement);
        assertTrue(source.contains("// Not proven here: " + ternary.statement() + " (input a is not a base-3 digit (0..2))."), source);
        assertFalse(source.contains("ProgramAddsModuloPower"), source);
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

    /** {@code state := (x - state) % 3} read off as a table of three states; {@code wrongRow} off by one in one row, or -1. */
    private static TableAgreement modularTables(int wrongRow) {
        List<StateMachine.Transition> transitions = new java.util.ArrayList<>();
        for (long s = 0; s <= 2; s++) {
            for (long x = 0; x <= 1; x++) {
                long next = Math.floorMod(x - s, 3) + (transitions.size() == wrongRow ? 1 : 0);
                transitions.add(new StateMachine.Transition(List.of(s), List.of(x), List.of(next), 10));
            }
        }
        List<StateMachine.Emission> emissions = java.util.stream.LongStream.rangeClosed(0, 2)
                .mapToObj(s -> new StateMachine.Emission(List.of(s), List.of(s), 20)).toList();
        Program program = program("mod3", 0, 1, List.of(var("state", 0, "(x - state) % 3")), "state");
        return new TableAgreement("mod3", program, new StateMachine(List.of("state"), List.of(0L), transitions, emissions), "tables");
    }

    @Test
    void aModuloTableIsCheckedAndAWrongRowRefutedWithLinearArithmeticAlone() {
        // Z3's nonlinear arithmetic searched past 300 s on these six rows; the prover must not fall back to it here.
        ProofResult proven = new DafnyProver().prove(modularTables(-1), TIMEOUT);
        assertEquals(ProofResult.Status.PROVEN, proven.status(), proven.detail() + "\n" + proven.source());
        ProofResult refuted = new DafnyProver().prove(modularTables(5), TIMEOUT);
        assertEquals(ProofResult.Status.FAILED, refuted.status(), refuted.source());
        assertTrue(refuted.detail().startsWith("dafny exit 4: "), refuted.detail());
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
