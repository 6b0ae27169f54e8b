package org.mips.core.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mips.core.extract.MachineCandidates;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.Regressor;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Task;
import org.mips.testkit.ParityTask;

class ProgramChoiceTest {

    private static final Task PARITY = new ParityTask();

    /** Parity_All's machine with its even and odd states labelled {@code even} and {@code odd}, output {@code odd ? 1 - flip : flip}. */
    private static StateMachine parity(long even, long odd, boolean flipped) {
        List<StateMachine.Transition> transitions = new ArrayList<>();
        long[] label = {even, odd};
        for (int s = 0; s < 2; s++) {
            for (int x = 0; x < 2; x++) {
                transitions.add(new StateMachine.Transition(List.of(label[s]), List.of((long) x), List.of(label[s ^ x]), 10));
            }
        }
        long y0 = flipped ? 1 : 0;
        return new StateMachine(List.of("p"), List.of(even), transitions, List.of(new StateMachine.Emission(List.of(even), List.of(y0), 20),
                new StateMachine.Emission(List.of(odd), List.of(1 - y0), 20)));
    }

    /** Knows parity's short formulas over codes 0 and 1, and otherwise writes the exact table. */
    private static final List<Regressor> REGRESSORS = List.of(TestRegressor.knowing("short", "p ^ x", "p"), TestRegressor.of("table",
            (problem, deadline) -> {
                List<Expr.Entry> entries = new ArrayList<>();
                for (int r = 0; r < problem.rows().length; r++) {
                    List<Long> key = new ArrayList<>();
                    for (long v : problem.rows()[r]) {
                        key.add(v);
                    }
                    entries.add(new Expr.Entry(key, problem.targets()[r]));
                }
                return Outcome.found(new Expr.Lookup(problem.variables().stream().<Expr>map(Expr.Var::new).toList(), entries, -1));
            }));

    private static final ProgramAssembler ASSEMBLER = new ProgramAssembler(REGRESSORS, Duration.ofSeconds(5));

    private static StateNumbering numbering(String id, Function<StateMachine, Outcome<NumberedMachine>> body) {
        return new StateNumbering() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test numbering " + id;
            }

            @Override
            public Outcome<NumberedMachine> number(StateMachine machine) {
                return body.apply(machine);
            }
        };
    }

    private static ProgramChoice.Result choose(List<StateNumbering> numberings, StateMachine... machines) {
        List<MachineCandidates.Entry> entries = new ArrayList<>();
        for (int i = 0; i < machines.length; i++) {
            entries.add(new MachineCandidates.Entry("d" + i, machines[i]));
        }
        return new ProgramChoice(ASSEMBLER, ASSEMBLER, numberings, Duration.ofSeconds(5), Duration.ofMinutes(1), 2)
                .choose(PARITY, entries, PARITY.dataset(Task.STANDARD_DATA_SEED).test());
    }

    private static List<String> statuses(ProgramChoice.Result result) {
        return result.candidates().stream().map(c -> c.name() + " " + c.status()).toList();
    }

    @Test
    void aNumberingWhoseFormulasAreShorterThanTheLabelsTableIsChosen() {
        StateNumbering zeroOne = numbering("zero-one", m -> Outcome.found(NumberedMachine.exact(parity(0, 1, false))));
        ProgramChoice.Result result = choose(List.of(zeroOne), parity(5, 9, false));
        assertEquals(List.of("d0 LARGER", "d0+zero-one CHOSEN"), statuses(result));
        assertEquals("p ^ x", result.synthesis().formulas().get(0).formula());
        assertEquals(parity(0, 1, false), result.machine());
        ProgramCandidate labels = result.candidates().get(0);
        assertTrue(labels.size() > result.candidates().get(1).size(), labels.toString());
        assertTrue(labels.reason().startsWith("its lookups have 6 entries, the kept program's 0"), labels.reason());
    }

    @Test
    void theSmallestVerifiedProgramWinsOverASmallerOneThatFailsVerification() {
        StateNumbering wrong = numbering("wrong", m -> Outcome.found(NumberedMachine.exact(parity(0, 1, true))));
        ProgramChoice.Result result = choose(List.of(wrong), parity(5, 9, false));
        assertEquals(List.of("d0 CHOSEN", "d0+wrong FAILS_VERIFICATION"), statuses(result));
        assertTrue(result.candidates().get(1).reason().startsWith("fails on the held-out split"), result.candidates().get(1).reason());
    }

    @Test
    void everyDetectorsMachineIsACandidateAndDuplicatesAreTriedOnce() {
        StateNumbering zeroOne = numbering("zero-one", m -> Outcome.found(NumberedMachine.exact(parity(0, 1, false))));
        ProgramChoice.Result result = choose(List.of(zeroOne), parity(5, 9, false), parity(0, 1, false));
        assertEquals(List.of("d0 LARGER", "d0+zero-one CHOSEN", "d1 DUPLICATE", "d1+zero-one DUPLICATE"), statuses(result));
        assertEquals("the same machine as d0+zero-one", result.candidates().get(2).reason());
    }

    @Test
    void aNumberingThatFindsNothingOrThrowsOnlyLosesItsOwnPlace() {
        StateNumbering none = numbering("none", m -> Outcome.none("no code fits"));
        StateNumbering broken = numbering("broken", m -> {
            throw new IllegalStateException("boom");
        });
        ProgramChoice.Result result = choose(List.of(broken, none), parity(0, 1, false));
        assertEquals(List.of("d0 CHOSEN", "d0+broken FAILED", "d0+none NO_NUMBERING"), statuses(result));
        assertEquals("no code fits", result.candidates().get(2).reason());
        assertTrue(result.candidates().get(1).reason().contains("boom"), result.candidates().get(1).reason());
    }

    @Test
    void whenNothingVerifiesTheChosenRepresentationsProgramIsKeptSoThatVerificationSaysWhy() {
        ProgramChoice.Result result = choose(List.of(), parity(0, 1, true));
        assertEquals(List.of("d0 CHOSEN"), statuses(result));
        assertTrue(result.candidates().get(0).reason().startsWith("no candidate's program passes verification"),
                result.candidates().get(0).reason());
        assertTrue(result.program().isPresent());
    }

    @Test
    void onceTheBudgetHasRunOutOnlyTheChosenRepresentationsMachineIsRegressed() {
        StateNumbering zeroOne = numbering("zero-one", m -> Outcome.found(NumberedMachine.exact(parity(0, 1, false))));
        ProgramChoice.Result result = new ProgramChoice(ASSEMBLER, ASSEMBLER, List.of(zeroOne),
                Duration.ofSeconds(5), Duration.ZERO, 1).choose(PARITY, List.of(new MachineCandidates.Entry("d0", parity(5, 9, false))),
                PARITY.dataset(Task.STANDARD_DATA_SEED).test());
        assertEquals(List.of("d0 CHOSEN", "d0+zero-one NOT_TRIED"), statuses(result));
    }

    @Test
    void anExtrapolatingNumberingSaysWhatItReplaced() {
        StateMachine labels = parity(5, 9, false);
        StateMachine.Transition observed = labels.transitions().get(0);
        StateNumbering extrapolating = numbering("on", m -> Outcome.found(new NumberedMachine(parity(0, 1, false),
                List.of(new NumberedMachine.Extrapolation(observed, List.of(0L), List.of(0L))))));
        ProgramChoice.Result result = choose(List.of(extrapolating), labels);
        assertTrue(result.candidates().get(1).reason().contains("extrapolates 1 observed transition: [0] on [0] goes to [0]"),
                result.candidates().get(1).reason());
    }
}
