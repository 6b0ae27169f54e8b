package org.mips.core.search;

/** What the seeds tried so far say about one candidate architecture. */
public enum Verdict {
    /** A seed trained it to a perfect network. */
    PERFECT,
    /** Every seed the {@link SeedPolicy} grants it failed. */
    FAILED,
    /** Not decided yet: another seed has to be trained. */
    PENDING
}
