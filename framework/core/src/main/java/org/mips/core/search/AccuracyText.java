package org.mips.core.search;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Accuracies as people read them: six decimals, rounded down, so that only a perfect network reads 1.000000. */
public final class AccuracyText {

    private AccuracyText() {
    }

    /** {@code 0.9999995} is {@code 0.999999}, not {@code 1.000000}; 1 is {@code 1.000000}. */
    public static String of(double accuracy) {
        if (!Double.isFinite(accuracy)) {
            return String.valueOf(accuracy);
        }
        return new BigDecimal(accuracy).setScale(6, RoundingMode.FLOOR).toPlainString();
    }
}
