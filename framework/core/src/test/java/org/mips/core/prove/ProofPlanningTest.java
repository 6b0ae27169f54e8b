package org.mips.core.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.mips.core.regress.FormulaFitter;
import org.mips.core.regress.TestRegressor;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

class ProofPlanningTest {

    private static Regressor regressor(String id, java.util.function.Function<RegressionProblem, Outcome<Expr>> body) {
        return TestRegressor.of(id, (problem, deadline) -> body.apply(problem));
    }

    /** Knows a few formulas: enough to fit abstractions without the plugins. */
    private static final Regressor FORMULAS = regressor("formulas", problem -> {
        for (String column : problem.variables()) {
            for (String text : List.of(column, "1 - " + column, "2 - " + column)) {
                Expr expr = ExprSyntax.parse(text);
                if (exact(expr, problem)) {
                    return Outcome.found(expr);
                }
            }
        }
        return Outcome.none("no formula of the list fits");
    });

    private static final FormulaFitter FITTER = new FormulaFitter(List.of(FORMULAS), Duration.ofSeconds(10));

    private static boolean exact(Expr expr, RegressionProblem problem) {
        var f = Interpreter.compile(expr, problem.variables());
        for (int r = 0; r < problem.rows().length; r++) {
            if (f.applyAsLong(problem.rows()[r]) != problem.targets()[r]) {
                return false;
            }
        }
        return true;
    }

    private static Program program(String name, long min, long max, List<StateVariable> state, String output) {
        return new Program(name, List.of(new Input("x", min, max)), state, List.of(new Output("y", ExprSyntax.parse(output))));
    }

    private static StateVariable var(String name, long initial, String next) {
        return new StateVariable(name, initial, ExprSyntax.parse(next));
    }

    private static final Program ADD_MOD_3 = program("spec", 0, 2, List.of(var("s", 0, "(s + x) % 3")), "s");

    @Test
    void theRememberedOutputIsTheOutputOfTheUpdatedState() {
        Program remembering = Remembering.of(program("spec", 0, 9, List.of(var("s", 0, "s + x")), "s * 2 + x"), 3);
        assertEquals(List.of("s", "last_x", "last_y", "steps"), remembering.state().stream().map(StateVariable::name).toList());
        assertEquals("min(steps + 1, 3)", ExprSyntax.format(remembering.state().get(3).next()));
        assertEquals("(s + x) * 2 + x", ExprSyntax.format(remembering.state().get(2).next()));
        long[][] ys = remembering.run(new long[][] {{3}, {4}});
        assertEquals(9, ys[0][0]);
    }

    @Test
    void aMirroredStateIsMappedByAFittedAbstraction() {
        Program mirrored = program("prog", 0, 2, List.of(var("a", 2, "(a - x) % 3")), "2 - a");
        SideBySide pairs = SideBySide.run(Remembering.of(ADD_MOD_3, Remembering.MAX_STEPS), mirrored, 50, 20, 1);
        var found = AbstractionSearch.find(ADD_MOD_3, mirrored, pairs, FITTER).toOptional().orElseThrow();
        assertEquals(List.of("2 - s"), found.expressions().stream().map(ExprSyntax::format).toList());
        assertEquals(List.of("s"), found.specification().state().stream().map(StateVariable::name).toList(),
                "no remembered variable is kept when none is read");
    }

    @Test
    void aProgramThatKeepsItsLastInputIsMappedToTheRememberedInput() {
        Program spec = program("spec", 0, 3, List.of(var("lag0", 0, "x"), var("lag1", 0, "lag0")), "lag1 == lag0");
        Program prog = program("prog", 0, 3, List.of(var("seen", 0, "x"), var("same", 0, "seen == x")), "same");
        SideBySide pairs = SideBySide.run(Remembering.of(spec, Remembering.MAX_STEPS), prog, 50, 20, 1);
        var outcome = AbstractionSearch.find(spec, prog, pairs, FITTER);
        var found = outcome.toOptional().orElseThrow(() -> new AssertionError(outcome.toString()));
        assertEquals(List.of("lag0", "last_y"), found.expressions().stream().map(ExprSyntax::format).toList());
        assertEquals(List.of("lag0", "lag1", "last_y"), found.specification().state().stream().map(StateVariable::name).toList());
    }

