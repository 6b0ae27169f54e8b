package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;

/**
 * The contract every {@link StateNumbering} must meet. A plugin's test extends this class and returns its
 * numbering. On every machine of {@link ContractMachines} it must not throw; a machine it numbers must be
 * the same machine: walking the original's observed transitions from its initial state and the numbered
 * one's in step, the numbered machine has exactly one next state for every input and emits every output
 * the original does, except beyond the transitions it lists as extrapolated, where it must go where it says. It must number equal machines equally, and when it finds no code, say why.
 */
public abstract class AbstractNumberingContractTest {

    /** The numbering under test; may return a new instance on every call. */
    protected abstract StateNumbering numbering();

    /** The machines the contract runs; a subclass may add its own. */
    protected List<ContractMachines.Case> machines() {
        return ContractMachines.all();
    }

    @Test
    void hasAnIdAndADescription() {
        assertTrue(numbering().id().matches("[a-z][a-z0-9-]*"), "id " + numbering().id());
        assertFalse(numbering().description().isBlank(), "description");
    }

    @TestFactory
    Stream<DynamicTest> aNumberedMachineIsTheSameMachine() {
        return machines().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome<NumberedMachine> outcome = numbering().number(c.machine());
            assertNotNull(outcome, "number returned null");
            if (outcome instanceof Outcome.None<NumberedMachine> none) {
                assertFalse(none.reason().isBlank(), "a numbering that finds nothing says why");
                return;
            }
            NumberedMachine numbered = ((Outcome.Found<NumberedMachine>) outcome).value();
            assertEquals(numbered.machine().variables().size(), numbered.machine().initial().size(), "initial state width");
            String difference = firstDifference(c.machine(), numbered);
            assertTrue(difference.isEmpty(), difference);
        }));
    }

    @TestFactory
    Stream<DynamicTest> numbersEqualMachinesEqually() {
        return machines().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome<NumberedMachine> first = numbering().number(c.machine());
            Outcome<NumberedMachine> second = numbering().number(new StateMachine(c.machine().variables(), c.machine().initial(),
                    c.machine().transitions(), c.machine().emissions()));
            assertEquals(first, second);
        }));
    }

    /**
     * Walks both machines in step over the original's observed transitions: empty when they agree,
     * else the first place they differ. An extrapolated transition must go where the numbering says, and
     * the walk does not follow it further.
     */
    static String firstDifference(StateMachine original, NumberedMachine result) {
        StateMachine numbered = result.machine();
        Map<List<List<Long>>, NumberedMachine.Extrapolation> extrapolated = new HashMap<>();
        for (NumberedMachine.Extrapolation e : result.extrapolated()) {
            extrapolated.put(List.of(e.observed().state(), e.observed().input()), e);
        }
        Map<List<Long>, Map<List<Long>, List<Long>>> from = new HashMap<>();
        for (StateMachine.Transition t : original.transitions()) {
            from.computeIfAbsent(t.state(), k -> new HashMap<>()).put(t.input(), t.next());
        }
        Map<List<Long>, Map<List<Long>, List<Long>>> to = new HashMap<>();
        for (StateMachine.Transition t : numbered.transitions()) {
            List<Long> before = to.computeIfAbsent(t.state(), k -> new HashMap<>()).put(t.input(), t.next());
            if (before != null && !before.equals(t.next())) {
                return "the numbered machine has two next states for " + t.state() + " and input " + t.input();
            }
        }
        Map<List<Long>, List<Long>> said = new HashMap<>();
        original.emissions().forEach(e -> said.put(e.state(), e.output()));
        Map<List<Long>, List<Long>> says = new HashMap<>();
        for (StateMachine.Emission e : numbered.emissions()) {
            List<Long> before = says.put(e.state(), e.output());
            if (before != null && !before.equals(e.output())) {
                return "the numbered machine has two outputs for " + e.state();
            }
        }
        Set<List<List<Long>>> seen = new HashSet<>();
        Deque<List<List<Long>>> queue = new ArrayDeque<>();
        List<List<Long>> start = List.of(original.initial(), numbered.initial());
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            List<List<Long>> pair = queue.removeFirst();
            for (Map.Entry<List<Long>, List<Long>> e : from.getOrDefault(pair.get(0), Map.of()).entrySet()) {
                List<Long> next = to.getOrDefault(pair.get(1), Map.of()).get(e.getKey());
                NumberedMachine.Extrapolation departure = extrapolated.get(List.of(pair.get(0), e.getKey()));
                if (departure != null) {
                    if (!departure.from().equals(pair.get(1)) || !departure.to().equals(next)) {
                        return "the extrapolation " + departure + " is not what the numbered machine does from " + pair.get(1);
                    }
                    continue;
                }
                if (next == null) {
                    return "the numbered machine has no transition from " + pair.get(1) + " on " + e.getKey()
                            + " where the original goes from " + pair.get(0) + " to " + e.getValue();
                }
                List<Long> expected = said.get(e.getValue());
                if (expected != null && !expected.equals(says.get(next))) {
                    return "after " + pair.get(0) + " reads " + e.getKey() + " the original emits " + expected + ", the numbered machine "
                            + says.get(next) + " (in state " + next + ")";
                }
                List<List<Long>> successor = List.of(e.getValue(), next);
                if (seen.add(successor)) {
                    queue.addLast(successor);
                }
            }
        }
        return "";
    }
}
