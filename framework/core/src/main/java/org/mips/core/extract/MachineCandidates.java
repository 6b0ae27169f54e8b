package org.mips.core.extract;

import java.util.List;
import java.util.Objects;
import org.mips.spi.represent.StateMachine;

/**
 * {@code machines.json}: every detector's deterministic machine, the chosen one first. Regression tries
 * them all, so a representation that loses on description length can still give the shortest program.
 *
 * @param task     the task
 * @param machines one per detector whose machine was deterministic on the trace
 */
public record MachineCandidates(String task, List<Entry> machines) {
    public MachineCandidates {
        machines = List.copyOf(machines);
    }

    /** One detector's machine. */
    public record Entry(String detector, StateMachine machine) {
        public Entry {
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(machine, "machine");
        }
    }
}
