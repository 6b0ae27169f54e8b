package org.mips.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;

/**
 * A stage for pipeline tests: its placement, reads, writes and work are given, and it remembers how many
 * times it ran. By default it writes each of its artifacts (a {@link Note} naming it) and is done.
 */
public final class FakeStage implements Stage {

    /** A fake artifact's record. */
    public record Note(String by) {
    }

    /** The work of a fake stage. */
    @FunctionalInterface
    public interface Work {
        StageOutcome run(StageContext context) throws Exception;
    }

    /** An artifact for fake stages. */
    public static ArtifactType<Note> artifact(String name) {
        return ArtifactType.of(name + ".json", Note.class, 1);
    }

    private final String id;
    private Placement placement = Placement.anywhere();
    private boolean optional = true;
    private final List<ArtifactType<?>> reads = new ArrayList<>();
    private final List<ArtifactType<?>> writes = new ArrayList<>();
    private Duration deadline = Duration.ofMinutes(1);
    private Work work;
    private String refusal;
    private int runs;

    private FakeStage(String id) {
        this.id = id;
        this.work = context -> {
            for (ArtifactType<?> type : writes) {
                @SuppressWarnings("unchecked")
                ArtifactType<Note> note = (ArtifactType<Note>) type;
                context.artifacts().write(note, new Note(id));
            }
            return StageOutcome.done();
        };
    }

    public static FakeStage named(String id) {
        return new FakeStage(id);
    }

    public FakeStage at(Placement value) {
        placement = value;
        return this;
    }

    public FakeStage required() {
        optional = false;
        return this;
    }

    public FakeStage reads(ArtifactType<?>... types) {
        reads.addAll(List.of(types));
        return this;
    }

    public FakeStage writes(ArtifactType<?>... types) {
        writes.addAll(List.of(types));
        return this;
    }

    public FakeStage deadline(Duration value) {
        deadline = value;
        return this;
    }

    public FakeStage doing(Work value) {
        work = value;
        return this;
    }

    /** Makes its check of the configuration refuse with {@code reason}. */
    public FakeStage refusing(String reason) {
        refusal = reason;
        return this;
    }

    @Override
    public void check(Settings settings, org.mips.spi.Components components) {
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }

    public synchronized int runs() {
        return runs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "fake stage " + id;
    }

    @Override
    public Placement placement() {
        return placement;
    }

    @Override
    public boolean optional() {
        return optional;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.copyOf(reads);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.copyOf(writes);
    }

    @Override
    public Duration deadline(Settings settings) {
        return deadline;
    }

    @Override
    public StageOutcome run(StageContext context) throws Exception {
        synchronized (this) {
            runs++;
        }
        return work.run(context);
    }
}
