package org.mips.core.prove;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * What the prove stage did, as written to {@code proof.json}.
 *
 * @param task        the task
 * @param status      what came of it
 * @param detail      the verifier's verdict in one line, or why there is no proof
 * @param claim       what a proven proof establishes
 * @param prover      the prover's id, empty when none ran
 * @param abstraction {@code phi}, one formula per program variable
 * @param invariant   how the reachable states were described ({@code explicit: N states} or a box)
 * @param file        the proof file's name, empty when none was written
 * @param seconds     how long the verifier ran
 */
public record ProofRecord(String task, Status status, String detail, String claim, String prover, List<String> abstraction,
        String invariant, String file, double seconds) {

    public ProofRecord {
        abstraction = List.copyOf(abstraction);
    }

    public boolean proven() {
        return status == Status.PROVEN;
    }

    /** What came of a proof. */
    public enum Status {
        /** The verifier accepted it. */
        @JsonProperty("proven") PROVEN,
        /** The verifier rejected it, did not finish in time, or the prover failed. */
        @JsonProperty("failed") FAILED,
        /**
         * For data without a specification: the verifier accepted that the formulas give the extracted
         * machine's initial state, next states and outputs on the rows observed. Not a proof about the
         * network or the data beyond those rows, and never counted as proven.
         */
        @JsonProperty("tables agree") TABLES_AGREE,
        /** The verifier is not installed; nothing is claimed. */
        @JsonProperty("not available") NOT_AVAILABLE,
        /** There was nothing to prove against, or no abstraction function was found. */
        @JsonProperty("no proof") NO_PROOF;

        /** The name {@code proof.json} and the tables use: {@code proven}, {@code not available}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
