package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mips.tasks.data.DataFiles.write;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.task.SequenceBatch;

/** Rows whose outputs are not a function of the inputs up to each step: refused, or resolved to the most common output. */
class ContradictionsTest {

    /**
     * Lines 1, 4 and 5 share the inputs 1, 0 and give 1, 0, 1 at step 1; lines 2 and 6 share all their inputs and
     * give 0 and 1 at step 2. Lines 4 and 5 also share 1, 0, 0, and agree at step 2.
     */
    private static final String CONTRADICTORY = """
            {"x": [1, 0, 1], "y": [1, 1, 0]}
            {"x": [0, 0, 0], "y": [0, 0, 0]}

            {"x": [1, 0, 0], "y": [1, 0, 1]}
            {"x": [1, 0, 0], "y": [1, 1, 1]}
            {"x": [0, 0, 0], "y": [0, 0, 1]}
            {"x": [2, 1, 0], "y": [5, 5, 5]}
            """;

    @TempDir
    Path dir;

    @Test
    void contradictoryRowsAreRefusedWithTheirCountAndTheFirstPair() {
        DataFiles.assertFails(UserData::read, write(dir, "data.jsonl", CONTRADICTORY),
                "2 contradictions: sequences with the same inputs up to a step have different outputs at that step, the first line 1 and "
                        + "line 4 at step 1 (outputs 1 and 0); the output at a step must be a function of the inputs up to it: correct the "
                        + "data, or give --majority to keep the most common output of each");
    }

    @Test
    void csvRowsAreNamedByTheirOwnLines() {
        DataFiles.assertFails(UserData::read, write(dir, "data.csv", "sequence,step,x0,x1,y\na,0,1,2,7\na,1,3,4,7\n\nb,0,1,2,7\nb,1,3,4,8\n"),
                "1 contradiction: sequences with the same inputs up to a step have different outputs at that step, the first line 3 and "
                        + "line 6 at step 1 (outputs 7 and 8); the output at a step must be a function of the inputs up to it: correct the "
                        + "data, or give --majority to keep the most common output of each");
    }

    @Test
    void theMajorityKeepsEachPrefixsMostCommonOutputAndSaysSo() {
        UserDataset data = UserData.read(write(dir, "data.jsonl", CONTRADICTORY), UserData.OnContradiction.MAJORITY);
        assertEquals(new SequenceBatch(6, 3, 1, new long[] {1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 5, 5, 5}), data.y(),
                "line 4's step 1 becomes the 1 of lines 1 and 5; line 6's step 2 the 0 of line 2, the earlier of a tie");
        assertEquals("kept the most common output of 2 input prefixes with more than one, changing 2 outputs in 2 sequences", data.changes());
        assertEquals(0, Contradictions.in(data).count());
        assertEquals("user data from data.jsonl (6 sequences of 3 steps); " + data.changes(), new UserDataTask(data).description());
    }

    @Test
    void dataThatIsAFunctionOfItsInputsIsReadUnchanged() {
        UserDataset data = UserData.read(write(dir, "data.jsonl", "{\"x\": [1, 0], \"y\": [1, 1]}\n{\"x\": [1, 1], \"y\": [1, 0]}\n"
                + "{\"x\": [1, 0], \"y\": [1, 1]}\n"));
        assertEquals("", data.changes());
    }

    @Test
    void aMillionStepsAreChecked() {
        int count = 100_000;
        int length = 10;
        long[] x = new long[count * length];
        long[] y = new long[count * length];
        SplittableRandom random = new SplittableRandom(1);
        for (int n = 0; n < count; n++) {
            long parity = 0;
            for (int t = 0; t < length; t++) {
                x[n * length + t] = random.nextInt(2);
                parity ^= x[n * length + t];
                y[n * length + t] = parity;
            }
        }
        UserDataset parity = new UserDataset(Path.of("parity.jsonl"), FileFormat.JSON_LINES, new SequenceBatch(count, length, 1, x),
                new SequenceBatch(count, length, 1, y));
        assertEquals(0, Contradictions.in(parity).count());
        y[count * length - 1] ^= 1;
        Contradictions one = Contradictions.in(new UserDataset(parity.file(), parity.format(), parity.x(), new SequenceBatch(count, length, 1, y)));
        assertEquals(1, one.count());
        assertEquals(count - 1, one.first().orElseThrow().later());
    }
}
