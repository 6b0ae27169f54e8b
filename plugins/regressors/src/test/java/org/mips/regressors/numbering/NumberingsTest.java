package org.mips.regressors.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.represent.StateMachine;
import org.mips.testkit.ContractMachines;

class NumberingsTest {

    @Test
    void residueRecoversTwoSPlusXModThreeFromARelabelledMachine() {
        StateMachine numbered = found(new ResidueNumbering().number(ContractMachines.residue()));
        assertEquals(List.of("r"), numbered.variables());
        assertEquals(List.of(0L), numbered.initial());
        for (StateMachine.Transition t : numbered.transitions()) {
            long r = t.state().get(0);
            long x = t.input().get(0);
            assertEquals((2 * r + x) % 3, t.next().get(0), "next of " + r + " on " + x);
        }
        assertEquals(3, numbered.emissions().size());
        numbered.emissions().forEach(e -> assertEquals(e.state(), e.output(), "y = r"));
    }

    @Test
    void residueOfTwoInputsIsTheirSumModFour() {
        StateMachine numbered = found(new ResidueNumbering().number(ContractMachines.twoInputSum()));
        for (StateMachine.Transition t : numbered.transitions()) {
            assertEquals((t.state().get(0) + t.input().get(0) + t.input().get(1)) % 4, t.next().get(0));
        }
    }

    @Test
    void counterNumbersAMajorityChainAsOnesMinusZeros() {
        StateMachine numbered = found(new CounterNumbering().number(ContractMachines.counter(8)));
        assertEquals(List.of("c"), numbered.variables());
        for (StateMachine.Transition t : numbered.transitions()) {
            assertEquals(t.state().get(0) + 2 * t.input().get(0) - 1, t.next().get(0));
        }
        numbered.emissions().forEach(e -> assertEquals(e.state().get(0) > 0 ? 1L : 0L, e.output().get(0)));
        assertEquals(17, numbered.emissions().size(), "counts -8..8");
    }

    @Test
    void aSaturatedCountIsExtrapolatedOneStepPastEachEnd() {
        NumberedMachine numbered = ((Outcome.Found<NumberedMachine>) new CounterNumbering().number(
                ContractMachines.saturatingCounter(4))).value();
        assertEquals(2, numbered.extrapolated().size(), numbered.extrapolated().toString());
        assertEquals(List.of(List.of(-4L), List.of(4L)), numbered.extrapolated().stream().map(NumberedMachine.Extrapolation::from).toList());
        assertEquals(List.of(List.of(-5L), List.of(5L)), numbered.extrapolated().stream().map(NumberedMachine.Extrapolation::to).toList());
        for (StateMachine.Transition t : numbered.machine().transitions()) {
            assertEquals(t.state().get(0) + 2 * t.input().get(0) - 1, t.next().get(0), t.toString());
        }
    }

    @Test
    void aDeadStateKeepsItsCodeAndTheDepthGoesOnPastTheLimit() {
        NumberedMachine numbered = ((Outcome.Found<NumberedMachine>) new CounterNumbering().number(
                ContractMachines.bracketDepth(4))).value();
        // Counted up on a closing bracket: depth 0 is code 0, the dead state code 1 (closing at depth 0), depth d code -d.
        assertEquals(1, numbered.extrapolated().size(), numbered.extrapolated().toString());
        assertEquals(List.of(-5L), numbered.extrapolated().get(0).to());
        for (StateMachine.Transition t : numbered.machine().transitions()) {
            long c = t.state().get(0);
            assertEquals(c == 1 ? 1 : c + 2 * t.input().get(0) - 1, t.next().get(0), t.toString());
        }
    }

    @Test
    void aResidueIsNotACounterThatWrapsAround() {
        assertInstanceOf(Outcome.None.class, new CounterNumbering().number(ContractMachines.twoInputSum()));
    }

    @Test
    void counterRefusesAResidue() {
        assertInstanceOf(Outcome.None.class, new CounterNumbering().number(ContractMachines.residue()));
    }

    @Test
    void carryNumbersBaseThreeAdditionByItsColumnSum() {
        StateMachine numbered = found(new CarryNumbering().number(ContractMachines.baseAddition(3)));
        assertEquals(List.of("u"), numbered.variables());
        for (StateMachine.Transition t : numbered.transitions()) {
            assertEquals(t.input().get(0) + t.input().get(1) + t.state().get(0) / 3, t.next().get(0));
        }
        numbered.emissions().forEach(e -> assertEquals(e.state().get(0) % 3, e.output().get(0)));
    }

    @Test
    void offsetMovesTheInitialStateToZeroAndTurnsAMostlyNegativeCountUp() {
        StateMachine counter = ContractMachines.counter(4);   // labels 1000 - 7c
        StateMachine numbered = found(new OffsetNumbering().number(counter));
        assertEquals(List.of(0L), numbered.initial());
        for (StateMachine.Transition t : numbered.transitions()) {
            assertEquals(t.input().get(0) == 1 ? -7L : 7L, t.next().get(0) - t.state().get(0), t.toString());
        }
        // Only ever counting down: negated, so that it counts up from 0.
        StateMachine down = new StateMachine(List.of("s"), List.of(10L), List.of(new StateMachine.Transition(List.of(10L), List.of(1L),
                List.of(8L), 1), new StateMachine.Transition(List.of(8L), List.of(1L), List.of(6L), 1)),
                List.of(new StateMachine.Emission(List.of(8L), List.of(0L), 1), new StateMachine.Emission(List.of(6L), List.of(1L), 1)));
        StateMachine up = found(new OffsetNumbering().number(down));
        assertEquals(List.of(List.of(0L), List.of(2L)), up.transitions().stream().map(StateMachine.Transition::state).toList());
        assertEquals(List.of(List.of(2L), List.of(4L)), up.transitions().stream().map(StateMachine.Transition::next).toList());
    }

