package org.mips.autoencoders;

/** Determinants of small dense matrices by Gaussian elimination with partial pivoting. */
final class Determinant {

    private Determinant() {
    }

    /** The determinant of the square matrix whose rows are {@code rows}; the argument is not changed. */
    static double of(double[][] rows) {
        int n = rows.length;
        double[][] a = Vectors.copy(rows);
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                return 0;
            }
            if (pivot != col) {
                double[] swap = a[pivot];
                a[pivot] = a[col];
                a[col] = swap;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                if (factor != 0) {
                    for (int c = col; c < n; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        return det;
    }

    /** The determinant of {@code rows} with row {@code index} replaced by {@code row}. */
    static double withRow(double[][] rows, int index, double[] row) {
        double[][] replaced = rows.clone();
        replaced[index] = row;
        return of(replaced);
    }
}
