package org.mips.core.search;

import java.util.Locale;

/** Which {@link SearchPlan} a search follows. */
public enum Strategy {
    /** {@link LadderPlan}: small sizes first, nonlinear families early; made for a time budget. */
    LADDER,
    /** {@link PaperPlan}: the paper's geometric sweep and bisection. */
    PAPER;

    /** The lower-case name used on the command line and in {@code search.json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
