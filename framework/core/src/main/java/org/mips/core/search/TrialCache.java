package org.mips.core.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mips.core.io.AtomicFiles;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * The finished trials of a search, each in a file of its own under the run directory's {@code trials/},
 * written as it finishes: a search that is killed keeps what it trained, and the next search of the same
 * task with the same training settings reads a trial back instead of training it again. Training is
 * deterministic ({@link TrialKey}), so a trial read back is the trial that would have been trained.
 *
 * <p>Only trials that say something about their architecture are kept: perfect ones (with their network
 * and curve), and those that ran all their steps or stopped making progress. A trial cancelled, cut short
 * by the budget, or failed by its backend is trained again. Each file carries the fingerprint of what
 * decides a training's result (task, backend, dataset, training settings); one with another fingerprint
 * is not read, and is overwritten.
 */
public final class TrialCache {

    /** The folder under the run directory. */
    public static final String FOLDER = "trials";

    /**
     * One finished trial.
     *
     * @param fingerprint   what decided its result, as a digest
     * @param network       the trained network when it was perfect, else null
     * @param curve         its evaluations when it was perfect, else empty
     * @param encodings     the encodings it trained with
     * @param finish        its finishing phase, or null
     */
    public record Entry(String fingerprint, String architecture, int seed, int steps, double bestAccuracy, boolean perfect,
            Integer perfectAtStep, TrialStop stop, String reason, Network network, List<Evaluation> curve,
            Encodings encodings, TrialRecord.Finish finish) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(encodings, "encodings");
            Objects.requireNonNull(stop, "stop");
            curve = curve == null ? List.of() : List.copyOf(curve);
        }
    }

    private static final ArtifactType<Entry> ENTRY = ArtifactType.of("trial.json", Entry.class, 2);

    private final Path folder;
    private final String fingerprint;

    private TrialCache(Path folder, String fingerprint) {
        this.folder = folder;
        this.fingerprint = fingerprint;
    }

    /** The trials of {@code task}'s search in {@code runDirectory}, trained by {@code backend} with {@code base}'s settings. */
    public static TrialCache in(Path runDirectory, String task, TrainingBackend backend, TrainingRequest base, int patience) {
        return new TrialCache(runDirectory.resolve(FOLDER), fingerprint(task, backend, base, patience));
    }

    /**
     * Removes the files of trials with another fingerprint (another task's search, or other settings, in this
     * directory before), so that {@code trials/} only ever holds trials of the search that runs there now.
     */
    void prune() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                if (!fingerprintOf(file).equals(Optional.of(fingerprint))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Only tidiness is lost: a trial with another fingerprint is never read.
        }
    }

    private static Optional<String> fingerprintOf(Path file) {
        try {
            return Optional.of(RunStore.parse(file, Files.readString(file), ENTRY).fingerprint());
        } catch (IOException | ArtifactException e) {
            return Optional.empty();
        }
    }

    /** A cache that keeps nothing, for a search outside a run directory. */
    public static TrialCache none() {
        return new TrialCache(null, "");
    }

    /** The trial of {@code key}, if an earlier search with the same fingerprint finished it. */
    Optional<Entry> find(TrialKey key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = RunStore.parse(file, Files.readString(file), ENTRY);
            boolean usable = entry.fingerprint().equals(fingerprint) && entry.architecture().equals(key.architecture().toText())
                    && entry.encodings().equals(key.track().encodings())
                    && entry.seed() == key.seed() && (!entry.perfect() || entry.network() != null);
            return usable ? Optional.of(entry) : Optional.empty();
        } catch (IOException | ArtifactException e) {
            return Optional.empty(); // unreadable: trained again, and the file rewritten
        }
    }

    /** Keeps a finished trial, when it says something about its architecture. */
    void put(TrialKey key, TrialRecord record, TrainingResult result) {
        if (folder == null || !keeps(record.stop())) {
            return;
        }
        boolean perfect = record.perfect() && result != null;
        Entry entry = new Entry(fingerprint, record.architecture(), record.seed(), record.steps(), record.bestAccuracy(), perfect,
                record.perfectAtStep(), record.stop(), record.reason(), perfect ? result.network() : null,
                perfect ? result.curve() : List.of(), key.track().encodings(), record.finish());
        AtomicFiles.write(file(key), RunStore.toJson(ENTRY, entry));
    }

    /** The training an entry stands for, as the backend returned it. */
    static TrainingResult training(Entry entry) {
        return new TrainingResult(entry.network(), entry.curve(), entry.perfectAtStep() == null ? OptionalInt.empty()
                : OptionalInt.of(entry.perfectAtStep()), entry.steps(), StopReason.PERFECT);
    }

    private static boolean keeps(TrialStop stop) {
        return stop == TrialStop.PERFECT || stop == TrialStop.STEPS || stop == TrialStop.PLATEAU;
    }

    private Path file(TrialKey key) {
        String track = key.track().encodings().isScalar() ? "" : "-" + key.track().fileName();
        return folder.resolve(key.architecture().toText().replace(',', '_') + track + "-seed" + key.seed() + ".json");
    }

    /** A digest of everything that decides a trial's result but its architecture and seed. */
    private static String fingerprint(String task, TrainingBackend backend, TrainingRequest base, int patience) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String settings = String.join("\n", task, backend.id(), backend.getClass().getName(), Integer.toString(base.steps()),
                    Double.toString(base.learningRate()), Integer.toString(base.batchSize()), base.loss().toString(),
                    Double.toString(base.l1()), Integer.toString(base.evaluateEvery()), Boolean.toString(base.stopWhenPerfect()),
                    Integer.toString(base.threads()), Integer.toString(patience), base.dataset().name(),
                    // how near misses are finished decides results too
                    "finish " + TrialRunner.NEAR_MISS + " " + TrialRunner.FINISH_RATE + " emphasis " + Emphasis.KEPT + " " + Emphasis.SHARE
                            + " " + Emphasis.MAX_COPIES + " exact " + TrialRunner.EXACT_STEPS);
            digest.update(settings.getBytes(StandardCharsets.UTF_8));
            for (Split split : List.of(base.dataset().train(), base.dataset().test())) {
                update(digest, split.x());
                update(digest, split.y());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Adds a batch's shape and values, each a little-endian long, to {@code digest}; a buffer at a time, for speed. */
    static void update(MessageDigest digest, SequenceBatch batch) {
        put(digest, batch.count());
        put(digest, batch.length());
        put(digest, batch.dimension());
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < batch.count(); n++) {
            for (int t = 0; t < batch.length(); t++) {
                for (int i = 0; i < batch.dimension(); i++) {
                    if (!buffer.hasRemaining()) {
                        digest.update(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                    buffer.putLong(batch.get(n, t, i));
                }
            }
        }
        digest.update(buffer.array(), 0, buffer.position());
    }

    private static void put(MessageDigest digest, long value) {
        for (int b = 0; b < 8; b++) {
            digest.update((byte) (value >>> (8 * b)));
        }
    }
}
