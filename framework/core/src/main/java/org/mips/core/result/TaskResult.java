package org.mips.core.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.VerificationRecord;

/**
 * How one task's run ended: the summary {@code mips run} prints, the line {@code results.json} holds for it,
 * and what the report shows. The one record of a task's result; {@link TaskResults} makes it from the
 * run's stages and artifacts.
 *
 * @param task         the task's id
 * @param description  what it computes
 * @param dir          its artifacts' directory (relative to the benchmark's in {@code results.json})
 * @param status       how far it got
 * @param stage        the last stage that ran
 * @param reason       why it stopped short of a proof, or, for a proven task, which later stage failed; empty otherwise
 * @param architecture the chosen network, {@code n,Lh,wh,Lo,wo}; null without one
 * @param detector     where the program's machine came from: the detector, then the numbering if any
 *                     ({@code behaviour+residue}); without a program, the representation extraction chose; null without one
 * @param regressors   the regressors that fitted the program's formulas
 * @param programSize  the program's formulas' total size in nodes; null without a program
 * @param verification the verification's checks ({@code verification.json}); null when it did not run
 * @param proof        the proof's verdict ({@code proof.json}); null when none was attempted
 * @param code         the files of the emitted code
 * @param seconds      seconds per stage that ran
 * @param totalSeconds their sum
 * @param paper        the reference's columns; null outside a benchmark or for a task of the user's own
 */
public record TaskResult(String task, String description, String dir, TaskStatus status, String stage, String reason,
        String architecture, String detector, List<String> regressors, Integer programSize, VerificationRecord verification,
        ProofRecord proof, List<String> code, Map<String, Double> seconds, double totalSeconds, PaperColumns.Row paper) {

    public TaskResult {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(status, "status");
        regressors = List.copyOf(regressors);
        code = List.copyOf(code);
        seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /** A task whose run could not start, or ended before any stage did: failed, with the reason. */
    public static TaskResult failed(String task, String description, String reason) {
        return new TaskResult(task, description, "", TaskStatus.FAILED, "", reason, null, null, List.of(), null, null, null, List.of(),
                Map.of(), 0, null);
    }

    /** Whether the program passed verification (proven or not). */
    public boolean solved() {
        return status.solved();
    }

    /** The same result, failed at {@code failedStage} for {@code why} (its process ended outside any stage). */
    public TaskResult failed(String failedStage, String why) {
        return new TaskResult(task, description, dir, TaskStatus.FAILED, failedStage, why, architecture, detector, regressors, programSize,
                verification, proof, code, seconds, totalSeconds, paper);
    }

    /** The same result as a line of a benchmark: its directory relative to the benchmark's, with the paper's columns. */
    public TaskResult inBenchmark(String relativeDir, PaperColumns.Row paperRow) {
        return new TaskResult(task, description, relativeDir, status, stage, reason, architecture, detector, regressors, programSize,
                verification, proof, code, seconds, totalSeconds, paperRow);
    }
}
