package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.task.SequenceBatch;

class JsonLinesWriterTest {

    @TempDir
    Path dir;

    private static SequenceBatch random(int count, int length, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[count * length * dimension];
        for (int i = 0; i < values.length; i++) {
            // Mostly small values, with the extremes of the range mixed in.
            values[i] = switch (random.nextInt(10)) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> random.nextLong();
                default -> random.nextInt(-5, 6);
            };
        }
        return new SequenceBatch(count, length, dimension, values);
    }

    /** Writes a plain (not atomic) file: atomicity is the host's job, tested with its AtomicFiles. */
    private static void write(Path file, SequenceBatch x, SequenceBatch y) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonLinesWriter.write(out, x, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertRoundTrip(SequenceBatch x, SequenceBatch y) {
        Path file = dir.resolve("out.jsonl");
        write(file, x, y);
        UserDataset read = JsonLinesReader.read(file);
        assertEquals(x, read.x());
        assertEquals(y, read.y());
    }

    @Test
    void roundTripOfOneValuePerStep() {
        assertRoundTrip(random(50, 7, 1, 1), random(50, 7, 1, 2));
    }

    @Test
    void roundTripOfVectors() {
        assertRoundTrip(random(50, 7, 3, 3), random(50, 7, 2, 4));
    }

    @Test
    void roundTripOfVectorInputsAndScalarOutputs() {
        assertRoundTrip(random(20, 1, 2, 5), random(20, 1, 1, 6));
    }

    @Test
    void writesTheShortFormForOneValuePerStep() throws IOException {
        Path file = dir.resolve("out.jsonl");
        SequenceBatch x = new SequenceBatch(2, 2, 2, new long[] {1, 2, 3, 4, 5, 6, 7, -8});
        SequenceBatch y = new SequenceBatch(2, 2, 1, new long[] {0, 1, 1, 0});
        write(file, x, y);
        assertEquals("{\"x\": [[1, 2], [3, 4]], \"y\": [0, 1]}\n{\"x\": [[5, 6], [7, -8]], \"y\": [1, 0]}\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void sameBatchesGiveTheSameBytes() throws IOException {
        SequenceBatch x = random(10, 4, 2, 8);
        SequenceBatch y = random(10, 4, 1, 9);
        write(dir.resolve("a.jsonl"), x, y);
        write(dir.resolve("b.jsonl"), x, y);
        assertEquals(-1, Files.mismatch(dir.resolve("a.jsonl"), dir.resolve("b.jsonl")));
    }

    @Test
    void rejectsBatchesThatDoNotMatchOrCannotBeReadBack() {
        StringWriter out = new StringWriter();
        assertThrows(IllegalArgumentException.class, () -> JsonLinesWriter.write(out, random(2, 3, 1, 1), random(3, 3, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> JsonLinesWriter.write(out, random(2, 3, 1, 1), random(2, 4, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> JsonLinesWriter.write(out, random(0, 3, 1, 1), random(0, 3, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> JsonLinesWriter.write(out, random(2, 0, 1, 1), random(2, 0, 1, 1)));
        assertEquals("", out.toString());
    }
}
