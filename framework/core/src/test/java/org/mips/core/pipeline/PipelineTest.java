package org.mips.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.UserException;
import org.mips.core.config.ConfigException;
import org.mips.core.config.Configuration;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.core.testing.FakeStage;
import org.mips.testkit.ParityTask;
import org.mips.core.testing.PipelineTestKit;
import org.mips.core.testing.PipelineTestKit.Events;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.StageOutcome;

/** The pipeline with fake stages: order, outcomes, deadlines, {@code --from}, a stage added between others, configuration. */
class PipelineTest {

    private static final ArtifactType<FakeStage.Note> NETWORK = FakeStage.artifact("network");
    private static final ArtifactType<FakeStage.Note> MACHINE = FakeStage.artifact("machine");
    private static final ArtifactType<FakeStage.Note> PROGRAM = FakeStage.artifact("program");
    private static final ArtifactType<FakeStage.Note> CHECKS = FakeStage.artifact("checks");
    private static final ArtifactType<FakeStage.Note> CODE = FakeStage.artifact("code");

    @TempDir
    Path dir;

    private final ParityTask task = new ParityTask();

    /** search -> extract -> regress -> verify -> emit, each reading what the one before wrote. */
    private static FakeStage[] chain() {
        return new FakeStage[] {
                FakeStage.named("search").required().writes(NETWORK),
                FakeStage.named("extract").required().at(Placement.after("search")).reads(NETWORK).writes(MACHINE),
                FakeStage.named("regress").required().at(Placement.after("extract")).reads(MACHINE).writes(PROGRAM),
                FakeStage.named("verify").required().at(Placement.after("regress")).reads(PROGRAM).writes(CHECKS),
                FakeStage.named("emit").at(Placement.after("verify")).reads(PROGRAM).writes(CODE)};
    }

