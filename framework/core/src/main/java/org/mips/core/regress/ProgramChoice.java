package org.mips.core.regress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.mips.core.extract.Extractor;
import org.mips.core.extract.MachineCandidates;
import org.mips.core.pipeline.TimeLimited;
import org.mips.spi.Outcome;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * Chooses the program, not the representation: every extracted machine and every numbering of each is
 * regressed, each program is verified, and the smallest that passes is kept: the one with the fewest lookup
 * entries (the exact table is the last resort), then the fewest formula nodes; ties go to the earlier
 * candidate, the chosen representation's machine first. A representation
 * with a longer description can still give the shortest program, and a counter or residue numbering gives
 * formulas where the labels gave a table. Candidates are regressed in parallel; one that fails or overruns
 * only loses its own place.
 */
public final class ProgramChoice {

    private final ProgramAssembler assembler;
    private final ProgramAssembler others;
    private final List<StateNumbering> numberings;
    private final Duration numberingTimeLimit;
    private final Duration budget;
    private final int threads;

    /**
     * @param assembler          regresses the chosen representation's machine
     * @param others             regresses every other candidate (with shorter time limits: a label machine of
     *                           many states costs the symbolic regressor its whole limit per target)
     * @param numberings         tried on every machine, in this order
     * @param numberingTimeLimit how long one numbering may take on one machine
     * @param budget             no candidate but the first starts once this much time has passed
     * @param threads            candidates regressed at once
     */
    public ProgramChoice(ProgramAssembler assembler, ProgramAssembler others, List<StateNumbering> numberings, Duration numberingTimeLimit,
            Duration budget, int threads) {
        this.assembler = assembler;
        this.others = others;
        this.numberings = List.copyOf(numberings);
        this.numberingTimeLimit = numberingTimeLimit;
        this.budget = budget;
        this.threads = Math.max(1, threads);
    }

