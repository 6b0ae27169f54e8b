package org.mips.cli.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task's line in {@code results.json}.
 *
 * @param task         the task's id
 * @param description  what it computes
 * @param dir          its artifacts' directory, relative to the benchmark's
 * @param status       {@code proven}, {@code solved} (verified, not proven), {@code unsolved} (a stage
 *                     found nothing) or {@code failed} (a crash or a deadline)
 * @param stage        the last stage that ran
 * @param reason       why the task stopped short of a proof; empty when proven
 * @param architecture the chosen network, {@code n,Lh,wh,Lo,wo}; null without one
 * @param detector     the representation extraction chose; null without one
 * @param regressors   the regressors that fitted the program's formulas
 * @param programSize  the program's formulas' total size in nodes; null without a program
 * @param verification the verification's checks; null when it did not run
 * @param proof        the proof's result; null when it did not run
 * @param seconds      seconds per finished stage
 * @param totalSeconds their sum
 * @param paper        the reference's columns; null for a task of the user's own
 */
public record TaskResult(String task, String description, String dir, String status, String stage, String reason,
        String architecture, String detector, List<String> regressors, Integer programSize, Verification verification,
        Proof proof, Map<String, Double> seconds, double totalSeconds, PaperColumns.Row paper) {

    public static final String PROVEN = "proven";
    public static final String SOLVED = "solved";
    public static final String UNSOLVED = "unsolved";
    public static final String FAILED = "failed";

    public TaskResult {
        regressors = List.copyOf(regressors);
        seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /** Whether the program passed verification (proven or not). */
    public boolean solved() {
        return status.equals(PROVEN) || status.equals(SOLVED);
    }

    /** The verification's outcome. */
    public record Verification(boolean passed, List<Check> checks) {
    }

    /** One verification check; {@code counterexample} is empty when it passed. */
    public record Check(String name, long sequences, int length, boolean passed, String counterexample) {
    }

    /** The prover's verdict. */
    public record Proof(String status, String detail, double seconds) {
    }
}