    private static FakeStage stage(FakeStage[] stages, String id) {
        for (FakeStage stage : stages) {
            if (stage.id().equals(id)) {
                return stage;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void runsTheStagesInTheOrderTheirPlacementsGiveAndReportsEachStep() {
        FakeStage[] stages = chain();
        FakeStage[] shuffled = {stages[3], stages[0], stages[4], stages[2], stages[1]};
        Events events = PipelineTestKit.of(shuffled).run(task, dir);
        assertEquals(List.of("search", "extract", "regress", "verify", "emit"), events.started());
        assertEquals(List.of("search", "extract", "regress", "verify", "emit"), events.of(PipelineEvent.RunStarted.class).get(0).stages());
        assertEquals(List.of("run-started", "stage-started", "artifact-written", "stage-ended"), events.kinds().subList(0, 4));
        assertEquals("run-ended", events.kinds().get(events.kinds().size() - 1));
        assertEquals(5, events.ended(o -> o instanceof StageOutcome.Done).size());
        assertTrue(Files.isRegularFile(dir.resolve("code.json")));
        assertEquals(5, events.result().stages().size());
    }

    @Test
    void aStagePlacedBetweenTwoOthersRunsBetweenThemAndItsArtifactIsReadable() {
        ArtifactType<FakeStage.Note> audit = FakeStage.artifact("audit");
        FakeStage plugin = FakeStage.named("audit").at(Placement.between("regress", "verify")).reads(PROGRAM).writes(audit)
                .doing(context -> {
                    context.log("audited " + context.artifacts().read(PROGRAM).by() + "'s program");
                    context.artifacts().write(audit, new FakeStage.Note("audit"));
                    return StageOutcome.done();
                });
        FakeStage[] stages = chain();
        Events events = PipelineTestKit.of(plugin, stages[0], stages[1], stages[2], stages[3], stages[4]).run(task, dir);
        assertEquals(List.of("search", "extract", "regress", "audit", "verify", "emit"), events.started());
        assertEquals(List.of("audited regress's program"), events.published("audit"));
        assertEquals(new FakeStage.Note("audit"), RunStore.at(dir).read(audit));
    }

    @Test
    void aStageThatStopsEndsTheRunThere() {
        FakeStage[] stages = chain();
        stage(stages, "extract").doing(context -> StageOutcome.stopped("no deterministic machine"));
        Events events = PipelineTestKit.of(stages).run(task, dir);
        assertEquals(List.of("search", "extract"), events.started());
        assertEquals(StageOutcome.stopped("no deterministic machine"), events.outcome("extract"));
        assertEquals(0, stage(stages, "regress").runs());
        assertEquals("no deterministic machine", events.result().result().reason());
        assertEquals("extract", events.result().result().stage());
    }

    @Test
    void aStageThatThrowsFailsAloneAndLaterStagesRunWhenTheirInputsExist() {
        ArtifactType<FakeStage.Note> audit = FakeStage.artifact("audit");
        FakeStage plugin = FakeStage.named("audit").at(Placement.between("regress", "verify")).reads(PROGRAM).writes(audit)
                .doing(context -> {
                    throw new IllegalStateException("the auditor is out");
                });
        FakeStage reader = FakeStage.named("publish").at(Placement.after("emit")).reads(audit);
        FakeStage[] stages = chain();
        Events events = PipelineTestKit.of(plugin, reader, stages[0], stages[1], stages[2], stages[3], stages[4]).run(task, dir);
        assertEquals(StageOutcome.failed("IllegalStateException: the auditor is out"), events.outcome("audit"));
        assertEquals(List.of("search", "extract", "regress", "audit", "verify", "emit"), events.started());
        assertEquals(List.of("publish"), events.skipped());
        assertEquals("it needs audit.json, which audit did not write",
                events.of(PipelineEvent.StageSkipped.class).get(0).reason());
    }

    @Test
    void aStagePastItsDeadlineFailsAndWhatItWritesAfterwardsIsRefused() throws Exception {
        CountDownLatch abandoned = new CountDownLatch(1);
        AtomicReference<Throwable> lateWrite = new AtomicReference<>();
        FakeStage[] stages = chain();
        stage(stages, "extract").deadline(Duration.ofMillis(200)).doing(context -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Interrupted at the deadline: a stage that goes on anyway must not reach the run.
            }
            try {
                context.artifacts().write(MACHINE, new FakeStage.Note("late"));
            } catch (IllegalStateException e) {
                lateWrite.set(e);
            }
            abandoned.countDown();
            return StageOutcome.done();
        });
        Events events = PipelineTestKit.of(stages).run(task, dir);
        assertEquals(StageOutcome.failed("ran past its deadline of 200ms and was stopped"), events.outcome("extract"));
        assertTrue(abandoned.await(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, lateWrite.get());
        assertFalse(Files.exists(dir.resolve("machine.json")));
        assertEquals(List.of("regress", "verify", "emit"), events.skipped());
    }

    @Test
    void theConfigurationSetsAStagesDeadline() {
        FakeStage[] stages = chain();
        stage(stages, "search").doing(context -> {
            Thread.sleep(5_000);
            return StageOutcome.done();
        });
        Events events = PipelineTestKit.of(stages).configuration(Configuration.defaults().with("search.deadline", "100ms", "test"))
                .run(task, dir);
        assertEquals(StageOutcome.failed("ran past its deadline of 100ms and was stopped"), events.outcome("search"));
        assertEquals(0.1, events.of(PipelineEvent.StageStarted.class).get(0).deadlineSeconds());
    }

    @Test
    void fromStartsAtAStageAndReadsTheEarlierStagesArtifacts() {
        PipelineTestKit.of(chain()).run(task, dir);
        FakeStage[] again = chain();
        Events events = PipelineTestKit.of(again).run(org.mips.core.pipeline.PipelineRequest.of(task, RunStore.at(dir)).from("regress"));
        assertEquals(List.of("regress", "verify", "emit"), events.started());
        assertEquals(0, stage(again, "search").runs());
        assertEquals("regress", events.of(PipelineEvent.RunStarted.class).get(0).from());
    }

    @Test
    void fromWithoutTheArtifactsItNeedsIsBadInputNamingTheFileAndWhatWritesIt() {
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(chain())
                .run(PipelineRequest.of(task, RunStore.at(dir)).from("regress")));
        assertEquals(dir.resolve("machine.json") + ": no such file; run the extract stage first (or start --from an earlier stage)",
                error.getMessage());
    }

    @Test
    void anArtifactWithANewerSchemaVersionIsBadInputBeforeAnyStageRuns() throws Exception {
        Files.writeString(dir.resolve("machine.json"), "{ \"schemaVersion\": 7, \"by\": \"the future\" }");
        FakeStage[] stages = chain();
        ArtifactException error = assertThrows(ArtifactException.class, () -> PipelineTestKit.of(stages)
                .run(PipelineRequest.of(task, RunStore.at(dir)).from("regress")));
        assertEquals(dir.resolve("machine.json") + ": schemaVersion 7 is newer than this build of mips reads (1); use a newer mips",
                error.getMessage());
        assertEquals(0, stage(stages, "regress").runs());
    }

    @Test
    void anUnknownStageInFromIsBadInputListingTheStages() {
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(chain())
                .run(PipelineRequest.of(task, RunStore.at(dir)).from("prove")));
        assertEquals("cannot start at 'prove': it is not a stage; the pipeline's stages are search, extract, regress, verify, emit",
                error.getMessage());
    }

