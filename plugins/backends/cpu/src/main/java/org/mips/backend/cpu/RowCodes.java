package org.mips.backend.cpu;

import java.util.Arrays;
import java.util.List;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

/**
 * A network's {@link Encodings} turned into primitive tables, to encode a whole split once into the
 * rows {@link SequenceData} keeps: a scalar column is its value; a symbol column (one-hot, say) is the
 * symbol's vector; a categorical target is the one-hot vector of its class, so that targets line up
 * with the logits. The kernels then see only encoded numbers and never box a value.
 */
final class RowCodes {

    /** Per input column, its alphabet, or null for a scalar column. */
    private final long[][] symbols;
    /** Per symbol column, its vectors one after the other ({@code width} values per symbol). */
    private final double[][] vectors;
    private final int[] inputWidth;
    /** Per output column, its classes, or null for a scalar column. */
    private final long[][] classes;
    final int inputDim;
    final int outputDim;

    RowCodes(Encodings encodings) {
        List<InputCode> inputs = encodings.inputs();
        symbols = new long[inputs.size()][];
        vectors = new double[inputs.size()][];
        inputWidth = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            inputWidth[i] = inputs.get(i).width();
            if (inputs.get(i) instanceof InputCode.Symbols table) {
                symbols[i] = table.symbols().stream().mapToLong(Long::longValue).toArray();
                vectors[i] = table.vectors().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
            }
        }
        List<OutputCode> outputs = encodings.outputs();
        classes = new long[outputs.size()][];
        for (int c = 0; c < outputs.size(); c++) {
            if (outputs.get(c) instanceof OutputCode.Categorical categorical) {
                classes[c] = categorical.values().stream().mapToLong(Long::longValue).toArray();
            }
        }
        inputDim = encodings.inputWidth();
        outputDim = encodings.outputWidth();
    }

    /** Checks that the split has the encodings' task columns. */
    void check(Split split) {
        if (split.x().dimension() != symbols.length || split.y().dimension() != classes.length) {
            throw new IllegalArgumentException("encodings for " + symbols.length + " inputs and " + classes.length
                    + " outputs, but the data has " + split.x().dimension() + " and " + split.y().dimension());
        }
    }

    /**
     * Whether every encoded value of the split is an integer in 16-bit range: the scalar columns' values,
     * every entry of the symbol tables (which may hold any finite reals), and the 0s and 1s of one-hot targets.
     */
    boolean fitsShorts(Split split) {
        for (double[] table : vectors) {
            if (table != null && !Arrays.stream(table).allMatch(RowCodes::isShort)) {
                return false;
            }
        }
        return scalarsFit(split.x(), symbols) && scalarsFit(split.y(), classes);
    }

    private static boolean isShort(double value) {
        return value == Math.rint(value) && value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
    }

    /** Whether the values of the columns without a table ({@code tables[i] == null}) fit in 16 bits. */
    private static boolean scalarsFit(SequenceBatch batch, long[][] tables) {
        if (Arrays.stream(tables).allMatch(table -> table == null)) {
            return batch.min() >= Short.MIN_VALUE && batch.max() <= Short.MAX_VALUE;
        }
        for (int n = 0; n < batch.count(); n++) {
            for (int t = 0; t < batch.length(); t++) {
                for (int i = 0; i < tables.length; i++) {
                    long value = batch.get(n, t, i);
                    if (tables[i] == null && (value < Short.MIN_VALUE || value > Short.MAX_VALUE)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Writes sequence {@code n}'s encoded inputs {@code [t][input]}, then its encoded targets
     * {@code [t][output]}, into {@code rows} from {@code at}; returns where the next row starts.
     *
     * @throws IllegalArgumentException if an input is outside its column's alphabet, or a target is not
     *                                  one of its categorical column's values
     */
    int write(Split split, int n, Rows rows, int at) {
        SequenceBatch x = split.x();
        for (int t = 0; t < x.length(); t++) {
            for (int i = 0; i < symbols.length; i++) {
                long value = x.get(n, t, i);
                if (symbols[i] == null) {
                    rows.put(at++, value);
                    continue;
                }
                int s = Arrays.binarySearch(symbols[i], value);
                if (s < 0) {
                    throw new IllegalArgumentException("input " + i + " has the value " + value + ", outside its alphabet "
                            + symbols[i][0] + ".." + symbols[i][symbols[i].length - 1]);
                }
                for (int j = 0, from = s * inputWidth[i]; j < inputWidth[i]; j++) {
                    rows.put(at++, vectors[i][from + j]);
                }
            }
        }
        SequenceBatch y = split.y();
        for (int t = 0; t < y.length(); t++) {
            for (int c = 0; c < classes.length; c++) {
                long value = y.get(n, t, c);
                if (classes[c] == null) {
                    rows.put(at++, value);
                    continue;
                }
                // The class of a value, as OutputCode.Categorical.classOf, on the primitive copy.
                int k = Arrays.binarySearch(classes[c], value);
                if (k < 0) {
                    throw new IllegalArgumentException("output " + c + " has the target " + value
                            + ", which is not one of its categorical values " + Arrays.toString(classes[c]));
                }
                for (int j = 0; j < classes[c].length; j++) {
                    rows.put(at++, j == k ? 1.0 : 0.0);
                }
            }
        }
        return at;
    }

    /** Row storage: 16-bit integers, or float32 when some value does not fit. */
    record Rows(short[] small, float[] wide) {

        void put(int at, long value) {
            if (small != null) {
                small[at] = (short) value;
            } else {
                wide[at] = value;
            }
        }

        void put(int at, double value) {
            if (small != null) {
                small[at] = (short) value;
            } else {
                wide[at] = (float) value;
            }
        }
    }
}
