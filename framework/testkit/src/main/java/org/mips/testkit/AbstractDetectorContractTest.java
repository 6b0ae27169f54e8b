package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;

/**
 * The contract every {@link RepresentationDetector} must meet. A plugin's test extends this class and
 * returns its detector. On every trace of {@link #traces()} (degenerate ones, noise, and real lattice, bit
 * and finite-machine structure; a detector that runs the network adds traces of {@link SyntheticNetworks},
 * whose states drift) the detector must not throw and must answer either none with a non-blank reason or a
 * well-formed representation: its detector id is the detector's, it has as many
 * variables as every code has coordinates, decodes to the hidden size, has a finite, non-negative
 * description length, gives back every code it produced when that code is decoded and encoded again, and
 * is a deterministic machine on the trace (each (state, input) pair seen leads to one next state). On the
 * traces of {@link #structureless()} it must answer none. It must be deterministic and leave the trace
 * untouched.
 */
public abstract class AbstractDetectorContractTest {

    private static final int SEQUENCES = 150;
    private static final int LENGTH = 10;

    /** The detector under test; may return a new instance on every call. */
    protected abstract RepresentationDetector detector();

    /** The traces the contract runs on; each call builds fresh, equal traces. A subclass may add its own. */
    protected List<SyntheticTrace> traces() {
        List<SyntheticTrace> traces = new ArrayList<>(structureless());
        traces.add(SyntheticTraces.linearLattice("2-D lattice: two counters", new double[][] {{1.0, 0.3}, {-0.4, 0.8}},
                new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}, 1, 1e-3, SEQUENCES, LENGTH, 11));
        traces.add(SyntheticTraces.bitMachine(3, 4, 1e-3, SEQUENCES, LENGTH, 12));
        traces.add(SyntheticTraces.finiteMachine("5-state counter mod 5", counterModulo(5, 2), zeroFlag(5), 3, 1e-3,
                SEQUENCES, LENGTH, 13));
        traces.add(SyntheticTraces.finiteMachine("parity in one unit", counterModulo(2, 2), new int[] {0, 1}, 1, 1e-3,
                SEQUENCES, LENGTH, 14));
        traces.add(SyntheticTraces.linearLattice("a single row", new double[][] {{1.0}}, new long[][] {{1}}, new long[][] {{1}},
                new long[] {0}, 1, 0, 1, 1, 15));
        return traces;
    }

    /** Traces without discrete structure: every detector must answer none with a reason. */
    protected List<SyntheticTrace> structureless() {
        SyntheticTrace machine = SyntheticTraces.finiteMachine("5-state counter mod 5", counterModulo(5, 2), zeroFlag(5), 3,
                1e-3, SEQUENCES, LENGTH, 13);
        return List.of(
                SyntheticTraces.empty(3),
                SyntheticTraces.allZero(3, SEQUENCES, LENGTH),
                SyntheticTraces.withNextValue(machine, 7, Double.NaN),
                SyntheticTraces.withNextValue(machine, 8, Double.POSITIVE_INFINITY),
                SyntheticTraces.noise(3, SEQUENCES, LENGTH, 16),
                SyntheticTraces.noise(16, SEQUENCES, LENGTH, 17));
    }

    /** {@code s -> (s + x) mod m} for inputs 0 to {@code symbols - 1}. */
    protected static int[][] counterModulo(int m, int symbols) {
        int[][] transitions = new int[m][symbols];
        for (int s = 0; s < m; s++) {
            for (int x = 0; x < symbols; x++) {
                transitions[s][x] = (s + x) % m;
            }
        }
        return transitions;
    }

    /** Output 1 in state 0 and 0 elsewhere. */
    protected static int[] zeroFlag(int m) {
        int[] outputs = new int[m];
        outputs[0] = 1;
        return outputs;
    }

    @TestFactory
    Stream<DynamicTest> answersWithAReasonOrAWellFormedRepresentation() {
        return forEachTrace(traces(), (synthetic, outcome) -> {
            assertNotNull(outcome, "detect returned null");
            if (outcome instanceof Outcome.None<Representation> none) {
                assertFalse(none.reason().isBlank(), "blank reason");
                return;
            }
            Representation representation = found(outcome);
            HiddenTrace trace = synthetic.trace();
            assertEquals(detector().id(), representation.detector(), "detector id");
            List<String> variables = representation.variables();
            assertFalse(variables.isEmpty(), "no variables");
            assertEquals(variables.size(), new LinkedHashSet<>(variables).size(), "variable names repeat: " + variables);
            double length = representation.descriptionLength();
            assertTrue(Double.isFinite(length) && length >= 0, "description length " + length);
            for (double[] h : states(trace)) {
                long[] code = representation.encode(h);
                assertEquals(variables.size(), code.length, "code length");
                assertEquals(trace.hiddenDim(), representation.decode(code).length, "decoded length");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> findsNothingWithoutStructure() {
        return forEachTrace(structureless(), (synthetic, outcome) -> {
            Outcome.None<Representation> none = assertInstanceOf(Outcome.None.class, outcome,
                    () -> "found " + outcome + " in " + synthetic.name());
            assertFalse(none.reason().isBlank(), "blank reason");
        });
    }

    @TestFactory
    Stream<DynamicTest> decodingACodeSeenEncodesBackToIt() {
        return forEachFound((synthetic, representation) -> {
            Set<List<Long>> seen = new LinkedHashSet<>();
            for (double[] h : states(synthetic.trace())) {
                seen.add(Arrays.stream(representation.encode(h)).boxed().toList());
            }
            for (List<Long> code : seen) {
                long[] z = code.stream().mapToLong(Long::longValue).toArray();
                assertArrayEquals(z, representation.encode(representation.decode(z)), "encode(decode(" + code + "))");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> isADeterministicMachineOnTheTrace() {
        return forEachFound((synthetic, representation) -> {
            HiddenTrace trace = synthetic.trace();
            int n = trace.hiddenDim();
            int d = trace.inputDim();
            Map<List<List<Long>>, List<Long>> successors = new HashMap<>();
            for (int r = 0; r < trace.rows(); r++) {
                List<Long> state = code(representation, Arrays.copyOfRange(trace.previous(), r * n, (r + 1) * n));
                List<Long> input = Arrays.stream(Arrays.copyOfRange(trace.inputs(), r * d, (r + 1) * d)).boxed().toList();
                List<Long> next = code(representation, Arrays.copyOfRange(trace.next(), r * n, (r + 1) * n));
                List<Long> earlier = successors.putIfAbsent(List.of(state, input), next);
                if (earlier != null && !earlier.equals(next)) {
                    fail("state " + state + " with input " + input + " leads to both " + earlier + " and " + next + " (row " + r + ")");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> isDeterministicAndLeavesTheTraceAlone() {
        List<SyntheticTrace> first = traces();
        List<SyntheticTrace> second = traces();
        List<SyntheticTrace> untouched = traces();
        return IntStream.range(0, first.size()).mapToObj(i -> DynamicTest.dynamicTest(first.get(i).name(), () -> {
            HiddenTrace trace = first.get(i).trace();
            Outcome<Representation> once = detector().detect(trace);
            Outcome<Representation> twice = detector().detect(second.get(i).trace());
            assertSameOutcome(once, twice, trace);
            assertSameTrace(untouched.get(i).trace(), trace);
        }));
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = detector().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(detector().description().isBlank(), "blank description");
    }

    private static void assertSameOutcome(Outcome<Representation> once, Outcome<Representation> twice, HiddenTrace trace) {
        assertEquals(once.getClass(), twice.getClass(), () -> "one run found " + once + ", the other " + twice);
        if (once instanceof Outcome.None<Representation> none) {
            assertEquals(none.reason(), ((Outcome.None<Representation>) twice).reason(), "reasons differ");
            return;
        }
        Representation a = found(once);
        Representation b = found(twice);
        assertEquals(a.variables(), b.variables(), "variables");
        assertEquals(Double.doubleToLongBits(a.descriptionLength()), Double.doubleToLongBits(b.descriptionLength()),
                () -> "description lengths " + a.descriptionLength() + " and " + b.descriptionLength());
        for (double[] h : states(trace)) {
            long[] code = a.encode(h);
            assertArrayEquals(code, b.encode(h), "codes differ");
            assertArrayEquals(a.decode(code), b.decode(code), 0, "decoded states differ");
        }
    }

    private static void assertSameTrace(HiddenTrace expected, HiddenTrace actual) {
        assertArrayEquals(expected.previous(), actual.previous(), 0, "detect changed h_{t-1}");
        assertArrayEquals(expected.inputs(), actual.inputs(), "detect changed the inputs");
        assertArrayEquals(expected.next(), actual.next(), 0, "detect changed h_t");
        assertArrayEquals(expected.outputs(), actual.outputs(), 0, "detect changed the outputs");
        assertArrayEquals(expected.steps(), actual.steps(), "detect changed the steps");
    }

    private static List<Long> code(Representation representation, double[] h) {
        return Arrays.stream(representation.encode(h)).boxed().toList();
    }

    /** Every {@code h_{t-1}} and {@code h_t} of the trace. */
    protected static List<double[]> states(HiddenTrace trace) {
        int n = trace.hiddenDim();
        List<double[]> states = new ArrayList<>(2 * trace.rows());
        for (int r = 0; r < trace.rows(); r++) {
            states.add(Arrays.copyOfRange(trace.previous(), r * n, (r + 1) * n));
            states.add(Arrays.copyOfRange(trace.next(), r * n, (r + 1) * n));
        }
        return states;
    }

    private static Representation found(Outcome<Representation> outcome) {
        return outcome.toOptional().orElseThrow(() -> new AssertionError("expected a representation, got " + outcome));
    }

    private interface Check {
        void check(SyntheticTrace trace, Outcome<Representation> outcome) throws Throwable;
    }

    private interface FoundCheck {
        void check(SyntheticTrace trace, Representation representation) throws Throwable;
    }

    private Stream<DynamicTest> forEachTrace(List<SyntheticTrace> traces, Check check) {
        return traces.stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> check.check(t, detect(t))));
    }

    /** Runs the check on each trace where the detector finds a representation; the others pass vacuously. */
    private Stream<DynamicTest> forEachFound(FoundCheck check) {
        return forEachTrace(traces(), (t, outcome) -> {
            if (outcome instanceof Outcome.Found<Representation> found) {
                check.check(t, found.value());
            }
        });
    }

    private Outcome<Representation> detect(SyntheticTrace trace) {
        try {
            return detector().detect(trace.trace());
        } catch (RuntimeException e) {
            throw new AssertionError(detector().id() + " threw on " + trace.name() + ": " + e, e);
        }
    }
}
