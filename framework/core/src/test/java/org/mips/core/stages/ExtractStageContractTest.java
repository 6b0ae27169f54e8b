package org.mips.core.stages;

import java.util.List;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.Outcome;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/**
 * The extract stage against the stage contract, on the hand-made Parity_All network, with a detector that
 * reads its one hidden unit as a bit, and one that finds nothing.
 */
class ExtractStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new ExtractStage();
    }

    /** The hidden unit rounded to an integer: the parity bit. */
    private record RoundingDetector(boolean blind) implements RepresentationDetector {

        @Override
        public String id() {
            return blind ? "blind" : "round";
        }

        @Override
        public String description() {
            return blind ? "finds nothing" : "the hidden unit, rounded";
        }

        @Override
        public Outcome<Representation> detect(HiddenTrace trace) {
            if (blind) {
                return Outcome.none("this detector sees no states");
            }
            return Outcome.found(new Representation() {
                @Override
                public String detector() {
                    return "round";
                }

                @Override
                public List<String> variables() {
                    return List.of("p");
                }

                @Override
                public long[] encode(double[] h) {
                    return new long[] {Math.round(h[0])};
                }

                @Override
                public double[] decode(long[] z) {
                    return new double[] {z[0]};
                }

                @Override
                public double descriptionLength() {
                    return 1;
                }
            });
        }
    }

    private static StageFixture with(RoundingDetector detector) {
        ParityTask task = new ParityTask();
        Configuration configuration = Configuration.defaults().with("extract.trace-sequences", "64", "test")
                .with("extract.replay-sequences", "200", "test");
        return new StageFixture(task, task.dataset(42), configuration, FakeComponents.of(detector),
                List.of(StageFixture.artifact(RunArtifacts.SIMPLIFIED, ParityArtifacts.network())));
    }

    @Override
    protected StageFixture fixture() {
        return with(new RoundingDetector(false));
    }

    /** No detector finds states: no machine, and the stage says why. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(with(new RoundingDetector(true)));
    }
}
