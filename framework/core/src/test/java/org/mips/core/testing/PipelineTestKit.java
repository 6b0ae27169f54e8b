package org.mips.core.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mips.core.config.Configuration;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.PipelineListener;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.store.RunStore;
import org.mips.spi.Component;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Task;

/**
 * Runs a pipeline of given stages and components and records its events, as JUnit's {@code EngineTestKit}
 * runs an engine: {@code PipelineTestKit.of(stages).run(task, dir)} returns the {@link Events} to assert on.
 */
public final class PipelineTestKit {

    private final List<Stage> stages;
    private final List<Component> components = new ArrayList<>();
    private Configuration configuration = Configuration.defaults();

    private PipelineTestKit(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static PipelineTestKit of(Stage... stages) {
        return new PipelineTestKit(List.of(stages));
    }

    /** Other components the stages may look up. */
    public PipelineTestKit with(Component... more) {
        components.addAll(List.of(more));
        return this;
    }

    public PipelineTestKit configuration(Configuration value) {
        configuration = value;
        return this;
    }

    /** The pipeline these stages and this configuration make. */
    public Pipeline pipeline() {
        List<Component> all = new ArrayList<>(components);
        all.addAll(stages);
        return new Pipeline(stages, configuration, FakeComponents.of(all.toArray(Component[]::new)));
    }

    /** Runs every stage on {@code task} in {@code dir}. */
    public Events run(Task task, Path dir) {
        return run(PipelineRequest.of(task, RunStore.at(dir)));
    }

    /** Runs what {@code request} asks for. */
    public Events run(PipelineRequest request) {
        Events events = new Events();
        events.result = pipeline().run(request, events);
        return events;
    }

    /** What a run reported, in order. */
    public static final class Events implements PipelineListener {

        private final List<PipelineEvent> events = Collections.synchronizedList(new ArrayList<>());
        private PipelineResult result;

        @Override
        public void on(PipelineEvent event) {
            events.add(event);
        }

        public List<PipelineEvent> all() {
            return List.copyOf(events);
        }

        public PipelineResult result() {
            return result;
        }

        public <E extends PipelineEvent> List<E> of(Class<E> type) {
            return all().stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The stages that started, in order. */
        public List<String> started() {
            return of(PipelineEvent.StageStarted.class).stream().map(PipelineEvent.StageStarted::stage).toList();
        }

        /** The stages that were skipped, in order. */
        public List<String> skipped() {
            return of(PipelineEvent.StageSkipped.class).stream().map(PipelineEvent.StageSkipped::stage).toList();
        }

        /** How {@code stage} ended. */
        public StageOutcome outcome(String stage) {
            return of(PipelineEvent.StageEnded.class).stream().filter(e -> e.stage().equals(stage)).map(PipelineEvent.StageEnded::outcome)
                    .findFirst().orElseThrow(() -> new AssertionError(stage + " did not end; events: " + all()));
        }

        /** The stages that ended as {@code which} says, in order. */
        public List<String> ended(Predicate<StageOutcome> which) {
            return of(PipelineEvent.StageEnded.class).stream().filter(e -> which.test(e.outcome())).map(PipelineEvent.StageEnded::stage)
                    .toList();
        }

        /** The text of every event {@code stage} published. */
        public List<String> published(String stage) {
            return of(PipelineEvent.Published.class).stream().filter(e -> e.stage().equals(stage)).map(PipelineEvent.Published::text)
                    .toList();
        }

        /** The kind of each event, in order, e.g. {@code [run-started, stage-started, ...]}. */
        public List<String> kinds() {
            Function<PipelineEvent, String> kind = e -> e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
            return all().stream().map(kind).toList();
        }

        @Override
        public String toString() {
            return all().toString();
        }
    }
}
