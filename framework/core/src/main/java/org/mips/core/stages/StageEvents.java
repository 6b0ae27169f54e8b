package org.mips.core.stages;

import java.util.List;
import java.util.Locale;
import org.mips.core.emit.EmitRecord;
import org.mips.core.extract.Candidate;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.Formula;
import org.mips.core.regress.ProgramCandidate;
import org.mips.core.regress.Verification;
import org.mips.core.search.AccuracyText;
import org.mips.core.search.TrialRecord;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyStep;
import org.mips.spi.pipeline.StageEvent;

/** The events the built-in stages publish: each a record of what happened, with its console line. */
public final class StageEvents {

    private StageEvents() {
    }

    /** Console width for a formula; the whole one is in the artifact. */
    static final int SHOWN = 160;

    static String shortened(String formula, String where) {
        return formula.length() <= SHOWN ? formula
                : formula.substring(0, SHOWN) + " ... (" + formula.length() + " characters; see " + where + ")";
    }

    /** Console width for one coordinate of an abstraction function, several of which share a line. */
    static final int SHOWN_IN_A_LIST = 120;

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A search trial ended. */
    public record TrialFinished(TrialRecord trial) implements StageEvent {
        @Override
        public String text() {
            String ending = switch (trial.stop()) {
                case PERFECT -> " (perfect)";
                case STEPS, DEADLINE -> "";
                case PLATEAU -> " (no progress: " + trial.reason() + ")";
                case CANCELLED -> " (cancelled: " + trial.reason() + ")";
                case FAILED -> " (failed: " + trial.reason() + ")";
            };
            String network = trial.encodings().equals("scalar") ? trial.architecture() : trial.architecture() + " " + trial.encodings();
            String finish = trial.finish() == null ? "" : format(", near miss at %s finished for %,d steps", AccuracyText.of(trial.finish().fromAccuracy()),
                    trial.finish().steps());
            return format("trial %d: %s seed %d, %,d steps, accuracy %s%s%s%s", trial.index(), network, trial.seed(),
                    trial.steps(), AccuracyText.of(trial.bestAccuracy()), finish, ending, trial.reused() ? ", reused from an earlier run" : "");
        }
    }

    /** The normalizer chain measured the network it starts from. */
    public record SimplifyStarted(NetworkMetrics initial) implements StageEvent {
        @Override
        public String text() {
            return format("%-10s %6s %8s %8s %6s %10s  %s", "STEP", "PARAMS", "NONZERO", "INTEGER", "DIM", "ACCURACY", "RESULT") + "\n"
                    + row("(start)", initial, "");
        }
    }

    /** One normalizer of the chain ended. */
    public record NormalizerFinished(SimplifyStep step) implements StageEvent {
        @Override
        public String text() {
            String status = switch (step.status()) {
                case APPLIED -> "applied";
                case REVERTED -> "reverted: " + step.reason();
                case FAILED -> "failed: " + step.reason();
                case REFUSED -> "refused: " + step.reason();
            };
            return row(step.normalizer(), step.after() != null ? step.after() : step.before(), status);
        }
    }

    private static String row(String name, NetworkMetrics m, String status) {
        return format("%-10s %6d %8d %8d %6d %10.6f  %s", name, m.parameters(), m.nonZero(), m.integers(), m.effectiveHiddenDim(),
                m.accuracy(), status);
    }

    /** Extraction recorded the hidden states and is about to run the detectors. */
    public record TraceRecorded(String task, int transitions, int sequences, List<String> detectors) implements StageEvent {
        public TraceRecorded {
            detectors = List.copyOf(detectors);
        }

        @Override
        public String text() {
            return format("%s: %,d transitions of %,d training sequences, detectors %s", task, transitions, sequences,
                    String.join(",", detectors)) + "\n"
                    + format("%-16s %-17s %7s %9s  %s", "DETECTOR", "RESULT", "STATES", "DL (BITS)", "VARIABLES / REASON");
        }
    }

    /** One detector's candidate. */
    public record DetectorFinished(Candidate candidate) implements StageEvent {
        @Override
        public String text() {
            Candidate c = candidate;
            String detail = c.status() == Candidate.Status.CHOSEN || c.status() == Candidate.Status.LONGER && c.reason().isEmpty()
                    ? c.variables().toString() : c.reason();
            return format("%-16s %-17s %7s %9s  %s", c.detector(), c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c.states() == 0 ? "" : Integer.toString(c.states()),
                    Double.isNaN(c.descriptionLength()) ? "" : format("%.4f", c.descriptionLength()), detail);
        }
    }

    /** One state update or output was fitted, or not. */
    public record FormulaFitted(Formula formula) implements StageEvent {
        @Override
        public String text() {
            Formula f = formula;
            return f.fitted() ? format("%s = %s   (%s, %d nodes, %d rows)", f.target(), shortened(f.formula(), RunArtifacts.PROGRAM.fileName()),
                    f.regressor(), f.size(), f.rows())
                    : format("%s: nothing fitted (%s)", f.target(), String.join("; ", f.attempts()));
        }
    }

    /** One candidate machine of the program choice was regressed and verified (or could not be). */
    public record ProgramCandidateTried(ProgramCandidate candidate) implements StageEvent {
        @Override
        public String text() {
            ProgramCandidate c = candidate;
            String status = c.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String what = c.size() > 0 ? format("%s: %s, size %d", c.name(), status, c.size()) : format("%s: %s", c.name(), status);
            return c.reason().isEmpty() ? what : what + " (" + shortened(c.reason(), RunArtifacts.REGRESS.fileName()) + ")";
        }
    }

    /** One verification check ended. */
    public record CheckFinished(Verification.Check check) implements StageEvent {
        @Override
        public String text() {
            return format("%s (%,d sequences): %s", check.name(), check.sequences(),
                    check.passed() ? "every output matches" : "FAILED: " + check.counterexample());
        }
    }

    /** The prover's verdict. */
    public record ProofFinished(ProofRecord proof, String file) implements StageEvent {
        @Override
        public String text() {
            StringBuilder text = new StringBuilder();
            if (!proof.abstraction().isEmpty()) {
                text.append("abstraction: ").append(String.join("; ", proof.abstraction().stream()
                        .map(f -> f.length() <= SHOWN_IN_A_LIST ? f : f.substring(0, SHOWN_IN_A_LIST) + " ...").toList())).append('\n');
                text.append("invariant: ").append(proof.invariant()).append('\n');
            }
            String verdict = switch (proof.status()) {
                case PROVEN -> "PROVEN: " + proof.claim();
                case TABLES_AGREE -> "not a proof; the tables agree: " + proof.claim();
                case NOT_AVAILABLE -> "not proven (the verifier is not installed): " + proof.detail();
                case FAILED, NO_PROOF -> "NOT proven (" + proof.status().label() + "): " + proof.detail();
            };
            text.append(format("%s: %s", proof.task(), verdict));
            if (!proof.file().isEmpty()) {
                text.append(format("%n  %s (%.1f s); %s", proof.detail(), proof.seconds(), file));
            }
            return text.toString();
        }
    }

    /** One language's code was written and checked, or its emitter failed ({@code path} empty). */
    public record CodeEmitted(EmitRecord.EmittedFile file, String path) implements StageEvent {
        @Override
        public String text() {
            return path.isEmpty() ? format("%s: no code: %s", file.language(), file.detail())
                    : format("wrote %s; check: %s: %s", path, file.check().label(), file.detail());
        }
    }
}
