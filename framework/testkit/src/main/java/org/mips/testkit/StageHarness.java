package org.mips.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Artifacts;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageEvent;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/**
 * Runs one stage outside a pipeline and records what it did: the artifacts it read and wrote (kept in
 * memory, by type), the text files it wrote (in a scratch directory), its events and how it ended.
 */
public final class StageHarness {

    private StageHarness() {
    }

    /**
     * What a run did.
     *
     * @param outcome how it ended, unless it threw
     * @param thrown  what it threw, if it did
     * @param read    the artifacts it read or looked for
     * @param written the artifacts it wrote
     * @param events  what it published
     */
    public record Run(Optional<StageOutcome> outcome, Optional<Throwable> thrown, Set<ArtifactType<?>> read,
            Set<ArtifactType<?>> written, List<StageEvent> events) {
    }

    /** Runs {@code stage} once with what {@code fixture} gives, its deadline at {@code deadline}, in {@code directory}. */
    public static Run run(Stage stage, StageFixture fixture, Path directory, Instant deadline) {
        RecordingArtifacts artifacts = new RecordingArtifacts(directory);
        fixture.artifacts().forEach(artifacts::put);
        artifacts.clearRecord();
        Context context = new Context(fixture, artifacts, deadline);
        StageOutcome outcome = null;
        Throwable thrown = null;
        try {
            outcome = stage.run(context);
        } catch (Exception | AssertionError e) {
            thrown = e;
        }
        return new Run(Optional.ofNullable(outcome), Optional.ofNullable(thrown), Set.copyOf(artifacts.read),
                Set.copyOf(artifacts.written), List.copyOf(context.events));
    }

    /** The run directory in memory, remembering which artifacts were read and written. */
    private static final class RecordingArtifacts implements Artifacts {

        private final Path directory;
        private final Map<ArtifactType<?>, Object> values = new LinkedHashMap<>();
        private final Set<ArtifactType<?>> read = Collections.synchronizedSet(new LinkedHashSet<>());
        private final Set<ArtifactType<?>> written = Collections.synchronizedSet(new LinkedHashSet<>());

        RecordingArtifacts(Path directory) {
            this.directory = directory;
        }

        <T> void put(StageFixture.Artifact<T> artifact) {
            write(artifact.type(), artifact.value());
        }

        void clearRecord() {
            read.clear();
            written.clear();
        }

        @Override
        public <T> T read(ArtifactType<T> type) {
            return find(type).orElseThrow(() -> new NoSuchElementException(type.fileName() + " is not in the run directory"));
        }

        @Override
        public synchronized <T> Optional<T> find(ArtifactType<T> type) {
            read.add(type);
            return Optional.ofNullable(values.get(type)).map(type.type()::cast);
        }

        @Override
        public synchronized <T> void write(ArtifactType<T> type, T value) {
            values.put(type, type.type().cast(value));
            written.add(type);
        }

        @Override
        public Path writeText(String fileName, String text) {
            try {
                return Files.writeString(directory.resolve(fileName), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Path directory() {
            return directory;
        }
    }

    /** A stage's view of its one run. */
    private static final class Context implements StageContext {

        private final StageFixture fixture;
        private final Artifacts artifacts;
        private final Instant deadline;
        private final List<StageEvent> events = Collections.synchronizedList(new ArrayList<>());

        Context(StageFixture fixture, Artifacts artifacts, Instant deadline) {
            this.fixture = fixture;
            this.artifacts = artifacts;
            this.deadline = deadline;
        }

        @Override
        public Task task() {
            return fixture.task();
        }

        @Override
        public Dataset dataset() {
            return fixture.dataset();
        }

        @Override
        public Artifacts artifacts() {
            return artifacts;
        }

        @Override
        public Settings settings() {
            return fixture.settings();
        }

        @Override
        public Components components() {
            return fixture.components();
        }

        @Override
        public Instant deadline() {
            return deadline;
        }

        @Override
        public void publish(StageEvent event) {
            events.add(java.util.Objects.requireNonNull(event, "event"));
        }
    }
}
