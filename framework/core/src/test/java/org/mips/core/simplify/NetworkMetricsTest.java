package org.mips.core.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mips.spi.task.Split;

class NetworkMetricsTest {

    @Test
    void countsParametersZerosAndIntegersAndTheUsedHiddenDirections() {
        Split heldOut = SimplifierTest.bits(200, 6, 3);
        NetworkMetrics metrics = NetworkMetrics.measure(SimplifierTest.echo(1), heldOut);
        // Transition 2 x 3 weights + 2 biases, readout 1 x 2 + 1.
        assertEquals(11, metrics.parameters());
        assertEquals(3, metrics.nonZero());
        assertEquals(10, metrics.integers());
        // h = (x, 0): one direction carries the data.
        assertEquals(1, metrics.effectiveHiddenDim());
        assertEquals(1.0, metrics.accuracy());
        assertEquals(0, metrics.wrong());
    }

    @Test
    void accuracyCountsEveryWrongOutput() {
        Split heldOut = SimplifierTest.bits(100, 5, 4);
        NetworkMetrics metrics = NetworkMetrics.measure(SimplifierTest.echo(0), heldOut);
        long ones = 0;
        for (int s = 0; s < heldOut.count(); s++) {
            for (int t = 0; t < 5; t++) {
                ones += heldOut.y().get(s, t, 0);
            }
        }
        // Output 0 (the readout ignores h): wrong exactly where the target is 1.
        assertEquals(ones, metrics.wrong());
        assertEquals(1 - ones / 500.0, metrics.accuracy(), 1e-12);
    }

}
