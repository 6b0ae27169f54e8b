package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticTrace;

/** Checks of a representation against the known machine behind a synthetic trace. */
final class Truth {

    private Truth() {
    }

    static Representation found(Outcome<Representation> outcome) {
        return outcome.toOptional().orElseThrow(() -> new AssertionError("expected a representation, got " + outcome));
    }

    /** Every true state and its code, for each {@code h_{t-1}} (if {@code withStart}) and each {@code h_t}. */
    static List<long[][]> pairs(Representation representation, SyntheticTrace synthetic, boolean withStart) {
        HiddenTrace trace = synthetic.trace();
        int n = trace.hiddenDim();
        List<long[][]> pairs = new ArrayList<>();
        for (int r = 0; r < trace.rows(); r++) {
            if (withStart) {
                pairs.add(new long[][] {synthetic.previousTruth()[r],
                        representation.encode(Arrays.copyOfRange(trace.previous(), r * n, (r + 1) * n))});
            }
            pairs.add(new long[][] {synthetic.nextTruth()[r], representation.encode(Arrays.copyOfRange(trace.next(), r * n, (r + 1) * n))});
        }
        return pairs;
    }

    /** Codes and true states determine each other; returns how many distinct states there are. */
    static int assertOneToOne(List<long[][]> pairs) {
        Map<List<Long>, List<Long>> codeOf = new HashMap<>();
        Map<List<Long>, List<Long>> stateOf = new HashMap<>();
        for (long[][] pair : pairs) {
            List<Long> state = boxed(pair[0]);
            List<Long> code = boxed(pair[1]);
            List<Long> knownCode = codeOf.putIfAbsent(state, code);
            if (knownCode != null && !knownCode.equals(code)) {
                fail("true state " + state + " has codes " + knownCode + " and " + code);
            }
            List<Long> knownState = stateOf.putIfAbsent(code, state);
            if (knownState != null && !knownState.equals(state)) {
                fail("code " + code + " stands for true states " + knownState + " and " + state);
            }
        }
        return codeOf.size();
    }

    /**
     * The integer matrix U and offset s with {@code code = U state + s} on every pair; fails unless such
     * an exact integer map exists and U is unimodular ({@code |det U| = 1}), i.e. the lattice is the true
     * one in another basis.
     */
    static long[][] assertUnimodular(List<long[][]> pairs) {
        int r = pairs.get(0)[0].length;
        AffineFit fit = AffineFit.of(pairs.stream().map(p -> p[0]).toArray(long[][]::new),
                pairs.stream().map(p -> Arrays.stream(p[1]).asDoubleStream().toArray()).toArray(double[][]::new));
        long[][] u = new long[r][r];
        double[][] asDouble = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double value = fit.rows()[i][j]; // row i: how the code moves when true coordinate i grows by one
                u[i][j] = Math.round(value);
                asDouble[i][j] = u[i][j];
                assertEquals(u[i][j], value, 1e-6, "the map from true to found coordinates is not integer: " + Arrays.deepToString(fit.rows()));
            }
        }
        for (long[][] pair : pairs) {
            for (int j = 0; j < r; j++) {
                double predicted = fit.origin()[j];
                for (int i = 0; i < r; i++) {
                    predicted += pair[0][i] * u[i][j];
                }
                assertEquals(pair[1][j], predicted, 1e-6, "code " + Arrays.toString(pair[1]) + " of state " + Arrays.toString(pair[0]));
            }
        }
        double det = Determinant.of(asDouble);
        assertTrue(Math.abs(Math.abs(det) - 1) < 1e-9, "not unimodular: det " + det + " of " + Arrays.deepToString(u));
        return u;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
