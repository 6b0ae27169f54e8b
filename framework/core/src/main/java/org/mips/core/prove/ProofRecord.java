package org.mips.core.prove;

import java.util.List;

/**
 * What the prove stage did, as written to {@code proof.json}.
 *
 * @param task        the task
 * @param status      {@code proven}, {@code failed}, {@code not available} or {@code no proof} (nothing to
 *                    prove against, or no abstraction function found)
 * @param detail      the verifier's verdict in one line, or why there is no proof
 * @param claim       what a proven proof establishes
 * @param prover      the prover's id, empty when none ran
 * @param abstraction {@code phi}, one formula per program variable
 * @param invariant   how the reachable states were described ({@code explicit: N states} or a box)
 * @param file        the proof file's name, empty when none was written
 * @param seconds     how long the verifier ran
 */
public record ProofRecord(String task, String status, String detail, String claim, String prover, List<String> abstraction,
        String invariant, String file, double seconds) {

    public ProofRecord {
        abstraction = List.copyOf(abstraction);
    }

    public boolean proven() {
        return "proven".equals(status);
    }
}
