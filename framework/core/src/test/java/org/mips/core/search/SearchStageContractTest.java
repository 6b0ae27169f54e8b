package org.mips.core.search;

import java.time.Duration;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.encode.CategoricalEncoding;
import org.mips.core.encode.OneHotEncoding;
import org.mips.core.encode.ScalarEncoding;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.core.stages.SearchStage;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.pipeline.Stage;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/** The search stage against the stage contract, with a scripted backend instead of training. */
class SearchStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new SearchStage();
    }

    private static StageFixture with(ScriptedBackend backend, String budget) {
        ParityTask task = new ParityTask();
        Configuration configuration = Configuration.defaults().with("training.backend", "scripted", "test")
                .with("search.budget", budget, "test").with("search.workers", "1", "test").with("search.max-hidden", "2", "test");
        return new StageFixture(task, task.dataset(42), configuration, FakeComponents.of(backend, new ScalarEncoding(), new OneHotEncoding(), new CategoricalEncoding()), java.util.List.of());
    }

    @Override
    protected StageFixture fixture() {
        return with(new ScriptedBackend(key -> Act.succeeds()), "1m");
    }

    /** Every training throws: no network to pass on. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(with(new ScriptedBackend(key -> Act.throwing("boom")), "1m"));
    }

    /** Every training takes a minute and fails, within a budget of an hour. */
    @Override
    protected Optional<StageFixture> endlessFixture() {
        return Optional.of(with(new ScriptedBackend(key -> Act.fails(0.5).taking(60_000)), "1h"));
    }

    @Override
    protected Duration hangLimit() {
        return Duration.ofSeconds(30);
    }
}