    /**
     * The outcome: every candidate, and the chosen one's synthesis and machine (its program may be absent
     * when no candidate fitted every target).
     */
    public record Result(List<ProgramCandidate> candidates, int chosen, Synthesis synthesis, StateMachine machine) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        public Optional<Program> program() {
            return synthesis.program();
        }
    }

    private record Source(String name, String detector, String numbering, StateMachine machine, String note) {
    }

    private record Tried(Synthesis synthesis, Verification verification) {
    }

    public Result choose(Task task, List<MachineCandidates.Entry> machines, Split heldOut) {
        if (machines.isEmpty()) {
            throw new IllegalArgumentException("no machine to regress");
        }
        List<Source> sources = new ArrayList<>();
        List<ProgramCandidate> candidates = new ArrayList<>();
        Map<StateMachine, String> seen = new HashMap<>();
        for (MachineCandidates.Entry entry : machines) {
            add(new Source(entry.detector(), entry.detector(), "", entry.machine(), ""), sources, candidates, seen);
            for (StateNumbering numbering : numberings) {
                String name = entry.detector() + "+" + numbering.id();
                Outcome<NumberedMachine> numbered;
                try {
                    numbered = TimeLimited.call("mips-numbering-" + numbering.id(), () -> numbering.number(entry.machine()), numberingTimeLimit);
                } catch (TimeoutException | ExecutionException e) {
                    candidates.add(empty(name, entry.detector(), numbering.id(), ProgramCandidate.Status.FAILED,
                            TimeLimited.describe(e, numberingTimeLimit)));
                    sources.add(null);
                    continue;
                }
                if (numbered instanceof Outcome.Found<NumberedMachine> found) {
                    add(new Source(name, entry.detector(), numbering.id(), found.value().machine(), extrapolations(found.value())),
                            sources, candidates, seen);
                } else {
                    candidates.add(empty(name, entry.detector(), numbering.id(), ProgramCandidate.Status.NO_NUMBERING,
                            ((Outcome.None<NumberedMachine>) numbered).reason()));
                    sources.add(null);
                }
            }
        }
        Map<Integer, Tried> tried = regressAll(task, sources, candidates, heldOut);
        int chosen = -1;
        for (int i = 0; i < sources.size(); i++) {
            Tried t = tried.get(i);
            if (t != null && t.verification() != null && t.verification().passed()
                    && (chosen < 0 || smaller(t.synthesis(), tried.get(chosen).synthesis()))) {
                chosen = i;
            }
        }
        boolean verified = chosen >= 0;
        if (!verified) {
            chosen = 0;   // nothing passed: the chosen representation's own program, so that verification shows why
        }
        int best = chosen;
        for (int i = 0; i < candidates.size(); i++) {
            ProgramCandidate c = candidates.get(i);
            if (i == best) {
                candidates.set(i, c.with(ProgramCandidate.Status.CHOSEN, joined(verified ? "the smallest program that passes verification"
                        : "no candidate's program passes verification; the chosen representation's is kept", c.reason())));
            } else if (c.status() == ProgramCandidate.Status.LARGER) {
                Synthesis kept = tried.get(best).synthesis();
                String why = lookupEntries(tried.get(i).synthesis()) > lookupEntries(kept)
                        ? "its lookups have " + lookupEntries(tried.get(i).synthesis()) + " entries, the kept program's " + lookupEntries(kept)
                        : "size " + c.size() + ", not less than " + size(kept);
                candidates.set(i, c.with(c.status(), joined(why, c.reason())));
            }
        }
        Tried winner = tried.get(best);
        Synthesis synthesis = winner != null ? winner.synthesis() : new Synthesis(List.of(), Optional.empty());
        return new Result(candidates, best, synthesis, sources.get(best).machine());
    }

    private void add(Source source, List<Source> sources, List<ProgramCandidate> candidates, Map<StateMachine, String> seen) {
        String earlier = seen.putIfAbsent(source.machine(), source.name());
        if (earlier != null) {
            candidates.add(empty(source.name(), source.detector(), source.numbering(), ProgramCandidate.Status.DUPLICATE,
                    "the same machine as " + earlier));
            sources.add(null);
            return;
        }
        candidates.add(new ProgramCandidate(source.name(), source.detector(), source.numbering(), ProgramCandidate.Status.LARGER,
                source.machine().variables(), Extractor.states(source.machine()), 0, source.note(), List.of()));
        sources.add(source);
    }

    /** What a numbering's extrapolations say, for the candidate's reason; empty for an exact numbering. */
    private static String extrapolations(NumberedMachine numbered) {
        if (numbered.extrapolated().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("extrapolates ").append(numbered.extrapolated().size())
                .append(numbered.extrapolated().size() == 1 ? " observed transition: " : " observed transitions: ");
        for (int i = 0; i < numbered.extrapolated().size(); i++) {
            NumberedMachine.Extrapolation e = numbered.extrapolated().get(i);
            text.append(i == 0 ? "" : ", ").append(e.from()).append(" on ").append(e.observed().input()).append(" goes to ").append(e.to())
                    .append(" where the network went to its state ").append(e.observed().next());
        }
        return text.toString();
    }

    private static ProgramCandidate empty(String name, String detector, String numbering, ProgramCandidate.Status status, String reason) {
        return new ProgramCandidate(name, detector, numbering, status, List.of(), 0, 0, reason, List.of());
    }

    /** Regresses and verifies every source in parallel; fills in each candidate's size, formulas and status. */
    private Map<Integer, Tried> regressAll(Task task, List<Source> sources, List<ProgramCandidate> candidates, Split heldOut) {
        Instant end = Instant.now().plus(budget);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mips-program-choice");
            t.setDaemon(true);
            return t;
        });
        Map<Integer, Future<Tried>> futures = new HashMap<>();
        try {
            // The chosen representation's machine is regressed whatever the budget, so it goes last: on a
            // single thread its table, minutes for thousands of labels, would otherwise use up the budget
            // before any other candidate starts.
            for (int k = 1; k <= sources.size(); k++) {
                int i = k % sources.size();
                Source source = sources.get(i);
                if (source != null) {
                    boolean first = i == 0;
                    futures.put(i, pool.submit(() -> {
                        if (!first && Instant.now().isAfter(end)) {
                            return null;
                        }
                        Synthesis synthesis = (first ? assembler : others).assemble(task, source.machine());
                        Verification verification = synthesis.program().map(p -> Verification.of(p, task, heldOut)).orElse(null);
                        return new Tried(synthesis, verification);
                    }));
                }
            }
            Map<Integer, Tried> tried = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                Future<Tried> future = futures.get(i);
                if (future == null) {
                    continue;
                }
                ProgramCandidate c = candidates.get(i);
                Tried t;
                try {
                    t = future.get();
                } catch (ExecutionException e) {
                    candidates.set(i, c.with(ProgramCandidate.Status.FAILED, String.valueOf(e.getCause())));
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while regressing " + c.name(), e);
                }
                if (t == null) {
                    candidates.set(i, c.with(ProgramCandidate.Status.NOT_TRIED, joined("the choice's budget of "
                            + budget.toSeconds() + " s had run out before it started", c.reason())));
                    continue;
                }
                tried.put(i, t);
                int size = size(t.synthesis());
                ProgramCandidate.Status status;
                String reason = c.reason();
                if (t.synthesis().program().isEmpty()) {
                    status = ProgramCandidate.Status.NOT_FITTED;
                    reason = joined(t.synthesis().whyNone(), c.reason());
                } else if (!t.verification().passed()) {
                    status = ProgramCandidate.Status.FAILS_VERIFICATION;
                    Verification.Check failed = t.verification().checks().stream().filter(x -> !x.passed()).findFirst().orElseThrow();
                    reason = joined("fails on the " + failed.name() + ": " + failed.counterexample(), c.reason());
                } else {
                    status = ProgramCandidate.Status.LARGER;
                }
                candidates.set(i, new ProgramCandidate(c.name(), c.detector(), c.numbering(), status, c.variables(), c.states(), size,
                        reason, t.synthesis().formulas()));
            }
            return tried;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String joined(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }

    /**
     * Whether {@code a} is the better program: fewer lookup entries (a table is the last resort: it holds
     * only on the rows it was read from, and nobody reads it), then fewer nodes.
     */
    static boolean smaller(Synthesis a, Synthesis b) {
        int entries = Integer.compare(lookupEntries(a), lookupEntries(b));
        return entries != 0 ? entries < 0 : size(a) < size(b);
    }

    /** The entries of every lookup in a program's formulas. */
    static int lookupEntries(Synthesis synthesis) {
        if (synthesis.program().isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Program program = synthesis.program().get();
        int entries = 0;
        for (StateVariable v : program.state()) {
            entries += Exactness.lookupEntries(v.next());
        }
        for (Output o : program.outputs()) {
            entries += Exactness.lookupEntries(o.value());
        }
        return entries;
    }

    /** A program's size: the node counts of its formulas, summed. */
    static int size(Synthesis synthesis) {
        return synthesis.formulas().stream().mapToInt(Formula::size).sum();
    }
}
