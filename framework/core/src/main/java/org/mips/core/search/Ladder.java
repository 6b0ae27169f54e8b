package org.mips.core.search;

import java.util.List;

/**
 * The rungs of {@link LadderPlan}: the hidden sizes it climbs and the MLP width it gives each size.
 *
 * @param hiddenSizes    increasing hidden sizes, e.g. 1, 2, 3, 4, 6, 8, 12, ...
 * @param minWidth       narrowest MLP width on the ladder
 * @param widthPerHidden MLP width per hidden unit
 * @param climbSeeds     seeds a candidate gets on the way up (the narrowing grants all the
 *                       {@link SeedPolicy} allows)
 */
public record Ladder(List<Integer> hiddenSizes, int minWidth, int widthPerHidden, int climbSeeds) {

    /** Widest MLP of the paper's search space. */
    public static final int MAX_WIDTH = ArchitectureOrder.PAPER.maxWidth();

    /** Sizes growing by at most 1.5x, widths {@code max(8, 4n)}, one seed per candidate on the way up; see {@link LadderPlan} for why. */
    public static final Ladder DEFAULT = new Ladder(List.of(1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128), 8, 4, 1);

    public Ladder {
        hiddenSizes = List.copyOf(hiddenSizes);
        if (hiddenSizes.isEmpty()) {
            throw new IllegalArgumentException("the ladder needs at least one hidden size");
        }
        for (int i = 0; i < hiddenSizes.size(); i++) {
            if (hiddenSizes.get(i) < 1 || (i > 0 && hiddenSizes.get(i) <= hiddenSizes.get(i - 1))) {
                throw new IllegalArgumentException("ladder hidden sizes must be positive and increasing: " + hiddenSizes);
            }
        }
        if (minWidth < 1 || minWidth > MAX_WIDTH || widthPerHidden < 0) {
            throw new IllegalArgumentException("ladder widths: minimum " + minWidth + " must lie in 1.." + MAX_WIDTH
                    + " and per hidden unit " + widthPerHidden + " must not be negative");
        }
        if (climbSeeds < 1) {
            throw new IllegalArgumentException("the ladder's seeds per candidate must be at least 1, got " + climbSeeds);
        }
    }

    public Ladder withClimbSeeds(int value) {
        return new Ladder(hiddenSizes, minWidth, widthPerHidden, value);
    }

    /** The MLP width for hidden size {@code n}: {@code widthPerHidden·n}, within {@code minWidth..256}. */
    public int width(int n) {
        return (int) Math.min(MAX_WIDTH, Math.max(minWidth, (long) widthPerHidden * n));
    }

    /** The hidden sizes up to {@code maxHidden}. */
    public List<Integer> sizesUpTo(int maxHidden) {
        return hiddenSizes.stream().filter(n -> n <= maxHidden).toList();
    }
}