    @Test
    void theArtifactsOfTheStagesToRunGoBeforeTheyRunSoASkippedStageLeavesNoStaleVerdict() throws Exception {
        PipelineTestKit.of(chain()).run(task, dir);
        assertTrue(Files.exists(dir.resolve("checks.json")));
        FakeStage[] stages = chain();
        stage(stages, "regress").doing(context -> {
            throw new IllegalStateException("no regressor");
        });
        Events events = PipelineTestKit.of(stages).run(PipelineRequest.of(task, RunStore.at(dir)).from("regress"));
        assertEquals(List.of("verify", "emit"), events.skipped());
        assertFalse(Files.exists(dir.resolve("checks.json")), "an earlier run's verification must not speak for this one");
        assertTrue(Files.exists(dir.resolve("machine.json")), "the artifacts --from reads stay");
    }

    @Test
    void theTextFilesOfAStaleStageGoTooAndRunJsonSaysWhatEachStageWrote() throws Exception {
        FakeStage[] stages = chain();
        stage(stages, "emit").doing(context -> {
            context.artifacts().writeText("parity.py", "def parity(xs): ...\n");
            context.artifacts().write(CODE, new FakeStage.Note("emit"));
            return StageOutcome.done();
        });
        PipelineTestKit.of(stages).run(task, dir);
        assertTrue(Files.exists(dir.resolve("parity.py")));
        RunRecord record = RunStore.at(dir).read(RunRecord.FILE);
        assertEquals(List.of("search", "extract", "regress", "verify", "emit"), record.stages().stream().map(RunRecord.Entry::stage).toList());
        assertEquals(List.of("parity.py", "code.json"), record.stages().get(4).files());

        // Redoing regression makes the code of the old program stale, though emit does not run now.
        PipelineTestKit.of(chain()).run(PipelineRequest.of(task, RunStore.at(dir)).from("regress").to("regress"));
        assertFalse(Files.exists(dir.resolve("parity.py")));
        assertFalse(Files.exists(dir.resolve("code.json")));
        assertFalse(Files.exists(dir.resolve("checks.json")));
        assertTrue(Files.exists(dir.resolve("machine.json")), "what regression read stays");
        assertEquals(List.of("search", "extract", "regress"),
                RunStore.at(dir).read(RunRecord.FILE).stages().stream().map(RunRecord.Entry::stage).toList());
    }

