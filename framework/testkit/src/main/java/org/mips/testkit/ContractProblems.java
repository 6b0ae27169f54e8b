package org.mips.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.mips.spi.regress.RegressionProblem;

/**
 * Regression problems every regressor must survive: degenerate ones (no rows, no variables, one row, a
 * constant target), ones with a known formula, contradictory rows, values at the edge of 64 bits that
 * overflow any careless formula, and random noise no small formula fits. Each call builds fresh, equal
 * problems.
 */
public final class ContractProblems {

    private static final long SEED = 20_260_401L;

    /** A problem and the name a test report shows for it. */
    public record Case(String name, RegressionProblem problem) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ContractProblems() {
    }

    public static List<Case> all() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("no rows", new RegressionProblem("y", List.of("a", "b"), new long[0][], new long[0])));
        cases.add(new Case("no variables, constant target",
                new RegressionProblem("y", List.of(), new long[][] {{}, {}, {}}, new long[] {7, 7, 7})));
        cases.add(new Case("no variables, two targets",
                new RegressionProblem("y", List.of(), new long[][] {{}, {}}, new long[] {1, 2})));
        cases.add(new Case("one row", new RegressionProblem("y", List.of("a", "b"), new long[][] {{3, 4}}, new long[] {7})));
        cases.add(generated("constant target", List.of("a", "b", "c"), 40, 0, 9, r -> 4, random));
        cases.add(generated("2*a - b + 3", List.of("a", "b"), 40, -20, 20, r -> 2 * r[0] - r[1] + 3, random));
        cases.add(generated("(a - b) % 3 with negatives", List.of("a", "b"), 60, -30, 30, r -> Math.floorMod(r[0] - r[1], 3), random));
        cases.add(generated("max(a, x)", List.of("a", "x"), 50, 0, 9, r -> Math.max(r[0], r[1]), random));
        cases.add(generated("a ^ b ^ c on bits", List.of("a", "b", "c"), 40, 0, 1, r -> r[0] ^ r[1] ^ r[2], random));
        cases.add(generated("carry a + b + c > 1", List.of("a", "b", "c"), 40, 0, 1, r -> r[0] + r[1] + r[2] > 1 ? 1 : 0, random));
        cases.add(generated("random bits, consistent", List.of("a", "b", "c", "d"), 40, 0, 1,
                consistentNoise(random.nextLong(), 2), random));
        cases.add(generated("random small integers, consistent", List.of("a", "b", "c"), 60, -5, 5,
                consistentNoise(random.nextLong(), 1000), random));
        cases.add(contradictory("contradictory rows", random));
        cases.add(generated("14 bit variables, parity of 3", names(14), 300, 0, 1, r -> r[2] ^ r[7] ^ r[11], random));
        cases.add(new Case("64-bit edge values", new RegressionProblem("y", List.of("a", "b"),
                new long[][] {{Long.MAX_VALUE, Long.MIN_VALUE}, {Long.MIN_VALUE, -1}, {Long.MAX_VALUE - 1, 1}, {0, Long.MAX_VALUE}},
                new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 3, -9})));
        cases.add(generated("huge values, target a", List.of("a", "b"), 30, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2, r -> r[0], random));
        cases.add(generated("huge values, random targets", List.of("a", "b"), 30, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2,
                consistentNoise(random.nextLong(), Long.MAX_VALUE), random));
        cases.add(generated("2000 rows of a % 7 + b", List.of("a", "b"), 2000, 0, 99, r -> r[0] % 7 + r[1], random));
        return cases;
    }

    /** {@code rows} random rows with values in {@code [min, max]} and the target {@code f} gives. */
    public static Case generated(String name, List<String> variables, int rows, long min, long max,
            ToLongFunction<long[]> f, SplittableRandom random) {
        long[][] values = new long[rows][variables.size()];
        long[] targets = new long[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < variables.size(); c++) {
                values[r][c] = min + (long) (random.nextDouble() * ((double) max - (double) min + 1));
                values[r][c] = Math.max(min, Math.min(max, values[r][c]));
            }
            targets[r] = f.applyAsLong(values[r]);
        }
        return new Case(name, new RegressionProblem("y", variables, values, targets));
    }

    /** A target that is a random function of the row's values: consistent, but no formula in particular. */
    public static ToLongFunction<long[]> consistentNoise(long seed, long bound) {
        return row -> {
            long h = seed;
            for (long v : row) {
                h = (h ^ v) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            return Math.floorMod(h, bound);
        };
    }

    private static Case contradictory(String name, SplittableRandom random) {
        Case base = generated(name, List.of("a", "b"), 30, 0, 3, r -> r[0] + r[1], random);
        long[][] rows = base.problem().rows().clone();
        long[] targets = base.problem().targets().clone();
        rows[rows.length - 1] = rows[0].clone();
        targets[targets.length - 1] = targets[0] + 1;
        return new Case(name, new RegressionProblem("y", base.problem().variables(), rows, targets));
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("x" + i);
        }
        return names;
    }
}
