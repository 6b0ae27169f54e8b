package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.Component;
import org.mips.spi.Components;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;

/** Guards the guard: the stage contract passes a sound stage and fails broken ones. */
class StageContractTest {

    /** A toy artifact's record. */
    record Note(String text) {
    }

    static final ArtifactType<Note> INPUT = ArtifactType.of("input.json", Note.class, 1);
    static final ArtifactType<Note> RESULT = ArtifactType.of("result.json", Note.class, 1);
    static final ArtifactType<Note> SUMMARY = ArtifactType.of("summary.json", Note.class, 1);
    static final ArtifactType<Note> OTHER = ArtifactType.of("other.json", Note.class, 1);

    /** What a broken stage gets wrong. */
    enum Flaw {
        NONE, MALFORMED_ID, PLACED_AFTER_ITSELF, WRITES_WHAT_IT_READS, READS_UNDECLARED, WRITES_UNDECLARED, WRITES_TOO_LITTLE,
        THROWS_ON_FAILURE, KEEPS_STATE, IGNORES_INTERRUPTS
    }

    /**
     * Reads {@code input.json} and writes {@code result.json} and {@code summary.json}. Its input says what to
     * do: {@code ok} works, {@code bad} cannot be worked on, {@code forever} waits until interrupted.
     */
    static final class ToyStage implements Stage {

        private final Flaw flaw;
        private int runs;

        ToyStage(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return flaw == Flaw.MALFORMED_ID ? "Toy Stage" : "toy";
        }

        @Override
        public String description() {
            return "a stage for testing the contract";
        }

        @Override
        public Placement placement() {
            return flaw == Flaw.PLACED_AFTER_ITSELF ? Placement.between("search", id()) : Placement.after("search");
        }

        @Override
        public List<ArtifactType<?>> reads() {
            return List.of(INPUT);
        }

        @Override
        public List<ArtifactType<?>> writes() {
            return flaw == Flaw.WRITES_WHAT_IT_READS ? List.of(RESULT, SUMMARY, INPUT) : List.of(RESULT, SUMMARY);
        }

        @Override
        public StageOutcome run(StageContext context) throws Exception {
            runs++;
            String input = context.artifacts().read(INPUT).text();
            if (flaw == Flaw.READS_UNDECLARED) {
                context.artifacts().find(OTHER);
            }
            if (input.equals("bad")) {
                if (flaw == Flaw.THROWS_ON_FAILURE) {
                    throw new IllegalStateException("bad input");
                }
                return StageOutcome.failed("the input is bad");
            }
            if (input.equals("forever")) {
                return waitForInterrupt();
            }
            if (flaw == Flaw.KEEPS_STATE && runs > 1) {
                return StageOutcome.stopped("ran before");
            }
            context.artifacts().write(RESULT, new Note("result"));
            if (flaw != Flaw.WRITES_TOO_LITTLE) {
                context.artifacts().write(SUMMARY, new Note("summary"));
            }
            if (flaw == Flaw.WRITES_UNDECLARED || flaw == Flaw.WRITES_WHAT_IT_READS) {
                context.artifacts().write(flaw == Flaw.WRITES_UNDECLARED ? OTHER : INPUT, new Note("more"));
            }
            context.log("done");
            return StageOutcome.done();
        }