    @Test
    void aVariableThatIsNoFunctionOfTheSpecificationIsReported() {
        Program prog = program("prog", 0, 2, List.of(var("count", 0, "count + 1")), "0");
        SideBySide pairs = SideBySide.run(Remembering.of(ADD_MOD_3, Remembering.MAX_STEPS), prog, 50, 20, 1);
        Outcome<AbstractionSearch.Abstraction> outcome = AbstractionSearch.find(ADD_MOD_3, prog, pairs, FITTER);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(outcome.toString().contains("'count' is not a function"), outcome.toString());
    }

    @Test
    void aStartStateKeptApartIsMappedWithTheStepCount() {
        // The program's start state 3 behaves like 0 but is a state of its own, as a clustered network's may be.
        Program prog = program("prog", 0, 2, List.of(var("a", 3, "(a % 3 + x) % 3")), "a % 3");
        SideBySide pairs = SideBySide.run(Remembering.of(ADD_MOD_3, Remembering.MAX_STEPS), prog, 50, 20, 1);
        Regressor table = regressor("start", problem -> {
            Expr expr = ExprSyntax.parse("s if steps else 3");
            return exact(expr, problem) ? Outcome.found(expr) : Outcome.none("not s-or-3");
        });
        var found = AbstractionSearch.find(ADD_MOD_3, prog, pairs, new FormulaFitter(List.of(table), Duration.ofSeconds(10)))
                .toOptional().orElseThrow();
        assertEquals(List.of("s if steps else 3"), found.expressions().stream().map(ExprSyntax::format).toList());
        assertEquals("min(steps + 1, 1)", ExprSyntax.format(found.specification().state().get(1).next()), "the smallest cap");
    }

    @Test
    void theTasksPropertiesArePassedOnAsDeclared() {
        List<Property> declared = List.of(new Property.SumOfInputs(3, "s"));
        Refinement refinement = (Refinement) new ProofPlanner(FITTER).plan(new SpecifiedTask(ADD_MOD_3, declared), ADD_MOD_3)
                .toOptional().orElseThrow();
        assertEquals(declared, refinement.properties());
        assertFalse(refinement.claim().contains("sum"), "the claim is the refinement's; a property is claimed once proven");
    }

    @Test
    void anAdderThatDeclaresNothingGetsNoPropertyWhateverItsNames() {
        List<Input> digits = List.of(new Input("a", 0, 4), new Input("b", 0, 4));
        Program adder = new Program("base_5_addition", digits, List.of(var("digit", 0, "(a + b + carry) % 5"),
                var("carry", 0, "(a + b + carry) // 5")), List.of(new Output("y", ExprSyntax.parse("digit"))));
        Refinement refinement = (Refinement) new ProofPlanner(FITTER).plan(new SpecifiedTask(adder, List.of()), adder)
                .toOptional().orElseThrow();
        assertEquals(List.of(), refinement.properties());
    }

    /** A task that is only a specification and the properties it declares. */
    private record SpecifiedTask(Program spec, List<Property> declared) implements Task {
        @Override public String id() { return spec.name(); }
        @Override public List<String> aliases() { return List.of(); }
        @Override public String description() { return "a specification"; }
        @Override public int inputDimension() { return spec.inputs().size(); }
        @Override public long inputMin() { return spec.inputs().get(0).min(); }
        @Override public long inputMax() { return spec.inputs().get(0).max(); }
        @Override public int outputDimension() { return spec.outputs().size(); }
        @Override public int sequenceLength() { return 10; }
        @Override public double trainFraction() { return 0.5; }
        @Override public int defaultSteps() { return 1; }
        @Override public Dataset dataset(long seed) { throw new UnsupportedOperationException("no data"); }
        @Override public Optional<Program> specification() { return Optional.of(spec); }
        @Override public List<Property> properties() { return declared; }
    }

