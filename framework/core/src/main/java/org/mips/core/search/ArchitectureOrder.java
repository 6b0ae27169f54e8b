package org.mips.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;

/**
 * The paper's total order of architectures and its geometric sweep (reference section 3.1 and 3.2,
 * after {@code scripts/rnn_architecture_search.py}).
 *
 * <p>An architecture is the mixed-radix integer
 * {@code N(Lo, Lh, n, wo, wh) = (((Lo-1)·D + (Lh-1))·H + (n-1))·W² + (wo-1)·W + (wh-1)} with digit
 * significance {@code (Lo, Lh, n, wo, wh)}, most significant first, where {@code H}, {@code D} and
 * {@code W} are the largest hidden size, depth and width (the paper: 128, 3 and 256, so the space has
 * 75,497,472 points). A width is irrelevant when its depth is 1, so many integers name the same
 * network: they are <em>equivalent</em>, and {@link #at} maps all of them to the same
 * {@link Architecture} (whose irrelevant widths are 0). "Smaller" in this order means: linear readout
 * before nonlinear, then linear transition before nonlinear, then fewer hidden units, then narrower
 * readout, then narrower transition.
 */
public final class ArchitectureOrder {

    /** The paper's bounds: hidden size 1..128, depths 1..3, widths 1..256. */
    public static final ArchitectureOrder PAPER = new ArchitectureOrder(128, 3, 256);

    /** {@code 2^(1/4)} as the double Python computes for {@code 2**0.25}, so the sweep is the paper's to the integer. */
    private static final double GROWTH = 1.189207115002721;

    private final int maxHidden;
    private final int maxDepth;
    private final int maxWidth;

    public ArchitectureOrder(int maxHidden, int maxDepth, int maxWidth) {
        if (maxHidden < 1 || maxDepth < 1 || maxWidth < 1) {
            throw new IllegalArgumentException("architecture bounds must be at least 1: hidden " + maxHidden
                    + ", depth " + maxDepth + ", width " + maxWidth);
        }
        this.maxHidden = maxHidden;
        this.maxDepth = maxDepth;
        this.maxWidth = maxWidth;
    }

    public int maxHidden() {
        return maxHidden;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxWidth() {
        return maxWidth;
    }

    /** Number of integers in the space (equivalent ones counted separately, as the paper does). */
    public long size() {
        return (long) maxDepth * maxDepth * maxHidden * maxWidth * maxWidth;
    }

    /** Whether every parameter of {@code architecture} lies within this order's bounds. */
    public boolean contains(Architecture architecture) {
        return architecture.hiddenDim() <= maxHidden
                && architecture.transitionDepth() <= maxDepth && architecture.readoutDepth() <= maxDepth
                && architecture.transitionWidth() <= maxWidth && architecture.readoutWidth() <= maxWidth;
    }

    /**
     * The smallest integer naming {@code architecture}: irrelevant widths count as width 1.
     *
     * @throws IllegalArgumentException if it lies outside the bounds
     */
    public long index(Architecture architecture) {
        if (!contains(architecture)) {
            throw new IllegalArgumentException("architecture " + architecture.toText() + " lies outside hidden 1.."
                    + maxHidden + ", depths 1.." + maxDepth + ", widths 1.." + maxWidth);
        }
        long depths = (long) (architecture.readoutDepth() - 1) * maxDepth + (architecture.transitionDepth() - 1);
        long hidden = depths * maxHidden + (architecture.hiddenDim() - 1);
        return (hidden * maxWidth + widthDigit(architecture.readoutWidth())) * maxWidth
                + widthDigit(architecture.transitionWidth());
    }

    /**
     * The architecture an integer names.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < size()}; see {@link #clamp}
     */
    public Architecture at(long index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("architecture index " + index + " lies outside 0.." + (size() - 1));
        }
        int wh = (int) (index % maxWidth) + 1;
        long rest = index / maxWidth;
        int wo = (int) (rest % maxWidth) + 1;
        rest /= maxWidth;
        int n = (int) (rest % maxHidden) + 1;
        rest /= maxHidden;
        int lh = (int) (rest % maxDepth) + 1;
        int lo = (int) (rest / maxDepth) + 1;
        // The record drops widths of depth-1 MLPs, which is exactly the paper's equivalence.
        return new Architecture(n, lh, wh, lo, wo, Activation.RELU);
    }

    /** {@code index} limited to the last point, as the reference script does for points past the end. */
    public long clamp(long index) {
        return Math.min(index, size() - 1);
    }

    /** Whether two integers name the same network (reference section 3.1, "equivalence"). */
    public boolean equivalent(long first, long second) {
        return at(clamp(first)).equals(at(clamp(second)));
    }

    /** Index of the first sweep point: depth 1 everywhere and n = 2, as all smaller integers have n = 1. */
    public long sweepStart() {
        return (long) maxWidth * maxWidth;
    }

    /**
     * The next point of the geometric sweep: {@code floor(index · 2^(1/4))}, and at least
     * {@code index + 1} so that a sweep over tiny bounds cannot stall (from the paper's start the
     * product always grows).
     */
    public static long nextGeometric(long index) {
        return Math.max(index + 1, (long) (index * GROWTH));
    }

    /**
     * Phase 1 of the paper's search (reference section 3.2): the points {@code sweepStart()},
     * {@code floor(N·2^(1/4))}, ... up to {@code 2·size()}, leaving out each point equivalent to the one
     * before it. Points past the end are kept unclamped, as phase 2's bounds are computed from them;
     * {@link #at} them through {@link #clamp}. For the paper's bounds this yields 36 points.
     */
    public List<Long> phaseOneSweep() {
        List<Long> points = new ArrayList<>();
        long previous = -1;
        for (long point = sweepStart(); point <= 2 * size(); point = nextGeometric(point)) {
            if (previous < 0 || !equivalent(point, previous)) {
                points.add(point);
            }
            previous = point;
        }
        return points;
    }

    /**
     * Orders architectures as their {@link #index} does, for any bounds: digit by digit
     * {@code (Lo, Lh, n, wo, wh)}, with irrelevant widths (stored as 0) first.
     */
    public static Comparator<Architecture> comparator() {
        return Comparator.comparingInt(Architecture::readoutDepth)
                .thenComparingInt(Architecture::transitionDepth)
                .thenComparingInt(Architecture::hiddenDim)
                .thenComparingInt(Architecture::readoutWidth)
                .thenComparingInt(Architecture::transitionWidth);
    }

    private static int widthDigit(int width) {
        return width == 0 ? 0 : width - 1;
    }
}