    @Test
    void anAdoptedArtifactReplacesTheStagesThatWriteItAndGoesWhenTheyRunAgain() throws Exception {
        ArtifactType<FakeStage.Note> origin = FakeStage.artifact("origin");
        PipelineTestKit.of(chain()).run(task, dir);
        Pipeline pipeline = PipelineTestKit.of(chain()).pipeline();
        pipeline.adopt(RunStore.at(dir), task, "import", List.of(new Pipeline.Placed<>(NETWORK, new FakeStage.Note("imported")),
                new Pipeline.Placed<>(origin, new FakeStage.Note("a weight file"))));
        assertFalse(Files.exists(dir.resolve("machine.json")), "what was made from the searched network goes");
        assertFalse(Files.exists(dir.resolve("code.json")));
        assertEquals(List.of("import"), RunStore.at(dir).read(RunRecord.FILE).stages().stream().map(RunRecord.Entry::stage).toList());
        assertEquals("extract", pipeline.stageAfter(NETWORK));

        // A run from the next stage reads the adopted artifact as any stage's, its digest checked.
        FakeStage[] stages = chain();
        Events events = PipelineTestKit.of(stages).run(PipelineRequest.of(task, RunStore.at(dir)).from("extract"));
        assertEquals(List.of("extract", "regress", "verify", "emit"), events.started());
        assertTrue(Files.exists(dir.resolve("origin.json")));

        // A search run later writes the network itself: the import's record and files go with it.
        PipelineTestKit.of(chain()).run(task, dir);
        assertFalse(Files.exists(dir.resolve("origin.json")), "import.json must not speak for a searched network");
        assertEquals(List.of("search", "extract", "regress", "verify", "emit"),
                RunStore.at(dir).read(RunRecord.FILE).stages().stream().map(RunRecord.Entry::stage).toList());
    }

