package org.mips.normalizers;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** Conversions between the SPI's layers and Hipparchus matrices. */
final class Layers {

    private Layers() {
    }

    /** The weight matrix of {@code layer}, as a new matrix the caller may change. */
    static RealMatrix weights(DenseLayer layer) {
        double[][] rows = new double[layer.rows()][];
        for (int r = 0; r < layer.rows(); r++) {
            rows[r] = new double[layer.cols()];
            System.arraycopy(layer.weights(), r * layer.cols(), rows[r], 0, layer.cols());
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    static DenseLayer layer(RealMatrix weights, double[] bias) {
        int rows = weights.getRowDimension();
        int cols = weights.getColumnDimension();
        double[] values = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = weights.getEntry(r, c);
            }
        }
        return new DenseLayer(rows, cols, values, bias.clone());
    }

    /** {@code network} with new layers and everything else kept. */
    static Network rebuilt(Network network, List<DenseLayer> transition, List<DenseLayer> readout) {
        return new Network(network.schemaVersion(), network.architecture(), network.inputDim(), network.outputDim(),
                transition, readout);
    }

    static boolean finite(RealMatrix matrix) {
        for (int r = 0; r < matrix.getRowDimension(); r++) {
            for (int c = 0; c < matrix.getColumnDimension(); c++) {
                if (!Double.isFinite(matrix.getEntry(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
