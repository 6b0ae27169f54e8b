package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.core.train.TrainingRecord;

/** {@code mips train} with a backend compiled at test time: what it writes, and what it refuses. */
class TrainCommandTest {

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void fakeBackendPlugin() {
        TestPlugins.backendPlugin(plugins);
    }

    @Test
    void trainsOneNetworkAndWritesItsNetworkRecordAndTiming() {
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "train", "--task", "Parity_All", "--arch", "2,2,4,1,0",
                "--seed", "3", "--backend", "fake", "--steps", "500", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Parity_All 2,2,4,1,0 seed 3: perfect at step 100 after 100 steps, best accuracy 1.000000, "),
                result::toString);
        RunStore store = RunStore.at(dir);
        assertEquals("2,2,4,1,0", store.read(RunArtifacts.NETWORK).architecture().toText());
        TrainingRecord training = store.read(RunArtifacts.TRAINING);
        assertEquals("fake", training.backend());
        assertEquals(3, training.seed());
        assertEquals("perfect", training.stop());
        assertEquals(100, training.perfectAtStep());
        assertEquals(1, training.curve().size());
        assertTrue(store.read(RunArtifacts.TIMING).backend().startsWith("Perfect at once"), result::toString);
    }

    @Test
    void aLinearTransitionIsNotPerfectAndSaysWhyItStopped() {
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "train", "--task", "Parity_All", "--arch", "2,1,0,1,0",
                "--backend", "fake", "--steps", "500", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Parity_All 2,1,0,1,0 seed 0: steps after 500 steps, best accuracy 0.500000"), result::toString);
        assertEquals(null, RunStore.at(dir).read(RunArtifacts.TRAINING).perfectAtStep());
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        Cli.Result arch = Cli.run("--plugins-dir", plugins.toString(), "train", "--task", "Parity_All", "--arch", "2,2");
        assertEquals(2, arch.exit(), arch::toString);
        assertTrue(arch.err().startsWith("mips: --arch: "), arch::toString);
        Cli.Result steps = Cli.run("--plugins-dir", plugins.toString(), "train", "--task", "Parity_All", "--steps", "0");
        assertEquals("mips: --batch and --steps must be at least 1\n", steps.err());
        Cli.Result backend = Cli.run("--plugins-dir", plugins.toString(), "train", "--task", "Parity_All", "--backend", "tpu");
        assertEquals("mips: no backend 'tpu'; available: fake\n", backend.err());
    }
}
