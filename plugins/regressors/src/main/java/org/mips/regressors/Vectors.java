package org.mips.regressors;

import org.mips.spi.program.Arithmetic;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.UnaryOp;

/**
 * An IR operator applied row by row to value vectors stored side by side in one array, with the meaning
 * {@link Arithmetic} gives it. Where {@link Arithmetic} would throw for overflow the result is
 * {@code false} instead: the search rejects such candidates by the million, and an exception (with its
 * stack trace) per rejection would cost more than the evaluation. {@code + - *} are computed here with
 * an explicit overflow test, the hot path of the search; every other operator goes to
 * {@link Arithmetic} itself.
 */
final class Vectors {

    private Vectors() {
    }

    /** {@code out[i] = op(values[a + i])} for {@code i < m}; false if it overflows on some row. */
    static boolean apply(UnaryOp op, long[] values, int a, long[] out, int m) {
        for (int i = 0; i < m; i++) {
            long x = values[a + i];
            if (x == Long.MIN_VALUE && op != UnaryOp.NOT) {
                return false;
            }
            out[i] = Arithmetic.apply(op, x);
        }
        return true;
    }

    /** {@code out[i] = op(values[a + i], values[b + i])}; false if it overflows on some row. */
    static boolean apply(BinaryOp op, long[] values, int a, int b, long[] out, int m) {
        switch (op) {
            case ADD:
                for (int i = 0; i < m; i++) {
                    long x = values[a + i];
                    long y = values[b + i];
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) {
                        return false;
                    }
                    out[i] = r;
                }
                return true;
            case SUB:
                for (int i = 0; i < m; i++) {
                    long x = values[a + i];
                    long y = values[b + i];
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) {
                        return false;
                    }
                    out[i] = r;
                }
                return true;
            case MUL:
                for (int i = 0; i < m; i++) {
                    long x = values[a + i];
                    long y = values[b + i];
                    long r = x * y;
                    if (Math.multiplyHigh(x, y) != (r >> 63)) {
                        return false;
                    }
                    out[i] = r;
                }
                return true;
            default:
                for (int i = 0; i < m; i++) {
                    long x = values[a + i];
                    long y = values[b + i];
                    if (op == BinaryOp.FLOOR_DIV && x == Long.MIN_VALUE && y == -1) {
                        return false;
                    }
                    out[i] = Arithmetic.apply(op, x, y);
                }
                return true;
        }
    }
}
