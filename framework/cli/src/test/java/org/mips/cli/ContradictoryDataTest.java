package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data whose outputs are not a function of the inputs: refused in one line, or with --majority resolved and said so. */
class ContradictoryDataTest {

    private static final String REFUSAL = ": 1 contradiction: sequences with the same inputs up to a step have different outputs at that step, "
            + "the first line 1 and line 3 at step 1 (outputs 0 and 1); the output at a step must be a function of the inputs up to it: "
            + "correct the data, or give --majority to keep the most common output of each\n";
    private static final String KEPT = "kept the most common output of 1 input prefix with more than one, changing 1 output in 1 sequence";

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void contradictoryData() throws Exception {
        data = Files.writeString(dir.resolve("xor.jsonl"), """
                {"x": [1, 1], "y": [1, 0]}
                {"x": [0, 1], "y": [0, 1]}
                {"x": [1, 1], "y": [1, 1]}
                {"x": [1, 1], "y": [1, 0]}
                """);
    }

    @Test
    void checkRefusesItNamingTheFirstPairAndTheMajorityResolvesIt() {
        Cli.Result refused = Cli.run("data", "--check", data.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertEquals("mips: " + data + REFUSAL, refused.err());

        Cli.Result resolved = Cli.run("data", "--check", data.toString(), "--majority");
        assertEquals(0, resolved.exit(), resolved::toString);
        assertTrue(resolved.out().endsWith("  changes: " + KEPT + "\n"), resolved::toString);
    }

    @Test
    void runRefusesItBeforeAnyWorkAndWithTheMajoritySaysWhatItKept() {
        Path out = dir.resolve("run");
        Cli.Result refused = Cli.run("run", "--data", data.toString(), "--out", out.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertEquals("mips: " + data + REFUSAL, refused.err());
        assertFalse(Files.exists(out), "nothing was written");

        // A stage that does not exist stops the run after the data is read and before anything runs.
        Cli.Result resolved = Cli.run("run", "--data", data.toString(), "--majority", "--from", "polish", "--out", out.toString());
        assertEquals(2, resolved.exit(), resolved::toString);
        assertEquals("mips: " + data + ": " + KEPT, resolved.errLines().get(0), resolved::toString);
        assertTrue(resolved.errLines().get(1).contains("polish"), resolved::toString);
    }
}
