package org.mips.spi.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named array of a weight file, as a {@link NetworkImporter} reads it: its shape and its values in
 * row-major order, widened to {@code double} whatever the file's type (F16, BF16 and F32 widen exactly).
 * The arrays are owned by the tensor; callers must not change them.
 *
 * @param name   the name the file gives it, e.g. {@code hmlp.mlp.0.weight}
 * @param shape  its dimensions, outermost first ({@code [rows, cols]} for a linear layer's weight); empty for a scalar
 * @param values {@code product(shape)} values, last dimension fastest
 */
public record Tensor(String name, int[] shape, double[] values) {

    public Tensor {
        Objects.requireNonNull(name, "tensor name");
        shape = shape.clone();
        long size = 1;
        for (int dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("tensor '" + name + "': negative dimension in " + Arrays.toString(shape));
            }
            size *= dimension;
        }
        if (values.length != size) {
            throw new IllegalArgumentException("tensor '" + name + "': shape " + Arrays.toString(shape) + " needs " + size
                    + " values, got " + values.length);
        }
    }

    /** Its shape as PyTorch prints it, e.g. {@code [4, 3]}. */
    public String shapeText() {
        return Arrays.toString(shape);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Dimension {@code axis}. */
    public int dimension(int axis) {
        return shape[axis];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor t && t.name.equals(name) && Arrays.equals(t.shape, shape) && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Tensor[" + name + " " + shapeText() + "]";
    }
}
