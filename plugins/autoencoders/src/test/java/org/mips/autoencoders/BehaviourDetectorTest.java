package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticNetworks;
import org.mips.testkit.SyntheticTrace;

/** Reading states by behaviour where the hidden states drift within each mode. */
class BehaviourDetectorTest {

    /** The representation found, checked to number the true states one to one on every traced hidden vector. */
    private static Representation recovers(SyntheticTrace synthetic, int states) {
        Outcome<Representation> outcome = new BehaviourDetector().detect(synthetic.trace());
        Representation found = ((Outcome.Found<Representation>) assertInstanceOf(Outcome.Found.class, outcome, outcome::toString)).value();
        HiddenTrace trace = synthetic.trace();
        int n = trace.hiddenDim();
        Map<List<Long>, Long> codeOfTruth = new HashMap<>();
        Map<Long, List<Long>> truthOfCode = new HashMap<>();
        for (int r = 0; r < trace.rows(); r++) {
            long code = found.encode(Arrays.copyOfRange(trace.next(), r * n, (r + 1) * n))[0];
            List<Long> truth = Arrays.stream(synthetic.nextTruth()[r]).boxed().toList();
            assertEquals(codeOfTruth.computeIfAbsent(truth, t -> code), code, "state " + truth + " in row " + r);
            assertEquals(truthOfCode.computeIfAbsent(code, c -> truth), truth, "code " + code + " in row " + r);
        }
        assertEquals(states, codeOfTruth.size(), "states seen");
        return found;
    }

    @Test
    void aDriftingCounterModuloThreeHasThreeStates() {
        recovers(SyntheticNetworks.counterModulo3(200, 10, 1), 3);
    }

    @Test
    void aDriftingBoundedUpDownCounterHasFourStates() {
        recovers(SyntheticNetworks.boundedUpDownCounter(200, 10, 2), 4);
    }

    @Test
    void aDriftingShiftRegisterHasSixteenStates() {
        Representation found = recovers(SyntheticNetworks.shiftRegister(300, 10, 3), 16);
        assertEquals(8, ((BehaviouralStates) found).learnedStates(), "the last three bits decide what comes; the fourth is the output");
    }

    @Test
    void aTraceWithoutTheNetworkGetsAReason() {
        HiddenTrace t = SyntheticNetworks.counterModulo3(20, 10, 1).trace();
        HiddenTrace states = new HiddenTrace(t.rows(), t.hiddenDim(), t.inputDim(), t.outputDim(), t.previous(), t.inputs(),
                t.next(), t.outputs(), t.steps());
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, new BehaviourDetector().detect(states));
        assertTrue(none.reason().contains("needs the network to run"), none.reason());
    }

    @Test
    void theExplorationStopsWithinItsWordBudget() {
        assertEquals(10, BehaviourDetector.explorationDepth(2, 10));
        assertEquals(8, BehaviourDetector.explorationDepth(3, 10), "3 + 9 + ... + 6,561 = 9,840 words; 3^9 more is too many");
        assertEquals(2, BehaviourDetector.explorationDepth(36, 10), "36 + 1,296 words; 46,656 more is too many");
        assertEquals(1, BehaviourDetector.explorationDepth(64, 1));
    }
}
