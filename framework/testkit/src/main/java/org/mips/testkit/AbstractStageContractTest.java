package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageOutcome;

/**
 * The contract every pipeline {@link Stage} must meet. A plugin's test extends this class, returns its
 * stage and a {@link StageFixture} it can do its work with, and, where it has them, a fixture in which it
 * cannot do its job and one in which its work would not end by itself. The stage is run by
 * {@link StageHarness}, outside a pipeline. Its id is a lower-case name; its placement names other stages,
 * never itself, and never one both before and after it; the artifacts it declares are distinct, and it
 * reads none that it writes. A run reads only the artifacts it declares, writes only those it declares, and
 * all of them when it ends done; a second run ends as the first (a stage keeps no state between runs). When
 * it cannot do its job it says so as a failed or stopped outcome with a reason, rather than by throwing, and
 * when its thread is interrupted its work ends rather than runs on.
 */
public abstract class AbstractStageContractTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @TempDir
    Path directory;

    /** The stage under test; may return a new instance on every call. */
    protected abstract Stage stage();

    /** A run in which the stage can do its work and end done. */
    protected abstract StageFixture fixture();

    /** A run in which it cannot do its job, e.g. a component it needs fails; empty when there is none. */
    protected Optional<StageFixture> failingFixture() {
        return Optional.empty();
    }

    /** A run whose work only an interruption ends, e.g. a search that never succeeds; empty when there is none. */
    protected Optional<StageFixture> endlessFixture() {
        return Optional.empty();
    }

    /** How long an interrupted run may take to end before the contract calls it hung: a guard, not a measurement. */
    protected Duration hangLimit() {
        return Duration.ofSeconds(60);
    }

    /** The deadline the context announces for a normal run. */
    protected Duration deadline() {
        return Duration.ofMinutes(1);
    }

    @Test
    void idAndDescriptionAreWellFormed() {
        String id = stage().id();
        assertTrue(id != null && ID.matcher(id).matches(), () -> "id '" + id + "' is not a lower-case name");
        assertFalse(stage().description() == null || stage().description().isBlank(), "blank description");
    }

    @Test
    void placementIsConsistent() {
        Placement placement = stage().placement();
        assertNotNull(placement, "placement");
        String id = stage().id();
        for (String other : concat(placement.after(), placement.before())) {
            assertFalse(other == null || other.isBlank(), "a blank stage id in " + placement);
            assertFalse(other.equals(id), () -> "placed relative to itself: " + placement);
        }
        Set<String> both = new HashSet<>(placement.after());
        both.retainAll(placement.before());
        assertTrue(both.isEmpty(), () -> "both after and before " + both);
    }

    @Test
    void declaredArtifactsAreDistinct() {
        Stage stage = stage();
        assertDistinct(stage.reads(), "reads");
        assertDistinct(stage.optionalReads(), "optional reads");
        assertDistinct(stage.writes(), "writes");
        assertDisjoint(stage.reads(), stage.optionalReads(), "reads and optional reads");
        assertDisjoint(concat(stage.reads(), stage.optionalReads()), stage.writes(), "what it reads and what it writes");
    }

    @Test
    void aRunReadsAndWritesOnlyWhatItDeclaresAndEndsDone() {
        Stage stage = stage();
        StageHarness.Run run = StageHarness.run(stage, fixture(), directory, Instant.now().plus(deadline()));
        StageOutcome outcome = ended(run);
        assertEquals(StageOutcome.done(), outcome, () -> "the fixture's run ended " + outcome);
        assertSubset(run.read(), concat(stage.reads(), stage.optionalReads()), "read");
        assertSubset(run.written(), stage.writes(), "wrote");
        assertEquals(Set.copyOf(stage.writes()), run.written(), "a done stage writes every artifact it declares");
    }

    @Test
    void aSecondRunEndsAsTheFirst() {
        Stage stage = stage();
        StageHarness.Run first = StageHarness.run(stage, fixture(), directory, Instant.now().plus(deadline()));
        StageHarness.Run second = StageHarness.run(stage, fixture(), directory, Instant.now().plus(deadline()));
        assertEquals(ended(first), ended(second), "the same stage run twice on the same input ends differently");
        assertEquals(first.written(), second.written(), "the same stage run twice on the same input writes differently");
    }

    @Test
    void failureIsAnOutcomeWithAReason() {
        Optional<StageFixture> failing = failingFixture();
        assumeTrue(failing.isPresent(), "the stage has no run in which it cannot do its job");
        Stage stage = stage();
        StageHarness.Run run = StageHarness.run(stage, failing.get(), directory, Instant.now().plus(deadline()));
        StageOutcome outcome = ended(run);
        assertFalse(outcome instanceof StageOutcome.Done, "it cannot do its job here, yet ended done");
        assertFalse(outcome.reason().isBlank(), "a failed or stopped stage must say why");
        assertSubset(run.written(), stage.writes(), "wrote");
    }

    @Test
    void anInterruptedRunEnds() {
        Optional<StageFixture> endless = endlessFixture();
        assumeTrue(endless.isPresent(), "the stage's work always ends by itself");
        Stage stage = stage();
        StageHarness.Run run = assertTimeoutPreemptively(hangLimit(), () -> {
            Thread.currentThread().interrupt();
            try {
                return StageHarness.run(stage, endless.get(), directory, Instant.now().plus(deadline()));
            } finally {
                Thread.interrupted();
            }
        }, () -> "an interrupted run did not end within " + hangLimit().toSeconds() + " s");
        run.outcome().ifPresent(outcome -> assertFalse(outcome instanceof StageOutcome.Done, "an interrupted endless run ended done"));
    }

    /** The outcome of a run that must not throw. */
    private static StageOutcome ended(StageHarness.Run run) {
        run.thrown().ifPresent(e -> fail("the stage threw instead of returning an outcome: " + e, e));
        return run.outcome().orElseGet(() -> fail("run returned null"));
    }

    private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void assertDistinct(List<ArtifactType<?>> types, String what) {
        Set<String> names = new HashSet<>();
        for (ArtifactType<?> type : types) {
            assertTrue(names.add(type.fileName()), () -> what + " names " + type.fileName() + " twice");
        }
    }

    private static void assertDisjoint(List<ArtifactType<?>> first, List<ArtifactType<?>> second, String what) {
        Set<String> names = new HashSet<>();
        first.forEach(type -> names.add(type.fileName()));
        for (ArtifactType<?> type : second) {
            assertFalse(names.contains(type.fileName()), () -> what + " share " + type.fileName());
        }
    }

    private static void assertSubset(Set<ArtifactType<?>> used, List<ArtifactType<?>> declared, String verb) {
        for (ArtifactType<?> type : used) {
            assertTrue(declared.contains(type), () -> "it " + verb + " " + type.fileName() + ", which it does not declare");
        }
    }
}
