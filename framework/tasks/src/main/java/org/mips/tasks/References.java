package org.mips.tasks;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;
import org.mips.spi.task.Task.ReferenceFunction;

/**
 * Shapes of reference functions. They are written from the task definitions directly (a prefix sum,
 * a window, a per-step formula), independently of the step-machine specifications, so that the two
 * check each other.
 */
final class References {

    private References() {
    }

    /** {@code y_t = f(x_t)} for one input. */
    static ReferenceFunction each(LongUnaryOperator f) {
        return x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = f.applyAsLong(x[t][0]);
            }
            return y;
        };
    }

    /** {@code y_t = f(a_t, b_t)} for two inputs. */
    static ReferenceFunction each2(LongBinaryOperator f) {
        return x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = f.applyAsLong(x[t][0], x[t][1]);
            }
            return y;
        };
    }

    /** A function of the first {@code length} values of {@code values}. */
    @FunctionalInterface
    interface PrefixFunction {
        long apply(long[] values, int length);
    }

    /** {@code y_t = f(x_0, ..., x_t)}: a function of the whole prefix of one input. */
    static ReferenceFunction prefix(PrefixFunction f) {
        return x -> {
            long[][] y = new long[x.length][1];
            long[] values = new long[x.length];
            for (int t = 0; t < x.length; t++) {
                values[t] = x[t][0];
                y[t][0] = f.apply(values, t + 1);
            }
            return y;
        };
    }

    /** {@code y_t = f(x_{t-k+1}, ..., x_t)}, oldest first, with zeros before the start. */
    static ReferenceFunction window(int k, ToLongFunction<long[]> f) {
        return x -> {
            long[][] y = new long[x.length][1];
            long[] window = new long[k];
            for (int t = 0; t < x.length; t++) {
                for (int j = 0; j < k; j++) {
                    int s = t - k + 1 + j;
                    window[j] = s >= 0 ? x[s][0] : 0;
                }
                y[t][0] = f.applyAsLong(window);
            }
            return y;
        };
    }

    /** Addition of two base-{@code base} numbers given least significant digit first, carry dropped. */
    static ReferenceFunction addition(int base) {
        return x -> {
            long[][] y = new long[x.length][1];
            long carry = 0;
            for (int t = 0; t < x.length; t++) {
                long total = x[t][0] + x[t][1] + carry;
                y[t][0] = total % base;
                carry = total / base;
            }
            return y;
        };
    }

    /** Long division by {@code divisor} of a binary number given most significant bit first: the quotient bits. */
    static ReferenceFunction division(int divisor) {
        return x -> {
            long[][] y = new long[x.length][1];
            long remainder = 0;
            for (int t = 0; t < x.length; t++) {
                long u = 2 * remainder + x[t][0];
                y[t][0] = u / divisor;
                remainder = u % divisor;
            }
            return y;
        };
    }

    static long sum(long[] values) {
        return sum(values, values.length);
    }

    static long sum(long[] values, int length) {
        long total = 0;
        for (int i = 0; i < length; i++) {
            total += values[i];
        }
        return total;
    }

    static long count(long[] values, int length, long value) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            n += values[i] == value ? 1 : 0;
        }
        return n;
    }

    static long max(long[] values, int length) {
        long max = values[0];
        for (int i = 1; i < length; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    static long min(long[] values, int length) {
        long min = values[0];
        for (int i = 1; i < length; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }

    static long bit(boolean value) {
        return value ? 1 : 0;
    }
}
