package org.mips.core.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * One trial of a search as a job of an execution engine ({@link TrialJobs}): its {@link Spec}, and what the job does
 * with it, which is what the search's own workers do with a trial. Training is deterministic, so a trial
 * trained by a job on another machine has the outcome it would have had here, and the search takes the same decisions.
 */
public final class TrialJob {

    /** The (hidden) command a trial job runs, in a directory holding its {@link Spec}. */
    public static final String COMMAND = "search-trial";

    /**
     * One trial as its job is given it, in its directory: what to train, and what the search knew of it.
     *
     * @param task         the built-in task whose standard data the search trains on
     * @param dataDigest   the {@link #digest} of that data, which the job checks the data it rebuilds against
     * @param track        the trial's encodings
     * @param architecture {@code n,Lh,wh,Lo,wo}
     * @param exact        whether the search's survey found the candidate able to compute the task exactly (it then
     *                     trains longer, without the plateau rule)
     * @param deadline     the search's budget's end, an ISO-8601 instant: the training stops there
     */
    public record Spec(String task, String dataDigest, Track track, String architecture, int seed, boolean exact, String deadline) {

        /** The file of a trial job's directory that holds it. */
        public static final ArtifactType<Spec> TYPE = ArtifactType.of("trial.json", Spec.class, 1);

        public Spec {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(dataDigest, "dataDigest");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(architecture, "architecture");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    private TrialJob() {
    }

    /** The spec of {@code key}'s job. */
    static Spec spec(String task, String dataDigest, TrialKey key, boolean exact, Instant deadline) {
        return new Spec(task, dataDigest, key.track(), key.architecture().toText(), key.seed(), exact, deadline.toString());
    }

    /**
     * Trains the trial as a search's worker does: with the search's patience and its finishing of near misses, with
     * every core this JVM has.
     *
     * @param base the search's request: dataset and training settings; its architecture, seed, threads and deadline are
     *             the trial's
     * @throws IllegalArgumentException naming the spec's file and field, when its architecture, seed or deadline cannot be used
     */
    public static TrialReport train(TrainingBackend backend, TrainingRequest base, int patience, Spec spec) {
        Architecture architecture;
        Instant deadline;
        try {
            architecture = Architecture.parse(spec.architecture());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Spec.TYPE.fileName() + ": architecture '" + spec.architecture() + "': " + e.getMessage(), e);
        }
        try {
            deadline = Instant.parse(spec.deadline());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Spec.TYPE.fileName() + ": deadline '" + spec.deadline() + "': not an instant such as "
                    + "2026-12-04T18:00:00Z", e);
        }
        if (spec.seed() < 0) {
            throw new IllegalArgumentException(Spec.TYPE.fileName() + ": seed " + spec.seed() + ": must be at least 0");
        }
        TrialKey key = new TrialKey(new Candidate(spec.track(), architecture), spec.seed());
        long origin = System.nanoTime();
        TrainingRequest trialBase = base.withThreads(Runtime.getRuntime().availableProcessors()).withDeadline(deadline);
        TrialRunner runner = new TrialRunner(backend, trialBase, origin, patience, TrialCache.none(),
                spec.exact() ? Set.of(key.candidate()) : Set.of());
        TrialRunner.Finished finished = runner.run(new Trial(1, key, origin));
        TrainingResult result = finished.result();
        boolean perfect = finished.record().perfect() && result != null;
        return new TrialReport(finished.record(), perfect ? result.network() : null, perfect ? result.curve() : List.of());
    }

    /** A digest of a dataset's splits, so that a job knows it rebuilt the very data the search trains on. */
    public static String digest(Dataset dataset) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(dataset.name().getBytes(StandardCharsets.UTF_8));
            for (Split split : List.of(dataset.train(), dataset.test())) {
                TrialCache.update(digest, split.x());
                TrialCache.update(digest, split.y());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
