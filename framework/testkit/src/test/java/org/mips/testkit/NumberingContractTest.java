package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;

/** Guards the guard: the numbering contract must fail numberings that break it. */
class NumberingContractTest {

    private static StateNumbering numbering(Function<StateMachine, Outcome<NumberedMachine>> body) {
        return new StateNumbering() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String description() {
                return "a numbering for testing the contract";
            }

            @Override
            public Outcome<NumberedMachine> number(StateMachine machine) {
                return body.apply(machine);
            }
        };
    }

    private static AbstractNumberingContractTest contract(StateNumbering numbering) {
        return new AbstractNumberingContractTest() {
            @Override
            protected StateNumbering numbering() {
                return numbering;
            }
        };
    }

    /** The machine with every output flipped between 0 and 1 (and other values left). */
    private static StateMachine flipped(StateMachine machine) {
        List<StateMachine.Emission> emissions = new ArrayList<>();
        for (StateMachine.Emission e : machine.emissions()) {
            long y = e.output().get(0);
            emissions.add(new StateMachine.Emission(e.state(), List.of(y == 0 ? 1L : y == 1 ? 0L : y), e.count()));
        }
        return new StateMachine(machine.variables(), machine.initial(), machine.transitions(), emissions);
    }

    @Test
    void theIdentityPassesAndSoDoesANumberingThatFindsNothingWithAReason() {
        assertEquals(0, DynamicTestFailures.count(contract(numbering(m -> Outcome.found(NumberedMachine.exact(m)))).aNumberedMachineIsTheSameMachine()));
        assertEquals(0, DynamicTestFailures.count(contract(numbering(m -> Outcome.none("no code"))).aNumberedMachineIsTheSameMachine()));
    }

    @Test
    void aNumberingThatChangesTheOutputsFails() {
        assertTrue(DynamicTestFailures.count(contract(numbering(m -> Outcome.found(NumberedMachine.exact(flipped(m))))).aNumberedMachineIsTheSameMachine()) > 0);
    }

    @Test
    void aNumberingThatDropsTransitionsFails() {
        StateNumbering dropping = numbering(m -> Outcome.found(NumberedMachine.exact(new StateMachine(m.variables(), m.initial(),
                m.transitions().subList(0, m.transitions().size() / 2), m.emissions()))));
        assertTrue(DynamicTestFailures.count(contract(dropping).aNumberedMachineIsTheSameMachine()) > 0);
    }

    @Test
    void anExtrapolationThatIsNotWhatTheMachineDoesFails() {
        StateNumbering lying = numbering(m -> {
            StateMachine.Transition first = m.transitions().get(0);
            return Outcome.found(new NumberedMachine(m, List.of(new NumberedMachine.Extrapolation(first, first.state(), List.of(-12345L)))));
        });
        assertTrue(DynamicTestFailures.count(contract(lying).aNumberedMachineIsTheSameMachine()) > 0);
    }

    @Test
    void aSilentRefusalFails() {
        assertTrue(DynamicTestFailures.count(contract(numbering(m -> Outcome.none(" "))).aNumberedMachineIsTheSameMachine()) > 0);
    }

    @Test
    void aNumberingThatAnswersDifferentlyForEqualMachinesFails() {
        int[] calls = {0};
        StateNumbering fickle = numbering(m -> calls[0]++ % 2 == 0 ? Outcome.found(NumberedMachine.exact(m)) : Outcome.none("changed its mind"));
        assertTrue(DynamicTestFailures.count(contract(fickle).numbersEqualMachinesEqually()) > 0);
    }
}
