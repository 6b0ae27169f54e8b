package org.mips.spi.prove;

/** What a {@link Prover} is asked to prove about a program. */
public sealed interface Obligation permits Refinement, Simulation, TableAgreement {

    /** A name for the proof module, e.g. the task id. */
    String name();

    /** One line saying what a successful proof establishes. */
    String claim();
}
