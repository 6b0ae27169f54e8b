package org.mips.examples.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.config.Configuration;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskStatus;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;

class EmbeddedParityTest {

    @TempDir
    Path dir;

    @Test
    void runsParityAllFromTheClassPathToAVerifiedProgramThatComputesParity() throws Exception {
        // The search finds Parity_All's network in well under its budget; the proof is left out to keep the test short.
        Configuration configuration = Configuration.defaults().with("search.budget", "1m", "test")
                .with("pipeline.skip", "prove", "test").with("emit.languages", "python", "test");
        RunStore store = RunStore.at(dir);

        TaskResult result = EmbeddedParity.run(configuration, store);

        assertEquals(TaskStatus.SOLVED, result.status(), result::toString);
        assertEquals("emit", result.stage(), result::toString);
        assertTrue(result.code().contains("parity_all.py") && Files.exists(dir.resolve("parity_all.py")), result::toString);
        Program program = store.read(RunArtifacts.PROGRAM);
        Random random = new Random(7);
        long[][] xs = new long[500][1];
        long[][] parity = new long[500][1];
        long running = 0;
        for (int t = 0; t < xs.length; t++) {
            xs[t][0] = random.nextInt(2);
            running ^= xs[t][0];
            parity[t][0] = running;
        }
        assertArrayEquals(parity, Interpreter.of(program).run(xs), "the program's outputs are the running parity of its inputs");
    }
}
