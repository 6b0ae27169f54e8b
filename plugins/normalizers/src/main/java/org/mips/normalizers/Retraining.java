package org.mips.normalizers;

import java.time.Duration;
import java.time.Instant;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * Trainings that start from the network being simplified, on the task's own data and through the
 * host's backend, each with a share of the time the host allows.
 */
final class Retraining {

    /** Kept back from the host's deadline, for measuring and writing the result. */
    private static final double RESERVE = 0.1;

    private final NormalizerContext context;
    private final Instant end;

    Retraining(NormalizerContext context) {
        this.context = context;
        Instant now = Instant.now();
        Instant deadline = context.deadline();
        Duration left = deadline.isAfter(now.plus(Duration.ofDays(365))) ? Duration.ofDays(365) : Duration.between(now, deadline);
        this.end = now.plus(Duration.ofMillis((long) (Math.max(0, left.toMillis()) * (1 - RESERVE))));
    }

    /** Whether any time is left. */
    boolean hasTime() {
        return Instant.now().isBefore(end);
    }

    /**
     * Trains from {@code network} for up to {@code steps}, within {@code 1 / shares} of the time left.
     *
     * @param freezeZeros keep its exact zeros at zero
     * @param l1          the L1 strength, 0 for none
     * @param untilPerfect stop at the first perfect evaluation, else train every step (and get the last
     *                    perfect weights back)
     */
    TrainingResult train(Network network, int steps, boolean freezeZeros, double l1, boolean untilPerfect, int shares) {
        Instant now = Instant.now();
        Instant deadline = now.plus(Duration.between(now, end).dividedBy(Math.max(1, shares)));
        TrainingRequest request = TrainingRequest.paperDefaults(network.architecture(), context.dataset(), steps, 0)
                .withStart(network, freezeZeros).withL1(l1).withStopWhenPerfect(untilPerfect).withDeadline(deadline);
        return context.backend().train(request, evaluation -> {
        });
    }

    /** Whether {@code network} is perfect on the whole test split, judged by the backend (no training step). */
    boolean perfect(Network network) {
        return train(network, 0, false, 0, true, 1).perfect();
    }
}
