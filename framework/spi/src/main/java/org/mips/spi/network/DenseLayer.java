package org.mips.spi.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/**
 * A linear layer {@code out = W in + b} with {@code W} of shape {@code rows x cols} stored row-major.
 * The arrays are owned by the layer; callers must not change them.
 */
public record DenseLayer(
        @JsonProperty(value = "rows", required = true) int rows,
        @JsonProperty(value = "cols", required = true) int cols,
        @JsonProperty(value = "weights", required = true) double[] weights,
        @JsonProperty(value = "bias", required = true) double[] bias) {

    public DenseLayer {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("layer shape " + rows + " x " + cols + " is empty");
        }
        if (weights == null || weights.length != rows * cols) {
            throw new IllegalArgumentException("layer " + rows + " x " + cols + " needs " + rows * cols
                    + " weights, got " + (weights == null ? "none" : weights.length));
        }
        if (bias == null || bias.length != rows) {
            throw new IllegalArgumentException("layer " + rows + " x " + cols + " needs " + rows
                    + " biases, got " + (bias == null ? "none" : bias.length));
        }
    }

    public double weight(int row, int col) {
        return weights[row * cols + col];
    }

    /** Writes {@code W in + b} into {@code out}. */
    public void apply(double[] in, double[] out) {
        for (int r = 0; r < rows; r++) {
            double sum = bias[r];
            int offset = r * cols;
            for (int c = 0; c < cols; c++) {
                sum += weights[offset + c] * in[c];
            }
            out[r] = sum;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DenseLayer l && l.rows == rows && l.cols == cols
                && Arrays.equals(l.weights, weights) && Arrays.equals(l.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(weights) * 17 + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "DenseLayer[" + rows + " x " + cols + "]";
    }
}