    @Test
    void aSmallMachineIsExploredExactly() {
        Reachable reachable = ReachableSearch.find(ADD_MOD_3, 20, 1);
        assertEquals(new Reachable.States(List.of(List.of(0L), List.of(1L), List.of(2L))), reachable);
    }

    @Test
    void aRunningSumGetsABoxOpenAbove() {
        Reachable reachable = ReachableSearch.find(program("sum", 0, 99, List.of(var("s", 0, "s + x")), "s"), 20, 1);
        assertEquals(new Reachable.Box(List.of(new Reachable.Interval(OptionalLong.of(0), OptionalLong.empty()))), reachable);
    }

    @Test
    void aCongruentEncodingIsProvenByTheRelationOfThePairsBothReach() {
        // The program keeps the sum modulo 6, the specification modulo 3: no function maps s to p.
        Program prog = program("prog", 0, 2, List.of(var("p", 0, "(p + x) % 6")), "p % 3");
        Obligation obligation = new ProofPlanner(FITTER).plan(new SpecifiedTask(ADD_MOD_3, List.of()), prog).toOptional().orElseThrow();
        Simulation simulation = assertInstanceOf(Simulation.class, obligation);
        assertEquals(6, simulation.related().size(), simulation.related()::toString);
        simulation.related().forEach(pair -> assertEquals(pair.specification().get(0), pair.program().get(0) % 3, pair::toString));
        assertEquals(new Simulation.Pair(List.of(0L), List.of(0L)), simulation.related().get(0));
    }

    @Test
    void aPermutedEncodingIsStillMappedByAFunction() {
        // The sum's residues in the reverse order: p = 2 - s.
        Program prog = program("prog", 0, 2, List.of(var("p", 2, "(p - x) % 3")), "2 - p");
        Obligation obligation = new ProofPlanner(FITTER).plan(new SpecifiedTask(ADD_MOD_3, List.of()), prog).toOptional().orElseThrow();
        assertEquals("2 - s", ExprSyntax.format(assertInstanceOf(Refinement.class, obligation).abstraction().get(0)));
    }

    @Test
    void aWrongProgramGetsNoRelationAndTheReasonSaysWhere() {
        Program prog = program("prog", 0, 2, List.of(var("p", 0, "(p + x) % 6")), "p % 2");
        Outcome<Obligation> outcome = new ProofPlanner(FITTER).plan(new SpecifiedTask(ADD_MOD_3, List.of()), prog);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(outcome.toString().contains("the program emits [0] where the specification emits [2], on input [2]"), outcome.toString());
    }

    @Test
    void aFlagBesideACountSplitsTheBoxByTheFlagsValue() {
        // Balanced parentheses: while the prefix is valid the depth is never negative; afterwards it is anything.
        Program balanced = program("balanced", 0, 1, List.of(var("depth", 0, "depth + 1 - 2 * x"),
                var("valid", 1, "valid and depth + 1 - 2 * x >= 0")), "valid and depth == 0");
        Reachable reachable = ReachableSearch.find(balanced, 20, 1);
        Reachable.Interval any = new Reachable.Interval(OptionalLong.empty(), OptionalLong.empty());
        assertEquals(new Reachable.Union(List.of(
                new Reachable.Box(List.of(any, new Reachable.Interval(OptionalLong.of(0), OptionalLong.of(0)))),
                new Reachable.Box(List.of(new Reachable.Interval(OptionalLong.of(0), OptionalLong.empty()),
                        new Reachable.Interval(OptionalLong.of(1), OptionalLong.of(1)))))), reachable);
        assertEquals("boxes: [-inf, inf], [0, 0] or [0, inf], [1, 1]", Proving.describe(reachable));
    }

    @Test
    void aDelayLineOverALargeAlphabetGetsTheAlphabetAsItsBox() {
        Reachable reachable = ReachableSearch.find(program("prev", -100, 99, List.of(var("lag0", 0, "x")), "lag0"), 20, 1);
        assertEquals(new Reachable.Box(List.of(new Reachable.Interval(OptionalLong.of(-100), OptionalLong.of(99)))), reachable);
    }
}