    @Test
    void lastOutputNumbersARunningMinimumByItsValueAndStartsAtTheLargestDigit() {
        StateMachine numbered = found(new LastOutputNumbering().number(ContractMachines.runningMinimum(4)));
        assertEquals(List.of(4L), numbered.initial(), "the initial state reads every digit as the minimum 4 does");
        for (StateMachine.Transition t : numbered.transitions()) {
            assertEquals(Math.min(t.state().get(0), t.input().get(0)), t.next().get(0));
        }
    }

    @Test
    void inputWindowNumbersTheLastTwoParityByItsLastTwoInputs() {
        StateMachine numbered = found(new InputWindowNumbering().number(ContractMachines.lastTwoParity()));
        assertEquals(List.of("p1", "p2"), numbered.variables());
        assertEquals(List.of(0L, 0L), numbered.initial());
        Map<List<Long>, List<Long>> outputs = new HashMap<>();
        numbered.emissions().forEach(e -> outputs.put(e.state(), e.output()));
        outputs.forEach((w, y) -> assertEquals(List.of(w.get(0) ^ w.get(1)), y, "window " + w));
        assertEquals(4, outputs.size());
    }

    @Test
    void aWindowTooShortIsNotKept() {
        // Parity of the last two needs both: a window of one would give input 1 two outputs.
        StateMachine numbered = found(new InputWindowNumbering().number(ContractMachines.lastTwoParity()));
        assertTrue(numbered.variables().size() >= 2);
    }

    @Test
    void outputWindowTurnsMotionIntoALinearUpdateOfTheLastTwoPositions() {
        // v' = v + x, p' = p + v', y = p, with the states labelled 0, 1, 2, ... as a detector finds them.
        Map<List<Long>, Long> labels = new HashMap<>();
        java.util.ArrayDeque<List<Long>> queue = new java.util.ArrayDeque<>();
        List<StateMachine.Transition> transitions = new java.util.ArrayList<>();
        List<StateMachine.Emission> emissions = new java.util.ArrayList<>();
        labels.put(List.of(0L, 0L, 0L), 0L);
        queue.add(List.of(0L, 0L, 0L));
        emissions.add(new StateMachine.Emission(List.of(0L), List.of(0L), 1));
        while (!queue.isEmpty()) {
            List<Long> pvt = queue.removeFirst();
            if (pvt.get(2) == 3) {
                continue;
            }
            for (long x = -1; x <= 1; x++) {
                long v = pvt.get(1) + x;
                List<Long> next = List.of(pvt.get(0) + v, v, pvt.get(2) + 1);
                if (!labels.containsKey(next)) {
                    labels.put(next, (long) labels.size());
                    queue.add(next);
                    emissions.add(new StateMachine.Emission(List.of(labels.get(next)), List.of(next.get(0)), 1));
                }
                transitions.add(new StateMachine.Transition(List.of(labels.get(pvt)), List.of(x), List.of(labels.get(next)), 1));
            }
        }
        StateMachine numbered = found(new OutputWindowNumbering().number(
                new StateMachine(List.of("s"), List.of(0L), transitions, emissions)));
        assertEquals(List.of("q1", "q2"), numbered.variables());
        for (StateMachine.Transition t : numbered.transitions()) {
            long q1 = t.state().get(0);
            long q2 = t.state().get(1);
            assertEquals(List.of(2 * q1 - q2 + t.input().get(0), q1), t.next(), t.toString());
        }
        numbered.emissions().forEach(e -> assertEquals(e.state().get(0), e.output().get(0)));
    }

    @Test
    void anOutputWindowThatForgetsTooMuchIsRefused() {
        // Whether ones lead says too little about by how much: three such outputs do not give the count.
        Outcome<NumberedMachine> outcome = new OutputWindowNumbering().number(ContractMachines.counter(8));
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<NumberedMachine>) outcome).reason().contains("last 3 outputs"), outcome::toString);
    }

    @Test
    void everyNumberingRefusesAnUnreachableState() {
        for (var numbering : List.of(new ResidueNumbering(), new CounterNumbering(), new CarryNumbering(), new LastOutputNumbering(),
                new InputWindowNumbering(), new OutputWindowNumbering(), new OffsetNumbering())) {
            Outcome<NumberedMachine> outcome = numbering.number(ContractMachines.unreachable());
            assertInstanceOf(Outcome.None.class, outcome, numbering.id());
            assertTrue(((Outcome.None<NumberedMachine>) outcome).reason().contains("not reachable"), numbering.id());
        }
    }

    private static StateMachine found(Outcome<NumberedMachine> outcome) {
        assertInstanceOf(Outcome.Found.class, outcome, () -> outcome.toString());
        NumberedMachine numbered = ((Outcome.Found<NumberedMachine>) outcome).value();
        assertTrue(numbered.extrapolated().isEmpty(), () -> "extrapolated " + numbered.extrapolated());
        return numbered.machine();
    }
}
