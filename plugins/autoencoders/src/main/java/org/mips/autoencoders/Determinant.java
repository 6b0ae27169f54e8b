package org.mips.autoencoders;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Determinants of small dense matrices given as rows, through EJML. */
final class Determinant {

    private Determinant() {
    }

    /** The determinant of the square matrix whose rows are {@code rows}; the argument is not changed. */
    static double of(double[][] rows) {
        return rows.length == 0 ? 1 : CommonOps_DDRM.det(new DMatrixRMaj(rows));
    }

    /** The determinant of {@code rows} with row {@code index} replaced by {@code row}. */
    static double withRow(double[][] rows, int index, double[] row) {
        double[][] replaced = rows.clone();
        replaced[index] = row;
        return of(replaced);
    }
}
