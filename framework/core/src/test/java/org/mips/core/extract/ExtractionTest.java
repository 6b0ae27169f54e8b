package org.mips.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.SequenceBatch;

class ExtractionTest {

    /** Running sum of the inputs modulo nothing: h' = h + x, y = h. Its states are the integers. */
    static final Network SUM = new Network(new Architecture(1, 1, 0, 1, 0, Activation.RELU), 1, 1,
            List.of(new DenseLayer(1, 2, new double[] {1, 1}, new double[] {0})),
            List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));

    static SequenceBatch bits(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(2);
        }
        return new SequenceBatch(count, length, 1, x);
    }

    /** A representation that encodes with {@code encoder} and decodes a state as itself. */
    static Representation representation(String id, Function<double[], long[]> encoder, double length) {
        return new Representation() {
            @Override
            public String detector() {
                return id;
            }

            @Override
            public List<String> variables() {
                return List.of("s");
            }

            @Override
            public long[] encode(double[] h) {
                return encoder.apply(h);
            }

            @Override
            public double[] decode(long[] z) {
                return new double[] {z[0]};
            }

            @Override
            public double descriptionLength() {
                return length;
            }
        };
    }

    static RepresentationDetector detector(String id, Function<HiddenTrace, Outcome<Representation>> body) {
        return new RepresentationDetector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test detector " + id;
            }

            @Override
            public Outcome<Representation> detect(HiddenTrace trace) {
                return body.apply(trace);
            }
        };
    }

    private static final Representation ROUNDED = representation("rounded", h -> new long[] {Math.round(h[0])}, 1.5);

    @Test
    void theTraceHasEveryStepOfEverySequence() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(3, 4, 1));
        assertEquals(12, trace.rows());
        assertEquals(List.of(0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3), java.util.Arrays.stream(trace.steps()).boxed().toList());
        for (int r = 0; r < trace.rows(); r++) {
            assertEquals(trace.previous()[r] + trace.inputs()[r], trace.next()[r], 0, "row " + r);
            assertEquals(trace.next()[r], trace.outputs()[r], 0);
            if (trace.steps()[r] == 0) {
                assertEquals(0, trace.previous()[r]);
            }
        }
        double[] h = {5.0};
        assertEquals(SUM.output(h)[0], trace.readout().orElseThrow().apply(h)[0], 0, "the trace carries the network's readout");
    }

    @Test
    void aDeterministicRepresentationGivesTheMachineItReadsOff() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(50, 3, 2));
        StateMachine machine = MachineBuilder.build(ROUNDED, trace).toOptional().orElseThrow();
        assertEquals(List.of(0L), machine.initial());
        List<String> transitions = new ArrayList<>();
        machine.transitions().forEach(t -> transitions.add(t.state() + "+" + t.input() + "=" + t.next()));
        assertEquals(List.of("[0]+[0]=[0]", "[0]+[1]=[1]", "[1]+[0]=[1]", "[1]+[1]=[2]", "[2]+[0]=[2]", "[2]+[1]=[3]"), transitions);
        assertEquals(150, machine.transitions().stream().mapToLong(StateMachine.Transition::count).sum());
        machine.emissions().forEach(e -> assertEquals(e.state(), e.output()));

        MachineReplay replay = MachineReplay.run(machine, SUM, bits(40, 3, 3));
        assertTrue(replay.passed(), replay.toString());
        assertEquals(40, replay.agreeing());
        // Longer sequences reach sums the trace never showed: a state the machine has no transition from.
        MachineReplay longer = MachineReplay.run(machine, SUM, bits(40, 6, 3));
        assertFalse(longer.passed());
        assertTrue(longer.disagreement().contains("the machine never saw state [3] with input"), longer.toString());
    }

    @Test
    void aRepresentationThatMergesStatesIsNotDeterministic() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(50, 3, 2));
        Representation capped = representation("capped", h -> new long[] {Math.min(1, Math.round(h[0]))}, 1.0);
        Outcome<StateMachine> machine = MachineBuilder.build(capped, trace);
        assertTrue(machine instanceof Outcome.None<StateMachine>);
        assertTrue(((Outcome.None<StateMachine>) machine).reason().startsWith("not deterministic: state [1] leads to outputs [1] ("),
                ((Outcome.None<StateMachine>) machine).reason());
    }

    @Test
    void theExtractorKeepsTheShortestDeterministicDescriptionAndSaysWhyNotTheOthers() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(50, 3, 2));
        Representation longer = representation("longer", h -> new long[] {Math.round(h[0])}, 2.5);
        Representation merging = representation("merging", h -> new long[] {Math.min(1, Math.round(h[0]))}, 0.5);
        List<Candidate> seen = new ArrayList<>();
        Extraction extraction = new Extractor(Duration.ofSeconds(2)).run(trace, List.of(
                detector("a-none", t -> Outcome.none("no lattice: reconstruction error 0.3")),
                detector("b-throws", t -> {
                    throw new IllegalStateException("singular");
                }),
                detector("c-merging", t -> Outcome.found(merging)),
                detector("d-longer", t -> Outcome.found(longer)),
                detector("e-rounded", t -> Outcome.found(ROUNDED))), seen::add);
        assertEquals(extraction.candidates(), seen);
        assertEquals("rounded", extraction.representation().orElseThrow().detector());
        assertEquals(List.of(Candidate.Status.NONE, Candidate.Status.FAILED, Candidate.Status.NOT_DETERMINISTIC,
                Candidate.Status.LONGER, Candidate.Status.CHOSEN), seen.stream().map(Candidate::status).toList());
        assertEquals("IllegalStateException: singular", seen.get(1).reason());
        assertEquals("description length 2.500000, more than 1.500000", seen.get(3).reason());
        assertEquals(4, seen.get(4).states());
        // Every deterministic machine goes on to regression, the chosen one first.
        assertEquals(List.of("e-rounded", "d-longer"), extraction.machines().stream().map(MachineCandidates.Entry::detector).toList());
        assertEquals(extraction.machine().orElseThrow(), extraction.machines().get(0).machine());
    }

    @Test
    void withNothingFoundTheExtractionSaysWhyForEveryDetector() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(5, 3, 2));
        Extraction extraction = new Extractor(Duration.ofSeconds(2)).run(trace,
                List.of(detector("x", t -> Outcome.none("one cluster")), detector("y", t -> Outcome.none("noise"))), c -> {
                });
        assertTrue(extraction.machine().isEmpty());
        assertEquals("x: one cluster; y: noise", extraction.whyNone());
    }

    private static RepresentationDetector lastResort(String id, Representation found) {
        RepresentationDetector inner = detector(id, t -> Outcome.found(found));
        return new RepresentationDetector() {
            @Override
            public String id() {
                return inner.id();
            }

            @Override
            public String description() {
                return inner.description();
            }

            @Override
            public Outcome<Representation> detect(HiddenTrace trace) {
                return inner.detect(trace);
            }

            @Override
            public boolean lastResort() {
                return true;
            }
        };
    }

    @Test
    void aLastResortIsSetAsideWhenAnotherDetectorFindsAMachineAndChosenWhenNoneDoes() {
        HiddenTrace trace = HiddenTraces.record(SUM, bits(50, 3, 2));
        Representation shorter = representation("labels", h -> new long[] {Math.round(h[0])}, 0.1);
        Extraction both = new Extractor(Duration.ofSeconds(2)).run(trace,
                List.of(lastResort("labels", shorter), detector("rounded", t -> Outcome.found(ROUNDED))), c -> {
                });
        assertEquals("rounded", both.representation().orElseThrow().detector(), "a shorter description does not win");
        assertEquals(Candidate.Status.SET_ASIDE, both.candidates().get(0).status());
        assertEquals("a last resort, set aside: rounded found a machine", both.candidates().get(0).reason());
        Extraction alone = new Extractor(Duration.ofSeconds(2)).run(trace,
                List.of(lastResort("labels", shorter), detector("none", t -> Outcome.none("noise"))), c -> {
                });
        assertEquals("labels", alone.representation().orElseThrow().detector());
        assertEquals(Candidate.Status.CHOSEN, alone.candidates().get(0).status());
    }
}
