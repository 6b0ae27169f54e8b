package org.mips.core.search;

import java.time.Instant;
import java.util.Comparator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mips.spi.network.Architecture;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * Finds the smallest architecture, in the paper's order ({@link ArchitectureOrder}), that a backend
 * trains to a perfect network, within a time budget.
 *
 * <p>The {@link SearchPlan} (the {@link LadderPlan} by default, or the paper's {@link PaperPlan})
 * decides which candidate to try, and the {@link SeedPolicy} which seeds. Both are written for one
 * core; this class runs them on {@code workers} cores without changing a single decision:
 * <ul>
 *   <li>The decision is always the sequential one: after each finished trial the plan is replayed
 *       over the outcomes known so far ({@link Replay}), and only the trial it needs next counts.
 *       Training is deterministic, so the same inputs give the same result whatever the timing,
 *       unless the budget cuts the search short.</li>
 *   <li>Spare workers run ahead: they train the trials the plan would need next if the pending ones
 *       all failed, which they mostly do on the way up. When an outcome proves the guess wrong, look-ahead
 *       trials off the new path are cancelled; their records stay.</li>
 *   <li>Every trial gets the budget's end as its deadline and {@code cores / workers} threads; no trial
 *       starts after the budget. Then the smallest perfect network found so far is reported.</li>
 *   <li>A backend that throws fails that trial only, recorded with its reason as a failed seed.</li>
 * </ul>
 */
public final class ArchitectureSearch {

    private final TrainingBackend backend;
    private final SearchSettings settings;
    private final Path runDirectory;
    private final TrialJobs jobs;

    public ArchitectureSearch(TrainingBackend backend, SearchSettings settings) {
        this(backend, settings, null, null);
    }

    private ArchitectureSearch(TrainingBackend backend, SearchSettings settings, Path runDirectory, TrialJobs jobs) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runDirectory = runDirectory;
        this.jobs = jobs;
    }

    /** This search, keeping each finished trial under {@code runDirectory}'s {@link TrialCache#FOLDER} and reusing those there. */
    public ArchitectureSearch keepingTrialsIn(Path runDirectory) {
        return new ArchitectureSearch(backend, settings, Objects.requireNonNull(runDirectory, "runDirectory"), jobs);
    }

    /**
     * This search, training its trials as jobs of an execution engine, {@code settings.workers()} at a time. Its
     * decisions are the same: they are replayed over outcomes, and a trial has one outcome wherever it trains.
     */
    public ArchitectureSearch trainingTrialsAs(TrialJobs value) {
        return new ArchitectureSearch(backend, settings, runDirectory, Objects.requireNonNull(value, "jobs"));
    }

    /**
     * Runs the search.
     *
     * @param task     the task id, for the record
     * @param base     dataset, steps, batch size, learning rate, ...; its architecture, seed, threads and
     *                 deadline are replaced per trial
     * @param listener hears about every trial, on the calling thread
     */
    public SearchOutcome run(String task, TrainingRequest base, SearchListener listener) {
        return run(task, base, DataSurvey.Plan.scalar(base.dataset().inputDimension(), base.dataset().outputDimension()), listener);
    }

    /**
     * Runs the search over the tracks and pointed candidates of a {@link DataSurvey}.
     *
     * @param survey what the data pointed to; its findings go into the record
     */
    public SearchOutcome run(String task, TrainingRequest base, DataSurvey.Plan survey, SearchListener listener) {
        Objects.requireNonNull(task, "task");
        if (base.start().isPresent()) {
            throw new IllegalArgumentException("a search trains fresh networks; the base request must not carry starting weights");
        }
        long origin = System.nanoTime();
        Instant deadline = Instant.now().plus(settings.budget());
        TrainingRequest trialBase = base.withThreads(settings.threadsPerTrial()).withDeadline(deadline);
        TrialCache cache = runDirectory == null ? TrialCache.none() : TrialCache.in(runDirectory, task, backend, trialBase, settings.patience());
        cache.prune();
        SearchPlan plan = settings.plan(survey);
        Replay replay = new Replay(plan, settings.seeds());
        TrialRunner runner = new TrialRunner(backend, trialBase, origin, settings.patience(), cache, survey.exact());
        if (jobs != null) {
            runner = runner.trainingElsewhere(new JobTraining(jobs, runner, deadline));
        }
        SearchSession session = new SearchSession(settings, replay, runner, listener, origin);
        Replay.Walk end = session.run();
        Optional<String> lost = runner.lost();
        if (lost.isPresent()) {
            // What the plan decided so far rests on trials the engine did train; a choice now would be a guess.
            throw new IllegalStateException("the search stopped: " + lost.get()
                    + (runDirectory == null ? "" : "; its finished trials are kept in " + TrialCache.FOLDER + "/ for the next search"));
        }
        double seconds = TrialRunner.seconds(System.nanoTime() - origin);

        Optional<TrialKey> chosen = end.finish()
                .map(finish -> finish.chosen().map(candidate -> chosenSeed(replay, candidate, session.known())))
                .orElseGet(() -> smallest(session.perfect().keySet().stream().toList(), survey.tracks()));
        List<TrialRecord> trials = session.records();
        SearchResult.Chosen summary = chosen.map(key -> summary(key, trials)).orElse(null);
        double best = trials.stream().mapToDouble(TrialRecord::bestAccuracy).max().orElse(0);
        SearchResult result = new SearchResult(SearchResult.SCHEMA_VERSION, task, backend.id(), plan.id(), summary, best,
                end.finished(), seconds, TrialRunner.seconds(settings.budget().toNanos()), settings.workers(), trials,
                survey.findings());
        Optional<TrainingResult> training = chosen.map(session.perfect()::get);
        return new SearchOutcome(result, training);
    }

    /** The first perfect seed of the plan's choice, as the seed policy reads the outcomes. */
    private static TrialKey chosenSeed(Replay replay, Candidate candidate, Map<TrialKey, TrialOutcome> known) {
        SeedPolicy.Decision decision = replay.decide(candidate, known, Integer.MAX_VALUE);
        if (decision.verdict() != Verdict.PERFECT) {
            throw new IllegalStateException("the plan chose " + candidate.toText() + ", which is " + decision.verdict());
        }
        return new TrialKey(candidate, decision.seed());
    }

    /**
     * Best so far when the budget ran out: on the earliest track with a perfect network (sizes compare
     * only within a track), the smallest perfect architecture, then the smallest seed.
     */
    private static Optional<TrialKey> smallest(List<TrialKey> perfect, List<Track> tracks) {
        return perfect.stream().min(Comparator.comparingInt((TrialKey key) -> tracks.indexOf(key.track()))
                .thenComparing(TrialKey::architecture, ArchitectureOrder.comparator())
                .thenComparingInt(TrialKey::seed));
    }

    private static SearchResult.Chosen summary(TrialKey key, List<TrialRecord> trials) {
        String architecture = key.architecture().toText();
        String encodings = key.track().id();
        TrialRecord trial = trials.stream()
                .filter(t -> t.perfect() && t.seed() == key.seed() && t.architecture().equals(architecture)
                        && t.encodings().equals(encodings))
                .findFirst().orElseThrow();
        return new SearchResult.Chosen(architecture, key.seed(), trial.steps(), trial.perfectAtStep(), encodings);
    }
}
