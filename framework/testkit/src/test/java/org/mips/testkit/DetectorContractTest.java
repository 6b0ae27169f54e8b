package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;

/** Guards the guard: the detector contract passes a modest detector and fails broken ones. */
class DetectorContractTest {

    /** What a broken detector gets wrong. */
    enum Flaw { NONE, BLANK_REASON, THROWS, SEES_STRUCTURE_IN_NOISE, NONDETERMINISTIC, WRITES_INTO_THE_TRACE }

    /** Every state as one and the same code. */
    record Constant(String detector, int hiddenDim) implements Representation {
        @Override
        public List<String> variables() {
            return List.of("z");
        }

        @Override
        public long[] encode(double[] h) {
            return new long[] {0};
        }

        @Override
        public double[] decode(long[] z) {
            return new double[hiddenDim];
        }

        @Override
        public double descriptionLength() {
            return 1;
        }
    }

    /** A detector that never finds anything, and says so; with one flaw at a time. */
    static final class ModestDetector implements RepresentationDetector {

        private final Flaw flaw;

        ModestDetector(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "modest";
        }

        @Override
        public String description() {
            return "finds nothing, and says so";
        }

        @Override
        public Outcome<Representation> detect(HiddenTrace trace) {
            return switch (flaw) {
                case BLANK_REASON -> Outcome.none(" ");
                case THROWS -> throw new IllegalStateException("boom");
                case SEES_STRUCTURE_IN_NOISE -> Outcome.found(new Constant(id(), trace.hiddenDim()));
                case NONDETERMINISTIC -> Outcome.none("nothing at " + System.nanoTime());
                case WRITES_INTO_THE_TRACE -> {
                    if (trace.next().length > 0) {
                        trace.next()[0] += 1;
                    }
                    yield Outcome.none("nothing here");
                }
                case NONE -> Outcome.none("nothing here");
            };
        }
    }

    /** The contract over a modest detector with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractDetectorContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected RepresentationDetector detector() {
            return new ModestDetector(flaw);
        }
    }

    static final class Modest extends Contract {
        Modest() {
            super(Flaw.NONE);
        }
    }

    static final class BlankReason extends Contract {
        BlankReason() {
            super(Flaw.BLANK_REASON);
        }
    }

    static final class Throws extends Contract {
        Throws() {
            super(Flaw.THROWS);
        }
    }

    static final class SeesStructureInNoise extends Contract {
        SeesStructureInNoise() {
            super(Flaw.SEES_STRUCTURE_IN_NOISE);
        }
    }

    static final class Nondeterministic extends Contract {
        Nondeterministic() {
            super(Flaw.NONDETERMINISTIC);
        }
    }

    static final class WritesIntoTheTrace extends Contract {
        WritesIntoTheTrace() {
            super(Flaw.WRITES_INTO_THE_TRACE);
        }
    }

    @Test
    void aDetectorThatFindsNothingAndSaysWhyPasses() {
        ContractRun run = ContractRun.of(Modest.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
    }

    @Test
    void noneWithoutAReasonFails() {
        ContractRun run = ContractRun.of(BlankReason.class);
        assertEquals(Set.of("answersWithAReasonOrAWellFormedRepresentation", "findsNothingWithoutStructure"), run.failedMethods(),
                run::toString);
    }

    @Test
    void aDetectorThatThrowsFails() {
        ContractRun run = ContractRun.of(Throws.class);
        assertTrue(run.failedMethods().containsAll(Set.of("answersWithAReasonOrAWellFormedRepresentation", "findsNothingWithoutStructure")),
                run::toString);
    }

    @Test
    void structureFoundInNoiseFails() {
        ContractRun run = ContractRun.of(SeesStructureInNoise.class);
        assertEquals(Set.of("findsNothingWithoutStructure"), run.failedMethods(), run::toString);
    }

    @Test
    void aDetectorThatAnswersDifferentlyEachTimeFails() {
        ContractRun run = ContractRun.of(Nondeterministic.class);
        assertEquals(Set.of("isDeterministicAndLeavesTheTraceAlone"), run.failedMethods(), run::toString);
    }

    @Test
    void aDetectorThatWritesIntoTheTraceFails() {
        ContractRun run = ContractRun.of(WritesIntoTheTrace.class);
        assertEquals(Set.of("isDeterministicAndLeavesTheTraceAlone"), run.failedMethods(), run::toString);
    }
}
