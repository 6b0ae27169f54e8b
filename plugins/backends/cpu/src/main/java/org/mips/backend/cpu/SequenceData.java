package org.mips.backend.cpu;

import org.mips.spi.task.Split;

/**
 * A split's sequences as flat float32 arrays, the form the inner loops read: inputs are fed as raw
 * numbers (reference section 2.2), and the tasks' integers (at most a few thousand) are exact in a float.
 */
final class SequenceData {

    final int count;
    final int length;
    final int inputDim;
    final int outputDim;
    final float[] x;
    final float[] y;

    private SequenceData(int count, int length, int inputDim, int outputDim, float[] x, float[] y) {
        this.count = count;
        this.length = length;
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.x = x;
        this.y = y;
    }

    /** The first {@code n} sequences. */
    SequenceData head(int n) {
        return new SequenceData(n, length, inputDim, outputDim, java.util.Arrays.copyOf(x, n * length * inputDim),
                java.util.Arrays.copyOf(y, n * length * outputDim));
    }

    SequenceData(Split split) {
        this.count = split.count();
        this.length = split.x().length();
        this.inputDim = split.x().dimension();
        this.outputDim = split.y().dimension();
        this.x = new float[count * length * inputDim];
        this.y = new float[count * length * outputDim];
        for (int n = 0, xi = 0, yi = 0; n < count; n++) {
            for (int t = 0; t < length; t++) {
                for (int i = 0; i < inputDim; i++) {
                    x[xi++] = split.x().get(n, t, i);
                }
                for (int k = 0; k < outputDim; k++) {
                    y[yi++] = split.y().get(n, t, k);
                }
            }
        }
    }
}
