package org.mips.regressors;

import java.time.Duration;
import java.time.Instant;

/**
 * A point in time measured on the monotonic clock, so that a wall-clock adjustment during a search
 * neither cuts it short nor lets it overrun.
 */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline at(Instant instant) {
        long now = System.nanoTime();
        long remaining;
        try {
            remaining = Math.max(0, Duration.between(Instant.now(), instant).toNanos());
        } catch (ArithmeticException farAway) {
            remaining = Long.MAX_VALUE / 4; // Instant.MAX and the like: centuries away
        }
        return new Deadline(now + Math.min(remaining, Long.MAX_VALUE / 4));
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** The deadline as epoch milliseconds, the form LogicNG's timeout handlers take. */
    long epochMillis() {
        long remainingMillis = Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
        return System.currentTimeMillis() + remainingMillis;
    }
}
