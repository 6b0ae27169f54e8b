package org.mips.core.prove;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.mips.core.io.AtomicFiles;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.stage.TimeLimited;
import org.mips.spi.Outcome;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Program;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.task.Task;

/**
 * The prove stage: plans the refinement, has the prover write and check it, and records the verdict in
 * {@code proof.json} beside the proof file. A prover that throws or hangs fails this stage only.
 */
public final class Proving {

    public static final String RECORD_FILE = "proof.json";

    private final ProofPlanner planner;
    private final Duration timeout;

    public Proving(ProofPlanner planner, Duration timeout) {
        this.planner = planner;
        this.timeout = timeout;
    }

    public ProofRecord prove(Task task, Program program, Prover prover, Path dir) {
        Outcome<Refinement> plan = planner.plan(task, program);
        if (plan instanceof Outcome.None<Refinement> none) {
            return write(dir, new ProofRecord(task.id(), "no proof", none.reason(), "", prover.id(), List.of(), "", "", 0));
        }
        Refinement refinement = plan.toOptional().orElseThrow();
        List<String> phi = new java.util.ArrayList<>();
        for (int j = 0; j < program.state().size(); j++) {
            phi.add(program.state().get(j).name() + " = " + ExprSyntax.format(refinement.abstraction().get(j)));
        }
        String file = "proof." + prover.fileExtension();
        long started = System.nanoTime();
        ProofResult result;
        try {
            result = TimeLimited.call("mips-prover-" + prover.id(), () -> prover.prove(refinement, timeout), timeout.plusSeconds(30));
        } catch (TimeoutException | ExecutionException e) {
            result = new ProofResult(ProofResult.Status.FAILED, "the prover failed: " + TimeLimited.describe(e, timeout),
                    prover.write(refinement));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        AtomicFiles.write(dir.resolve(file), result.source());
        String status = switch (result.status()) {
            case PROVEN -> "proven";
            case FAILED -> "failed";
            case NOT_AVAILABLE -> "not available";
        };
        return write(dir, new ProofRecord(task.id(), status, result.detail(), refinement.claim(), prover.id(), phi,
                describe(refinement.reachable()), file, Math.round(seconds * 10) / 10.0));
    }

    private static ProofRecord write(Path dir, ProofRecord record) {
        JsonArtifacts.write(dir.resolve(RECORD_FILE), record);
        return record;
    }

    static String describe(Reachable reachable) {
        if (reachable instanceof Reachable.States states) {
            return String.format(Locale.ROOT, "explicit: %d reachable states", states.states().size());
        }
        Reachable.Box box = (Reachable.Box) reachable;
        return "box: " + String.join(", ", box.intervals().stream()
                .map(i -> "[" + (i.min().isPresent() ? i.min().getAsLong() : "-inf") + ", " + (i.max().isPresent() ? i.max().getAsLong() : "inf") + "]")
                .toList());
    }
}
