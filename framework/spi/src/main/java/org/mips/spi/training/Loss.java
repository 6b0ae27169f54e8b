package org.mips.spi.training;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Per-element training losses of the paper (reference section 2.3), on the error {@code e = y_hat - y}. */
public enum Loss {
    /** {@code 0.5 ln(1 + e^2)}: robust to outliers; used by all 62 tasks. */
    @JsonProperty("log") LOG,
    /** {@code 0.5 e^2}. */
    @JsonProperty("mse") MSE;

    public double value(double error) {
        return this == LOG ? 0.5 * Math.log1p(error * error) : 0.5 * error * error;
    }

    /** d value / d error. */
    public double derivative(double error) {
        return this == LOG ? error / (1 + error * error) : error;
    }
}