    @Test
    void adoptingIntoAnotherTasksRunIsBadInput() {
        PipelineTestKit.of(chain()).run(task, dir);
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(chain()).pipeline().adopt(RunStore.at(dir),
                new ParityTask("Other_Task"), "import", List.of(new Pipeline.Placed<>(NETWORK, new FakeStage.Note("imported")))));
        assertTrue(error.getMessage().contains("holds a run of Parity_All (run.json), not of Other_Task"), error.getMessage());
        assertTrue(Files.exists(dir.resolve("checks.json")), "nothing goes before the import is refused");
    }

    @Test
    void fromInAnotherTasksRunIsBadInputBeforeAnyStageRuns() {
        PipelineTestKit.of(chain()).run(task, dir);
        FakeStage[] stages = chain();
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(stages)
                .run(PipelineRequest.of(new ParityTask("Other_Task"), RunStore.at(dir)).from("regress")));
        assertEquals(dir + ": holds a run of Parity_All (run.json), not of Other_Task; give another --out, or run the whole pipeline there",
                error.getMessage());
        assertEquals(0, stage(stages, "regress").runs());
        assertTrue(Files.exists(dir.resolve("checks.json")), "nothing goes before the run is refused");
    }

    @Test
    void fromOnAnArtifactChangedSinceItsStageWroteItIsBadInput() {
        PipelineTestKit.of(chain()).run(task, dir);
        RunStore.at(dir).write(MACHINE, new FakeStage.Note("copied in from elsewhere"));
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(chain())
                .run(PipelineRequest.of(task, RunStore.at(dir)).from("regress")));
        assertTrue(error.getMessage().startsWith(dir.resolve("machine.json") + ": not the file the extract stage wrote (run.json records "
                + "another SHA-256); it was changed or copied in since. Rerun --from extract"), error.getMessage());
    }

    @Test
    void fromOnAnArtifactMadeFromAnotherUpstreamFileIsBadInput() {
        PipelineTestKit.of(chain()).run(task, dir);
        RunStore.at(dir).write(NETWORK, new FakeStage.Note("another network"));
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(chain())
                .run(PipelineRequest.of(task, RunStore.at(dir)).from("regress")));
        assertTrue(error.getMessage().startsWith(dir.resolve("machine.json") + ": made by the extract stage from another network.json than "
                + "the one beside it"), error.getMessage());
    }

    @Test
    void filesWithoutARunRecordAreTakenAsTheyAre() throws Exception {
        PipelineTestKit.of(chain()).run(task, dir);
        Files.delete(dir.resolve("run.json"));
        RunStore.at(dir).write(MACHINE, new FakeStage.Note("made by hand"));
        Events events = PipelineTestKit.of(chain()).run(PipelineRequest.of(new ParityTask("Other_Task"), RunStore.at(dir)).from("regress"));
        assertEquals(List.of("regress", "verify", "emit"), events.started());
        RunRecord record = RunStore.at(dir).read(RunRecord.FILE);
        assertEquals("Other_Task", record.task());
        RunRecord.Entry regress = record.stages().get(0);
        assertEquals(List.of("machine.json"), List.copyOf(regress.read().keySet()), "what regression read, with its digest");
        assertEquals(64, regress.wrote().get("program.json").length());
    }

    @Test
    void aResumedRunStartsAtTheFirstStageThatDidNotEnd() {
        Pipeline pipeline = PipelineTestKit.of(chain()).pipeline();
        assertEquals(Optional.of("search"), pipeline.resumeAt(RunStore.at(dir), task.id()), "nothing ran yet");

        FakeStage[] failing = chain();
        stage(failing, "regress").doing(context -> {
            throw new IllegalStateException("no regressor");
        });
        PipelineTestKit.of(failing).run(task, dir);
        assertEquals(Optional.of("regress"), pipeline.resumeAt(RunStore.at(dir), task.id()));

        PipelineTestKit.of(chain()).run(PipelineRequest.of(task, RunStore.at(dir)).from("regress").to("verify"));
        assertEquals(Optional.of("emit"), pipeline.resumeAt(RunStore.at(dir), task.id()));

        PipelineTestKit.of(chain()).run(PipelineRequest.of(task, RunStore.at(dir)).from("emit"));
        assertEquals(Optional.empty(), pipeline.resumeAt(RunStore.at(dir), task.id()), "every stage ended");

        FakeStage[] stopping = chain();
        stage(stopping, "extract").doing(context -> StageOutcome.stopped("no machine"));
        PipelineTestKit.of(stopping).run(task, dir);
        assertEquals(Optional.empty(), pipeline.resumeAt(RunStore.at(dir), task.id()), "a stage that found nothing ended the run");

        UserException other = assertThrows(UserException.class, () -> pipeline.resumeAt(RunStore.at(dir), "Other_Task"));
        assertEquals(dir + ": holds a run of Parity_All (run.json), not of Other_Task; give another --out, or run the whole pipeline there",
                other.getMessage());
    }

    @Test
    void theConfigurationReordersAndLeavesOutOptionalStages() {
        FakeStage[] stages = chain();
        FakeStage lint = FakeStage.named("lint").at(Placement.after("verify")).reads(PROGRAM);
        Configuration configuration = Configuration.defaults().with("pipeline.skip", "emit", "test")
                .with("pipeline.stages", "search,extract,regress,lint,verify,emit", "test");
        Events events = PipelineTestKit.of(lint, stages[0], stages[1], stages[2], stages[3], stages[4]).configuration(configuration)
                .run(task, dir);
        assertEquals(List.of("search", "extract", "regress", "lint", "verify"), events.started());
    }

    @Test
    void aConfigurationThatLeavesOutARequiredStageOrReadsTooEarlyIsBadNamingItsSource() {
        ConfigException skip = assertThrows(ConfigException.class, () -> PipelineTestKit.of(chain())
                .configuration(Configuration.defaults().with("pipeline.skip", "verify", "mips.yml, line 2")).pipeline());
        assertEquals("mips.yml, line 2: pipeline.skip: the verify stage cannot be left out", skip.getMessage());
        ConfigException order = assertThrows(ConfigException.class, () -> PipelineTestKit.of(chain())
                .configuration(Configuration.defaults().with("pipeline.stages", "search,regress,extract,verify,emit", "--set")).pipeline());
        assertEquals("--set: pipeline.stages: regress reads machine.json, which extract writes after it", order.getMessage());
    }

    @Test
    void aStageThatRefusesTheConfigurationStopsTheRunBeforeAnyStageRunsOrAnyFileGoes() {
        PipelineTestKit.of(chain()).run(task, dir);
        FakeStage[] stages = chain();
        stage(stages, "emit").refusing("no emitter 'lua'");
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(stages).run(task, dir));
        assertEquals("the emit stage cannot run with this configuration: no emitter 'lua'", error.getMessage());
        assertEquals(0, stage(stages, "search").runs());
        assertTrue(Files.exists(dir.resolve("network.json")) && Files.exists(dir.resolve("checks.json")), "the earlier run's files stay");
    }

    @Test
    void aStageThatReadsWhatItWritesKeepsItsInputWhenTheRunStartsThere() {
        ArtifactType<FakeStage.Note> notes = FakeStage.artifact("notes");
        FakeStage polish = FakeStage.named("polish").at(Placement.after("search")).reads(notes).writes(notes).doing(context -> {
            FakeStage.Note before = context.artifacts().read(notes);
            context.artifacts().write(notes, new FakeStage.Note(before.by() + "+polish"));
            return StageOutcome.done();
        });
        RunStore.at(dir).write(notes, new FakeStage.Note("user"));
        Events events = PipelineTestKit.of(polish).run(PipelineRequest.of(task, RunStore.at(dir)).from("polish"));
        assertEquals(StageOutcome.done(), events.outcome("polish"));
        assertEquals(new FakeStage.Note("user+polish"), RunStore.at(dir).read(notes));
    }

    @Test
    void fromIgnoresCaseAndTheRunStartedEventNamesTheStage() {
        PipelineTestKit.of(chain()).run(task, dir);
        Events events = PipelineTestKit.of(chain()).run(PipelineRequest.of(task, RunStore.at(dir)).from(" Regress "));
        assertEquals("regress", events.of(PipelineEvent.RunStarted.class).get(0).from());
    }

    @Test
    void aRunJsonFromANewerMipsIsBadInputRatherThanOverwritten() throws Exception {
        Files.writeString(dir.resolve("run.json"), "{ \"schemaVersion\": 4, \"task\": \"Parity_All\", \"stages\": [] }");
        assertThrows(ArtifactException.class, () -> PipelineTestKit.of(chain()).run(task, dir));
        assertTrue(Files.readString(dir.resolve("run.json")).contains("\"schemaVersion\": 4"));
    }

    @Test
    void stagesPlacedInACircleAreAnError() {
        FakeStage a = FakeStage.named("a").at(Placement.after("b"));
        FakeStage b = FakeStage.named("b").at(Placement.after("a"));
        UserException error = assertThrows(UserException.class, () -> PipelineTestKit.of(a, b).pipeline());
        assertTrue(error.getMessage().startsWith("the stages a, b are placed in a circle"), error.getMessage());
    }

    @Test
    void aStageReadingAnotherStagesArtifactRunsAfterItWithoutAPlacement() {
        FakeStage[] stages = chain();
        FakeStage report = FakeStage.named("a-report").reads(CHECKS);
        Events events = PipelineTestKit.of(report, stages[0], stages[1], stages[2], stages[3], stages[4]).run(task, dir);
        assertTrue(events.started().indexOf("a-report") > events.started().indexOf("verify"), events.started()::toString);
    }
}
