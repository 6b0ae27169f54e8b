package org.mips.autoencoders;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/** The pseudo-inverse of a symmetric positive semi-definite matrix, ignoring its negligible directions. */
final class PseudoInverse {

    /** Directions with eigenvalue below this fraction of the largest are treated as absent. */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private PseudoInverse() {
    }

    static double[][] ofSymmetric(double[][] matrix) {
        int p = matrix.length;
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, true));
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double[][] inverse = new double[p][p];
        for (int k = 0; k < s.length; k++) {
            if (!(s[k] > RELATIVE_TOLERANCE * s[0])) {
                break; // singular values come sorted decreasing
            }
            double[] column = v.getColumn(k);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    inverse[i][j] += column[i] * column[j] / s[k];
                }
            }
        }
        return inverse;
    }
}
