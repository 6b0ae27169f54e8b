package org.mips.spi.training;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Per-element training losses of the paper (reference section 2.3), on the error {@code e = y_hat - y}. */
public enum Loss {
    /** {@code 0.5 ln(1 + e^2)}: robust to outliers; used by all 62 tasks. */
    @JsonProperty("log") LOG,
    /** {@code 0.5 e^2}. */
    @JsonProperty("mse") MSE;

    public double value(double error) {
        double squared = error * error;
        if (this == MSE) {
            return 0.5 * squared;
        }
        // Math.log is an intrinsic and log1p is not; near zero, where log(1 + x) loses digits, the
        // series x - x^2/2 is exact to double precision.
        return 0.5 * (squared < 1e-5 ? squared - 0.5 * squared * squared : Math.log(1 + squared));
    }

    /** d value / d error. */
    public double derivative(double error) {
        return this == LOG ? error / (1 + error * error) : error;
    }
}
