package org.mips.core.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

class SimplifierTest {

    /** Copy the input: a perfect network with hidden size 2 whose second unit is always 0. */
    static Network echo(double readoutWeight) {
        Architecture architecture = new Architecture(2, 1, 0, 1, 0, Activation.RELU);
        DenseLayer transition = new DenseLayer(2, 3, new double[] {0, 0, 1, 0, 0, 0}, new double[] {0, 0});
        DenseLayer readout = new DenseLayer(1, 2, new double[] {readoutWeight, 0.25}, new double[] {0});
        return new Network(architecture, 1, 1, List.of(transition), List.of(readout));
    }

    static Split bits(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(2);
        }
        return new Split(new SequenceBatch(count, length, 1, x), new SequenceBatch(count, length, 1, x.clone()));
    }

    private static final Split HELD_OUT = bits(300, 8, 1);

    private static Normalizer normalizer(String id, UnaryOperator<Network> body) {
        return new Normalizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test normalizer " + id;
            }

            @Override
            public Network normalize(Network network, NormalizerContext context) {
                return body.apply(network);
            }
        };
    }

    private static SimplifyReport run(Normalizer... chain) {
        List<SimplifyStep> seen = new ArrayList<>();
        SimplifyReport report = new Simplifier(new Dataset("echo", HELD_OUT, HELD_OUT), HELD_OUT.x(), () -> {
            throw new UnsupportedOperationException("no training in these tests");
        }, Duration.ofMillis(500)).run(echo(1), List.of(chain), seen::add);
        assertEquals(report.steps(), seen);
        return report;
    }

    @Test
    void keepsANormalizerThatKeepsTheNetworkPerfect() {
        SimplifyReport report = run(normalizer("half", n -> echo(1.0)), normalizer("drop", n -> echo(1.0)));
        assertEquals(1.0, report.initial().accuracy());
        assertEquals(SimplifyStep.Status.APPLIED, report.steps().get(0).status());
        assertEquals("", report.steps().get(0).reason());
        assertTrue(report.result().perfect());
    }

    @Test
    void revertsANormalizerThatLowersHeldOutAccuracy() {
        Network broken = echo(-1);
        SimplifyReport report = run(normalizer("break", n -> broken), normalizer("same", n -> n));
        SimplifyStep step = report.steps().get(0);
        assertEquals(SimplifyStep.Status.REVERTED, step.status());
        assertTrue(step.reason().startsWith("held-out accuracy fell from 1.000000 to "), step.reason());
        assertTrue(step.after().accuracy() < 1);
        assertEquals(echo(1), report.network());
        assertEquals(SimplifyStep.Status.APPLIED, report.steps().get(1).status());
    }

    @Test
    void aThrowingOrHangingNormalizerFailsItsStepOnly() {
        SimplifyReport report = run(
                normalizer("throws", n -> {
                    throw new IllegalStateException("matrix is singular");
                }),
                normalizer("hangs", n -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return n;
                }),
                normalizer("works", n -> n));
        assertEquals(SimplifyStep.Status.FAILED, report.steps().get(0).status());
        assertEquals("IllegalStateException: matrix is singular", report.steps().get(0).reason());
        assertNull(report.steps().get(0).after());
        assertEquals(SimplifyStep.Status.FAILED, report.steps().get(1).status());
        assertTrue(report.steps().get(1).reason().startsWith("still running after"), report.steps().get(1).reason());
        assertEquals(SimplifyStep.Status.APPLIED, report.steps().get(2).status());
    }

    @Test
    void rejectsAnotherShapeNoNetworkAndNonFiniteWeights() {
        Network wider = new Network(new Architecture(3, 1, 0, 1, 0, Activation.RELU), 1, 1,
                List.of(new DenseLayer(3, 4, new double[12], new double[3])), List.of(new DenseLayer(1, 3, new double[3], new double[1])));
        Network nan = new Network(echo(1).architecture(), 1, 1, echo(1).transition(),
                List.of(new DenseLayer(1, 2, new double[] {Double.NaN, 0}, new double[] {0})));
        SimplifyReport report = run(normalizer("wider", n -> wider), normalizer("none", n -> null), normalizer("nan", n -> nan));
        assertEquals("returned a network of another shape (3,1,0,1,0)", report.steps().get(0).reason());
        assertEquals("returned no network", report.steps().get(1).reason());
        assertEquals("returned a non-finite weight", report.steps().get(2).reason());
        assertSame(SimplifyStep.Status.FAILED, report.steps().get(2).status());
        assertEquals(echo(1), report.network());
    }

    @Test
    void aNormalizerThatRefusesTheNetworkIsSkippedWithItsReasonAndNeverRuns() {
        boolean[] ran = {false};
        Normalizer refusing = new Normalizer() {
            @Override
            public String id() {
                return "picky";
            }

            @Override
            public String description() {
                return "refuses every network";
            }

            @Override
            public Optional<String> refusal(Network network, NormalizerContext context) {
                return Optional.of("it needs a " + network.architecture().activation() + " network to be something else");
            }

            @Override
            public Network normalize(Network network, NormalizerContext context) {
                ran[0] = true;
                return null;
            }
        };
        SimplifyReport report = run(refusing, normalizer("half", n -> echo(1.0)));
        assertSame(SimplifyStep.Status.REFUSED, report.steps().get(0).status());
        assertEquals("it needs a RELU network to be something else", report.steps().get(0).reason());
        assertEquals(false, ran[0]);
        assertSame(SimplifyStep.Status.APPLIED, report.steps().get(1).status());
    }
}
