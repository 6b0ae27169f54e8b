package org.mips.core.stages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mips.core.search.AccuracyText;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyRecord;
import org.mips.core.simplify.SimplifyReport;
import org.mips.core.simplify.SimplifyStep;
import org.mips.core.simplify.Simplifier;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;
import org.pf4j.Extension;

/**
 * The normalizer chain (reference sections 3.5, 3.6 and 4) on the search's network: each normalizer's
 * result is kept only when the network keeps its held-out accuracy. Writes the simplified network and
 * every step's metrics.
 */
@Extension
public final class SimplifyStage implements Stage {

    public static final Setting<List<String>> CHAIN = Setting.list("simplify.chain",
            List.of("l1", "whiten", "jordan", "toeplitz", "debias", "quantize", "repair"),
            "normalizer ids in order; each must be installed, except that the default chain leaves out (and names) those that are not");
    public static final Setting<Duration> NORMALIZER_TIME_LIMIT = Setting.duration("simplify.normalizer-time-limit", Duration.ofMinutes(5),
            "how long one normalizer may run before it is abandoned and its step fails");
    public static final Setting<Integer> SAMPLE = Setting.integer("simplify.sample", 4096, 1, Integer.MAX_VALUE,
            "training sequences the normalizers see, e.g. for whitening statistics");

    @Override
    public String id() {
        return BuiltInStages.SIMPLIFY;
    }

    @Override
    public String description() {
        return "Simplifies the network with the normalizer chain, keeping what keeps its held-out accuracy.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.SEARCH);
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.NETWORK);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.SIMPLIFIED, RunArtifacts.SIMPLIFY);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(CHAIN, NORMALIZER_TIME_LIMIT, SAMPLE, SearchStage.BACKEND);
    }

    /** Every normalizer's time limit, and a minute to measure the network between them. */
    @Override
    public Duration deadline(Settings settings) {
        return settings.get(NORMALIZER_TIME_LIMIT).multipliedBy(Math.max(1, settings.get(CHAIN).size())).plus(Duration.ofMinutes(1));
    }

    /** A chain the configuration names must be installed; the default chain uses what there is of it. */
    @Override
    public void check(Settings settings, Components components) {
        if (!settings.get(CHAIN).equals(CHAIN.defaultValue())) {
            settings.get(CHAIN).forEach(id -> components.get(Normalizer.class, id));
        }
    }

    @Override
    public String summary(StageContext context) {
        List<String> missing = missing(context.components(), context.settings());
        return "normalizers " + String.join(",", chain(context.components(), context.settings()).stream().map(Normalizer::id).toList())
                + (missing.isEmpty() ? "" : " (not installed: " + String.join(",", missing) + ")");
    }

    /** The configured normalizers that are installed, in chain order. */
    static List<Normalizer> chain(Components components, Settings settings) {
        List<Normalizer> installed = components.all(Normalizer.class);
        List<Normalizer> chain = new ArrayList<>();
        for (String id : settings.get(CHAIN)) {
            installed.stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(chain::add);
        }
        return chain;
    }

    private static List<String> missing(Components components, Settings settings) {
        List<String> installed = components.all(Normalizer.class).stream().map(Normalizer::id).toList();
        return settings.get(CHAIN).stream().filter(id -> !installed.contains(id)).toList();
    }

    @Override
    public StageOutcome run(StageContext context) {
        Settings settings = context.settings();
        Network network = context.artifacts().read(RunArtifacts.NETWORK);
        Dataset data = context.dataset();
        SequenceBatch inputs = data.train().x().slice(0, Math.min(settings.get(SAMPLE), data.train().count()));
        Simplifier simplifier = new Simplifier(data, inputs, () -> context.components().get(TrainingBackend.class, settings.get(SearchStage.BACKEND)),
                settings.get(NORMALIZER_TIME_LIMIT));
        SimplifyReport report = simplifier.run(network, chain(context.components(), settings), new Simplifier.Listener() {
            @Override
            public void started(NetworkMetrics initial) {
                context.publish(new StageEvents.SimplifyStarted(initial));
            }

            @Override
            public void stepFinished(SimplifyStep step) {
                context.publish(new StageEvents.NormalizerFinished(step));
            }
        });
        context.artifacts().write(RunArtifacts.SIMPLIFIED, report.network());
        context.artifacts().write(RunArtifacts.SIMPLIFY, SimplifyRecord.of(context.task().id(), report));
        NetworkMetrics before = report.initial();
        NetworkMetrics after = report.result();
        context.log(String.format(Locale.ROOT, "%d of %d parameters non-zero (was %d), %d integer (was %d), effective hidden dim %d (was %d), %s",
                after.nonZero(), after.parameters(), before.nonZero(), after.integers(), before.integers(), after.effectiveHiddenDim(),
                before.effectiveHiddenDim(), after.perfect() ? "perfect" : "accuracy " + AccuracyText.of(after.accuracy())));
        return StageOutcome.done();
    }
}
