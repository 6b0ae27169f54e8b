package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

class SequenceDataTest {

    /** Two sequences of 3 steps, 2 inputs and 1 target, the inputs scaled by {@code scale}. */
    private static Split split(long scale) {
        long[] x = new long[2 * 3 * 2];
        long[] y = new long[2 * 3];
        for (int v = 0; v < x.length; v++) {
            x[v] = (v - 5) * scale;
        }
        for (int v = 0; v < y.length; v++) {
            y[v] = 100 + v;
        }
        return new Split(new SequenceBatch(2, 3, 2, x), new SequenceBatch(2, 3, 1, y));
    }

    private static void assertCopies(Split split) {
        SequenceData data = SequenceData.of(split);
        assertEquals(9, data.stride());
        assertEquals(6, data.targetsAt());
        float[] row = new float[1 + 9];
        for (int n = 0; n < 2; n++) {
            data.copy(n, row, 1);
            for (int t = 0; t < 3; t++) {
                for (int i = 0; i < 2; i++) {
                    assertEquals(split.x().get(n, t, i), row[1 + t * 2 + i], "x " + n + "," + t + "," + i);
                }
                assertEquals(split.y().get(n, t, 0), row[1 + 6 + t], "y " + n + "," + t);
            }
            assertEquals(split.x().get(n, 0, 0) + split.y().get(n, 2, 0), data.touch(n));
        }
        SequenceData head = data.head(1);
        assertEquals(1, head.count);
        head.copy(0, row, 1);
        assertEquals(split.x().get(0, 2, 1), row[6]);
    }

    @Test
    void smallIntegersAreStoredAsShorts() {
        assertCopies(split(1));
    }

    @Test
    void valuesBeyondSixteenBitsAreStoredAsFloats() {
        assertCopies(split(10_000));
    }

    /** Decodes every encoded row of {@code split} back to its task values, through the SPI's own codes. */
    private static void assertRoundTrip(Split split, Encodings encodings) {
        SequenceData data = SequenceData.of(split, encodings);
        int d = encodings.inputWidth();
        int k = encodings.outputWidth();
        assertEquals(d, data.inputDim);
        assertEquals(k, data.outputDim);
        assertEquals(split.x().length() * (d + k), data.stride());
        float[] row = new float[data.stride()];
        double[] expected = new double[d];
        for (int n = 0; n < split.count(); n++) {
            data.copy(n, row, 0);
            for (int t = 0; t < data.length; t++) {
                encodings.encode(split.x().sequence(n)[t], expected, 0);
                for (int i = 0; i < d; i++) {
                    assertEquals((float) expected[i], row[t * d + i], "x " + n + "," + t + "," + i);
                }
                double[] targets = new double[k];
                for (int j = 0; j < k; j++) {
                    targets[j] = row[data.targetsAt() + t * k + j];
                }
                // A categorical target is the one-hot vector of its class, so reading it as logits gives the value back.
                double[] read = encodings.read(targets);
                for (int c = 0; c < read.length; c++) {
                    assertEquals(split.y().get(n, t, c), read[c], "y " + n + "," + t + "," + c);
                }
            }
        }
    }

    @Test
    void oneHotInputsAndCategoricalTargetsRoundTripAsShorts() {
        Split split = EncodedData.mixed(20, 5, 1).train();
        assertRoundTrip(split, EncodedData.mixedEncodings());
        SequenceData data = SequenceData.of(split, EncodedData.mixedEncodings());
        assertNotNull(data.shortRows());
        // Step 0 of sequence 0: six 0/1 inputs with exactly one 1, then the raw bit.
        float[] row = new float[data.stride()];
        data.copy(0, row, 0);
        float ones = 0;
        for (int i = 0; i < 6; i++) {
            assertTrue(row[i] == 0 || row[i] == 1);
            ones += row[i];
        }
        assertEquals(1, ones);
        assertEquals(1f, row[(int) split.x().get(0, 0, 0)]);
        assertEquals(split.x().get(0, 0, 1), row[6]);
        // Its targets: three 0/1 logits' targets, then the scalar.
        int at = data.targetsAt();
        assertEquals(1f, row[at + (int) split.y().get(0, 0, 0)]);
        assertEquals(split.y().get(0, 0, 1), row[at + 3]);
    }

    @Test
    void symbolTablesOfRealsOrLargeIntegersAreStoredAsFloats() {
        Split split = EncodedData.mod3(10, 4, 2).train();
        List<Long> symbols = EncodedData.range(6);
        List<List<Double>> halves = symbols.stream().map(s -> List.of(s * 0.5, -s * 0.25)).toList();
        Encodings reals = new Encodings(List.of(new InputCode.Symbols("halves", symbols, halves)), List.of(new OutputCode.Scalar()));
        assertRoundTrip(split, reals);
        assertNull(SequenceData.of(split, reals).shortRows());
        List<List<Double>> large = symbols.stream().map(s -> List.of(s * 20_000.0)).toList();
        Encodings wide = new Encodings(List.of(new InputCode.Symbols("large", symbols, large)), List.of(EncodedData.categorical(3)));
        assertRoundTrip(split, wide);
        assertNull(SequenceData.of(split, wide).shortRows());
        List<List<Double>> integers = symbols.stream().map(s -> List.of(s * 3.0 - 7, 1.0)).toList();
        Encodings small = new Encodings(List.of(new InputCode.Symbols("integers", symbols, integers)), List.of(EncodedData.categorical(3)));
        assertRoundTrip(split, small);
        assertNotNull(SequenceData.of(split, small).shortRows());
    }

    @Test
    void valuesOutsideTheirCodeAreRejectedByColumn() {
        Split split = EncodedData.mixed(10, 4, 3).train();
        Encodings narrow = new Encodings(List.of(EncodedData.oneHot(5), new InputCode.Scalar()),
                List.of(EncodedData.categorical(3), new OutputCode.Scalar()));
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class, () -> SequenceData.of(split, narrow));
        assertTrue(input.getMessage().contains("input 0") && input.getMessage().contains("5"), input.getMessage());
        Encodings fewClasses = new Encodings(List.of(EncodedData.oneHot(6), new InputCode.Scalar()),
                List.of(new OutputCode.Categorical(List.of(0L, 1L)), new OutputCode.Scalar()));
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class, () -> SequenceData.of(split, fewClasses));
        assertTrue(output.getMessage().contains("output 0") && output.getMessage().contains("target 2"), output.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SequenceData.of(split, EncodedData.mod3Encodings()));
    }

    @Test
    void theCacheKeepsOneCopyPerSplitAndEncodings() {
        Split split = EncodedData.mod3(10, 4, 4).train();
        DataCache cache = new DataCache();
        SequenceData oneHot = cache.get(split, EncodedData.mod3Encodings());
        assertSame(oneHot, cache.get(split, EncodedData.mod3Encodings()));
        SequenceData scalar = cache.get(split, Encodings.scalar(1, 1));
        assertNotSame(oneHot, scalar);
        assertEquals(1, scalar.inputDim);
        assertEquals(6, oneHot.inputDim);
        assertEquals(3, oneHot.outputDim);
    }
}
