package org.mips.toolkit.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.emit.RunResult;

/** The fixture echoes its input, so the sequences it "computes" are the ones it was given. */
class MainRunnerTest {

    private static final List<long[][]> SEQUENCES = List.of(new long[][] {{1, 2}, {-3, 4}}, new long[0][]);

    @TempDir
    Path temp;

    private final MainRunner runner = new MainRunner("fixture", Duration.ofSeconds(30), stderr -> String.join("/", stderr));

    @Test
    void readsOneOutputSequencePerInputSequence() {
        RunResult result = runner.run(ToolFixture.command("echo", "0"), temp, SEQUENCES, 2);

        List<long[][]> outputs = assertInstanceOf(RunResult.Ran.class, result, result::toString).outputs();
        assertEquals(2, outputs.size());
        assertArrayEquals(SEQUENCES.get(0), outputs.get(0));
        assertArrayEquals(SEQUENCES.get(1), outputs.get(1));
    }

    @Test
    void aNonZeroStatusIsAFailureQuotingStderr() {
        RunResult result = runner.run(ToolFixture.command("echo", "2"), temp, SEQUENCES, 2);

        assertEquals(new RunResult.Failed("fixture exited with status 2: read 2 lines"), result);
    }

    @Test
    void outputOfTheWrongShapeIsAFailure() {
        RunResult result = runner.run(ToolFixture.command("echo", "0"), temp, SEQUENCES, 3);

        String reason = assertInstanceOf(RunResult.Failed.class, result).reason();
        assertTrue(reason.startsWith("cannot read the output of fixture: line 1, step 1: expected 3"), reason);
    }

    @Test
    void aToolThatCannotStartIsAFailure() {
        RunResult result = runner.run(List.of(temp.resolve("missing").toString()), temp, SEQUENCES, 2);

        String reason = assertInstanceOf(RunResult.Failed.class, result).reason();
        assertTrue(reason.startsWith("cannot run fixture: "), reason);
    }

    @Test
    void aToolThatRunsTooLongIsAFailure() {
        MainRunner impatient = new MainRunner("fixture", Duration.ofMillis(300), stderr -> "");

        RunResult result = impatient.run(ToolFixture.command("sleep"), temp, SEQUENCES, 2);

        assertEquals(new RunResult.Failed("fixture timed out after 300 ms and was killed"), result);
    }
}