        /** Waits, in steps of 10 ms, until interrupted; the flawed one sleeps through interrupts for 3 s and ends done. */
        private StageOutcome waitForInterrupt() {
            for (int step = 0; step < 300; step++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    if (flaw != Flaw.IGNORES_INTERRUPTS) {
                        Thread.currentThread().interrupt();
                        return StageOutcome.stopped("interrupted");
                    }
                }
            }
            return StageOutcome.done();
        }
    }

    private static StageFixture given(String input) {
        Components none = new Components() {
            @Override
            public <T extends Component> List<T> all(Class<T> type) {
                return new ArrayList<>();
            }

            @Override
            public <T extends Component> T get(Class<T> type, String id) {
                throw new IllegalArgumentException("no " + type.getSimpleName() + " " + id);
            }
        };
        return new StageFixture(new ParityTask("Parity"),
                ContractDatasets.parity(10, 1), StageFixture.defaultSettings(), none, List.of(StageFixture.artifact(INPUT, new Note(input))));
    }

    /** The contract over a toy stage with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractStageContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected Stage stage() {
            return new ToyStage(flaw);
        }

        @Override
        protected StageFixture fixture() {
            return given("ok");
        }

        @Override
        protected Optional<StageFixture> failingFixture() {
            return Optional.of(given("bad"));
        }

        @Override
        protected Optional<StageFixture> endlessFixture() {
            return Optional.of(given("forever"));
        }

        @Override
        protected Duration hangLimit() {
            return Duration.ofSeconds(1);
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class MalformedId extends Contract {
        MalformedId() {
            super(Flaw.MALFORMED_ID);
        }
    }

    static final class PlacedAfterItself extends Contract {
        PlacedAfterItself() {
            super(Flaw.PLACED_AFTER_ITSELF);
        }
    }

    static final class WritesWhatItReads extends Contract {
        WritesWhatItReads() {
            super(Flaw.WRITES_WHAT_IT_READS);
        }
    }

    static final class ReadsUndeclared extends Contract {
        ReadsUndeclared() {
            super(Flaw.READS_UNDECLARED);
        }
    }

    static final class WritesUndeclared extends Contract {
        WritesUndeclared() {
            super(Flaw.WRITES_UNDECLARED);
        }
    }

    static final class WritesTooLittle extends Contract {
        WritesTooLittle() {
            super(Flaw.WRITES_TOO_LITTLE);
        }
    }

    static final class ThrowsOnFailure extends Contract {
        ThrowsOnFailure() {
            super(Flaw.THROWS_ON_FAILURE);
        }
    }

    static final class KeepsState extends Contract {
        KeepsState() {
            super(Flaw.KEEPS_STATE);
        }
    }

    static final class IgnoresInterrupts extends Contract {
        IgnoresInterrupts() {
            super(Flaw.IGNORES_INTERRUPTS);
        }
    }

    private static void assertOnlyFails(Class<?> contract, String... methods) {
        ContractRun run = ContractRun.of(contract);
        assertEquals(Set.of(methods), run.failedMethods(), run::toString);
    }

    @Test
    void aSoundStagePasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(1, run.passes("anInterruptedRunEnds"), run::toString);
        assertEquals(1, run.passes("failureIsAnOutcomeWithAReason"), run::toString);
    }

    @Test
    void aMalformedIdFails() {
        assertOnlyFails(MalformedId.class, "idAndDescriptionAreWellFormed");
    }

    @Test
    void aStagePlacedRelativeToItselfFails() {
        assertOnlyFails(PlacedAfterItself.class, "placementIsConsistent");
    }

    @Test
    void aStageThatWritesWhatItReadsFails() {
        assertOnlyFails(WritesWhatItReads.class, "declaredArtifactsAreDistinct");
    }

    @Test
    void aStageThatReadsAnUndeclaredArtifactFails() {
        assertOnlyFails(ReadsUndeclared.class, "aRunReadsAndWritesOnlyWhatItDeclaresAndEndsDone");
    }

    @Test
    void aStageThatWritesAnUndeclaredArtifactFails() {
        assertOnlyFails(WritesUndeclared.class, "aRunReadsAndWritesOnlyWhatItDeclaresAndEndsDone");
    }

    @Test
    void aDoneStageThatLeavesOutAnArtifactFails() {
        assertOnlyFails(WritesTooLittle.class, "aRunReadsAndWritesOnlyWhatItDeclaresAndEndsDone");
    }

    @Test
    void aStageThatThrowsInsteadOfFailingFails() {
        assertOnlyFails(ThrowsOnFailure.class, "failureIsAnOutcomeWithAReason");
    }

    @Test
    void aStageThatKeepsStateBetweenRunsFails() {
        assertOnlyFails(KeepsState.class, "aSecondRunEndsAsTheFirst");
    }

    @Test
    void aStageThatSleepsThroughAnInterruptFails() {
        assertOnlyFails(IgnoresInterrupts.class, "anInterruptedRunEnds");
    }
}
