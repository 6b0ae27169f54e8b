package org.mips.core.stages;

import java.util.List;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.pipeline.Stage;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/**
 * The simplify stage against the stage contract, on a hand-made Parity_All network, with a normalizer
 * that writes it in the basis {@code h' = 2h} (the readout undoes the scale). Simplification always ends
 * done (it keeps the best network it has), so there is no failing fixture.
 */
class SimplifyStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new SimplifyStage();
    }

    /** Parity_All's network with its state doubled and what reads the state halved: the same function in another basis. */
    private record Doubling() implements Normalizer {

        @Override
        public String id() {
            return "double";
        }

        @Override
        public String description() {
            return "the hidden unit times 2";
        }

        @Override
        public Network normalize(Network network, NormalizerContext context) {
            Network parity = ParityArtifacts.network();
            return new Network(parity.architecture(), 1, 1,
                    List.of(new DenseLayer(2, 2, new double[] {0.5, -1, -0.5, 1}, new double[] {0, 0}),
                            new DenseLayer(1, 2, new double[] {2, 2}, new double[] {0})),
                    List.of(new DenseLayer(1, 1, new double[] {0.5}, new double[] {0})));
        }
    }

    private static StageFixture with(Network network) {
        ParityTask task = new ParityTask();
        Configuration configuration = Configuration.defaults().with("simplify.chain", "double", "test")
                .with("simplify.sample", "64", "test");
        return new StageFixture(task, task.dataset(42), configuration, FakeComponents.of(new Doubling()),
                List.of(StageFixture.artifact(RunArtifacts.NETWORK, network)));
    }

    @Override
    protected StageFixture fixture() {
        return with(ParityArtifacts.network());
    }
}
