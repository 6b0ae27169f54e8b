package org.mips.core.prove;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.mips.core.pipeline.TimeLimited;
import org.mips.spi.Outcome;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Overflow;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;
import org.mips.spi.prove.TableAgreement;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Task;

/**
 * The work of the prove stage: plans the refinement, has the prover write and check it, and says what it
 * found. A prover that throws or hangs gives a failed verdict, never an exception.
 */
public final class Proving {

    /** The verdict, and the proof's text ({@code source}, empty when the prover wrote none) to keep as {@code record.file()}. */
    public record Result(ProofRecord record, String source) {
    }

    private final ProofPlanner planner;
    private final Duration timeout;

    public Proving(ProofPlanner planner, Duration timeout) {
        this.planner = planner;
        this.timeout = timeout;
    }

    /**
     * Proves {@code program} against the task's specification, or, for data without one, against the
     * tables of {@code machine} (may be null when there is none).
     */
    public Result prove(Task task, Program program, StateMachine machine, Prover prover) {
        Optional<Overflow> overflow = ProofPlanner.overflow(task, program);
        Outcome<? extends Obligation> plan = overflow.isPresent() ? Outcome.none(overflow.get().describe())
                : task.specification().isPresent() ? planner.plan(task, program) : tables(task, program, machine);
        if (plan instanceof Outcome.None<? extends Obligation> none) {
            return new Result(new ProofRecord(task.id(), ProofRecord.Status.NO_PROOF, none.reason(), "", prover.id(), List.of(), "", "", 0), "");
        }
        Obligation obligation = plan.toOptional().orElseThrow();
        List<String> phi = new ArrayList<>();
        String invariant;
        if (obligation instanceof Refinement refinement) {
            for (int j = 0; j < program.state().size(); j++) {
                phi.add(program.state().get(j).name() + " = " + ExprSyntax.format(refinement.abstraction().get(j)));
            }
            invariant = describe(refinement.reachable());
        } else if (obligation instanceof Simulation simulation) {
            invariant = String.format(Locale.ROOT, "relation: %d pairs of states the specification and the program reach together",
                    simulation.related().size());
        } else {
            TableAgreement agreement = (TableAgreement) obligation;
            invariant = String.format(Locale.ROOT, "the machine's %d observed transitions and %d outputs",
                    agreement.machine().transitions().size(), agreement.machine().emissions().size());
        }
        String file = "proof." + prover.fileExtension();
        long started = System.nanoTime();
        ProofResult result;
        try {
            result = TimeLimited.call("mips-prover-" + prover.id(), () -> prover.prove(obligation, timeout), timeout.plusSeconds(30));
        } catch (TimeoutException | ExecutionException e) {
            result = new ProofResult(ProofResult.Status.FAILED, "the prover failed: " + TimeLimited.describe(e, timeout), "");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (result.source().isEmpty()) {
            file = ""; // the prover failed before it wrote anything
        }
        ProofRecord.Status status = switch (result.status()) {
            case PROVEN -> obligation instanceof TableAgreement ? ProofRecord.Status.TABLES_AGREE : ProofRecord.Status.PROVEN;
            case FAILED -> ProofRecord.Status.FAILED;
            case NOT_AVAILABLE -> ProofRecord.Status.NOT_AVAILABLE;
        };
        Claimed claimed = Claimed.of(obligation, result, prover.id());
        return new Result(new ProofRecord(task.id(), status, claimed.detail(), claimed.claim(), prover.id(), phi,
                invariant, file, Math.round(seconds * 10) / 10.0), result.source());
    }

    /** Beyond this many observed rows a listed proof gets too slow to check. */
    static final int MAX_TABLE_ROWS = 20_000;

    private static Outcome<TableAgreement> tables(Task task, Program program, StateMachine machine) {
        if (machine == null) {
            return Outcome.none(task.id() + " has no specification, and no extracted machine was given to prove the program against");
        }
        int rows = machine.transitions().size() + machine.emissions().size();
        if (rows > MAX_TABLE_ROWS) {
            return Outcome.none(String.format(Locale.ROOT, "the machine has %,d observed rows; listing more than %,d in a proof is too slow",
                    rows, MAX_TABLE_ROWS));
        }
        if (machine.variables().size() != program.state().size()) {
            return Outcome.none("the program has " + program.state().size() + " state variables, the machine " + machine.variables().size());
        }
        return Outcome.found(new TableAgreement(task.id(), program, machine, String.format(Locale.ROOT,
                "on each of the %d states and %d state-input pairs the network was observed in, the program's formulas give"
                        + " the extracted machine's output and next state (data defines its task only by its rows, so nothing is claimed"
                        + " beyond those rows)", machine.emissions().size(), machine.transitions().size())));
    }

    static String describe(Reachable reachable) {
        if (reachable instanceof Reachable.States states) {
            return String.format(Locale.ROOT, "explicit: %d reachable states", states.states().size());
        }
        if (reachable instanceof Reachable.Union union) {
            return "boxes: " + String.join(" or ", union.boxes().stream().map(Proving::intervals).toList());
        }
        return "box: " + intervals((Reachable.Box) reachable);
    }

    private static String intervals(Reachable.Box box) {
        return String.join(", ", box.intervals().stream()
                .map(i -> "[" + (i.min().isPresent() ? i.min().getAsLong() : "-inf") + ", " + (i.max().isPresent() ? i.max().getAsLong() : "inf") + "]")
                .toList());
    }
}
