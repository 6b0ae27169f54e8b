package org.mips.core.train;

/**
 * How fast a training ran: {@code timing.json} of {@code mips train}, for comparing backends.
 *
 * @param seconds        the training loop's wall time, from its first evaluation
 * @param stepsPerSecond optimizer steps per second of the loop
 * @param setupSeconds   the backend's one-off setup before the loop (e.g. copying the data)
 * @param backend        the backend's description, which names the kernel that ran
 */
public record TimingRecord(double seconds, double stepsPerSecond, double setupSeconds, String backend) {
}
