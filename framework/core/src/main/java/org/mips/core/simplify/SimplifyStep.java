package org.mips.core.simplify;

/**
 * What one normalizer of the chain did.
 *
 * @param normalizer the normalizer's id
 * @param status     whether its network was kept
 * @param reason     why it was reverted or failed; empty when applied
 * @param before     the metrics of the network it was given
 * @param after      the metrics of the network it returned ({@code null} when it returned none)
 */
public record SimplifyStep(String normalizer, Status status, String reason, NetworkMetrics before, NetworkMetrics after) {

    public enum Status {
        /** Its network is kept. */
        APPLIED,
        /** It returned a network, but a worse one on held-out data: the network before it is kept. */
        REVERTED,
        /** It threw, timed out, or returned an invalid network: the network before it is kept. */
        FAILED,
        /** It said before it ran that it cannot work on this network, and why: the network before it is kept. */
        REFUSED
    }
}
