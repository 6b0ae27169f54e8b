package org.mips.core.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mips.core.store.RunStore;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Artifacts;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageEvent;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/**
 * One stage's view of a run. It records what the stage writes, turns its writes and events into pipeline
 * events, and is closed when the stage ends: a stage abandoned at its deadline may go on running, but
 * nothing it writes or publishes afterwards reaches the run.
 */
final class RunContext implements StageContext {

    private final String stage;
    private final Task task;
    private final Supplier<Dataset> dataset;
    private final RunStore store;
    private final Settings settings;
    private final Components components;
    private final Instant deadline;
    private final Consumer<PipelineEvent> events;
    private final Set<String> written = new LinkedHashSet<>();
    private boolean closed;

    RunContext(String stage, Task task, Supplier<Dataset> dataset, RunStore store, Settings settings, Components components,
            Instant deadline, Consumer<PipelineEvent> events) {
        this.stage = stage;
        this.task = task;
        this.dataset = dataset;
        this.store = store;
        this.settings = settings;
        this.components = components;
        this.deadline = deadline;
        this.events = events;
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public Dataset dataset() {
        return dataset.get();
    }

    @Override
    public Artifacts artifacts() {
        return new Artifacts() {
            @Override
            public <T> T read(ArtifactType<T> type) {
                return store.read(type);
            }

            @Override
            public <T> Optional<T> find(ArtifactType<T> type) {
                return store.find(type);
            }

            @Override
            public <T> void write(ArtifactType<T> type, T value) {
                synchronized (RunContext.this) {
                    open();
                    store.write(type, value);
                    wrote(type.fileName());
                }
            }

            @Override
            public Path writeText(String fileName, String text) {
                synchronized (RunContext.this) {
                    open();
                    Path file = store.writeText(fileName, text);
                    wrote(fileName);
                    return file;
                }
            }

            @Override
            public Path directory() {
                return store.directory();
            }
        };
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Components components() {
        return components;
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public synchronized void publish(StageEvent event) {
        if (!closed) {
            events.accept(new PipelineEvent.Published(stage, event));
        }
    }

    /** The files the stage wrote, in the order it first wrote them. */
    synchronized List<String> written() {
        return List.copyOf(written);
    }

    /** Ends the stage's access to the run. */
    synchronized void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the " + stage + " stage has ended; it can no longer write to the run");
        }
    }

    private void wrote(String file) {
        written.add(file);
        events.accept(new PipelineEvent.ArtifactWritten(stage, file));
    }
}
