package org.mips.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from data values to pixels. An empty or zero-width domain (one point, all values equal)
 * is widened so that nothing divides by zero and no NaN reaches the SVG.
 *
 * @param low   the data value drawn at {@code from}
 * @param high  the data value drawn at {@code to}; always above {@code low}
 */
record Scale(double low, double high, double from, double to) {

    /** A scale over [low, high], widened when it is empty or has no width. */
    static Scale of(double low, double high, double from, double to) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return new Scale(0, 1, from, to);
        }
        if (high - low < 1e-12 * Math.max(1, Math.abs(high))) {
            double pad = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
            return new Scale(low - pad, high + pad, from, to);
        }
        return new Scale(low, high, from, to);
    }

    /** A scale over the finite values among {@code values}, with {@code 0} included if asked. */
    static Scale fitting(List<Double> values, boolean fromZero, double from, double to) {
        double low = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double high = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        return of(low, high, from, to);
    }

    double map(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    /** About {@code count} round tick values (1, 2 or 5 times a power of ten apart) inside the domain. */
    List<Double> ticks(int count) {
        double rough = (high - low) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = rough / power < 1.5 ? power : rough / power < 3.5 ? 2 * power : rough / power < 7.5 ? 5 * power
                : 10 * power;
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9 && ticks.size() < 50; k++) {
            // k * step rather than repeated addition, so that ticks print as round numbers.
            ticks.add(Math.abs(k * step) < step * 1e-9 ? 0.0 : k * step);
        }
        return ticks;
    }
}
