package org.mips.spi.pipeline;

import java.util.List;

/** The ids of the host's own stages, in their order, for placing a stage of a plugin among them. */
public final class BuiltInStages {

    /** The architecture search: the smallest perfect network ({@code network.json}). */
    public static final String SEARCH = "search";
    /** The normalizer chain ({@code simplified.json}). */
    public static final String SIMPLIFY = "simplify";
    /** The representation and its state machine ({@code machine.json}). */
    public static final String EXTRACT = "extract";
    /** The machine's updates regressed into formulas ({@code program.json}). */
    public static final String REGRESS = "regress";
    /** The program checked on the held-out split and on long fresh sequences. */
    public static final String VERIFY = "verify";
    /** The program proven against the task's specification. */
    public static final String PROVE = "prove";
    /** The program written as code. */
    public static final String EMIT = "emit";

    /** All of them, in pipeline order. */
    public static final List<String> ALL = List.of(SEARCH, SIMPLIFY, EXTRACT, REGRESS, VERIFY, PROVE, EMIT);

    private BuiltInStages() {
    }
}
