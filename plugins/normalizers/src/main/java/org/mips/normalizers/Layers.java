package org.mips.normalizers;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** Conversions between the SPI's layers and EJML matrices, and the checks every change of basis needs. */
final class Layers {

    private Layers() {
    }

    /** The weight matrix of {@code layer}, as a new matrix the caller may change. */
    static SimpleMatrix weights(DenseLayer layer) {
        return new SimpleMatrix(layer.rows(), layer.cols(), true, layer.weights());
    }

    static DenseLayer layer(SimpleMatrix weights, double[] bias) {
        int rows = weights.numRows();
        int cols = weights.numCols();
        double[] values = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = weights.get(r, c);
            }
        }
        return new DenseLayer(rows, cols, values, bias.clone());
    }

    /** {@code matrix v}. */
    static double[] operate(SimpleMatrix matrix, double[] v) {
        SimpleMatrix product = matrix.mult(new SimpleMatrix(v.length, 1, true, v));
        double[] out = new double[product.numRows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = product.get(i, 0);
        }
        return out;
    }

    /**
     * The 2-norm condition number of {@code matrix}: infinite for a singular matrix or when EJML's SVD
     * does not converge, NaN for a matrix that is not finite.
     */
    static double condition(SimpleMatrix matrix) {
        if (!finite(matrix)) {
            return Double.NaN;
        }
        try {
            double condition = matrix.conditionP2();
            return Double.isNaN(condition) ? Double.POSITIVE_INFINITY : condition;
        } catch (RuntimeException notConverged) {
            return Double.POSITIVE_INFINITY; // EJML reports a failed decomposition as a plain RuntimeException
        }
    }

    /** {@code network} with new layers and everything else kept. */
    static Network rebuilt(Network network, List<DenseLayer> transition, List<DenseLayer> readout) {
        return network.withLayers(transition, readout);
    }

    static boolean finite(SimpleMatrix matrix) {
        return !matrix.hasUncountable();
    }
}
