package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.result.TaskStatus;
import org.mips.testkit.PluginJarBuilder;

/**
 * A third party's stage: a plugin zip compiled at test time adds an audit stage between regress and verify
 * that writes an artifact of its own. {@code mips run} runs it with the built-in stages, its events and
 * artifact appear, {@code --from audit} starts there, and when it throws only it fails.
 */
class PluginStageTest {

    /** The audit stage, with a setting that makes it throw. */
    private static final String PLUGIN = """
            package com.acme.audit;

            import java.util.List;
            import org.mips.spi.config.Setting;
            import org.mips.spi.pipeline.ArtifactType;
            import org.mips.spi.pipeline.BuiltInStages;
            import org.mips.spi.pipeline.Placement;
            import org.mips.spi.pipeline.Stage;
            import org.mips.spi.pipeline.StageContext;
            import org.mips.spi.pipeline.StageEvent;
            import org.mips.spi.pipeline.StageOutcome;
            import org.mips.spi.pipeline.StandardArtifacts;
            import org.mips.spi.program.Program;
            import org.pf4j.Extension;

            public class Audit {

                /** What the audit found: its own artifact. */
                public record Findings(String program, int stateVariables, int outputs) {
                }

                /** Its event, with the data behind the line. */
                public record Audited(String program, int findings) implements StageEvent {
                    @Override public String text() { return "audited " + program + ": " + findings + " findings"; }
                }

                public static final ArtifactType<Findings> FINDINGS = ArtifactType.of("audit.json", Findings.class, 1);
                public static final Setting<Boolean> BROKEN = Setting.bool("audit.broken", false, "throw instead of auditing");

                @Extension
                public static class AuditStage implements Stage {
                    @Override public String id() { return "audit"; }
                    @Override public String description() { return "Audits the program before it is verified."; }
                    @Override public Placement placement() { return Placement.between(BuiltInStages.REGRESS, BuiltInStages.VERIFY); }
                    @Override public List<ArtifactType<?>> reads() { return List.of(StandardArtifacts.PROGRAM); }
                    @Override public List<ArtifactType<?>> writes() { return List.of(FINDINGS); }
                    @Override public List<Setting<?>> settings() { return List.of(BROKEN); }
                    @Override public String summary(StageContext context) { return "the program's shape"; }
                    @Override public StageOutcome run(StageContext context) {
                        if (context.settings().get(BROKEN)) {
                            throw new IllegalStateException("the auditor is out");
                        }
                        Program program = context.artifacts().read(StandardArtifacts.PROGRAM);
                        context.artifacts().write(FINDINGS, new Findings(program.name(), program.state().size(), program.outputs().size()));
                        context.publish(new Audited(program.name(), 0));
                        return StageOutcome.done();
                    }
                }
            }
            """;

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void auditPlugin() {
        PluginJarBuilder.plugin("acme-audit", "1.0.0").manifest("Plugin-Description", "An audit between regression and verification.")
                .source("com.acme.audit.Audit", PLUGIN).source("com.acme.table.Tabulate", TestPlugins.TABULATE).buildZip(plugins.resolve("acme-audit-1.0.0.zip"));
    }

    /** {@code mips run Parity_All --from STAGE}, with the settings given, without the stages this test has no plugin for. */
    private Cli.Result run(String from, String... settings) {
        List<String> args = new java.util.ArrayList<>(List.of("--plugins-dir", plugins.toString(), "--set", "pipeline.skip=prove,emit"));
        for (String setting : settings) {
            args.addAll(List.of("--set", setting));
        }
        args.addAll(List.of("run", "Parity_All", "--from", from, "--out", dir.toString(), "--events", dir.resolve("events.jsonl").toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<PipelineEvent> events() throws Exception {
        return Files.readAllLines(dir.resolve("events.jsonl")).stream().map(EventLog::parse).toList();
    }

    @Test
    void theStageIsListedInItsPlaceAndRunsThereWithItsEventsAndArtifact() throws Exception {
        Cli.Result plugins = Cli.run("--plugins-dir", PluginStageTest.plugins.toString(), "plugins");
        assertTrue(plugins.out().matches("(?s).*Pipeline stages, in order\\n  search .*\\n  regress .*\\n  audit\\s+plugin acme-audit\\s+"
                + "Audits the program before it is verified\\.\\n  verify .*"), plugins::toString);

        TestPlugins.parityMachine(dir);
        Cli.Result result = run("regress");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("\n== audit: the program's shape\n  audited Parity_All: 0 findings\n\n== verify"), result::toString);
        assertTrue(result.out().contains("Parity_All: solved: the program reproduces every checked output"), result::toString);
        String audit = Files.readString(dir.resolve("audit.json"));
        assertTrue(audit.contains("\"schemaVersion\" : 1") && audit.contains("\"program\" : \"Parity_All\""), audit);

        List<PipelineEvent> events = events();
        assertEquals(List.of("regress", "audit", "verify"), ((PipelineEvent.RunStarted) events.get(0)).stages());
        assertTrue(events.contains(new PipelineEvent.ArtifactWritten("audit", "audit.json")), events::toString);
        PipelineEvent.Published published = events.stream().filter(PipelineEvent.Published.class::isInstance)
                .map(PipelineEvent.Published.class::cast).filter(e -> e.stage().equals("audit")).findFirst().orElseThrow();
        assertEquals("Audited", published.kind());
        assertEquals(java.util.Map.of("program", "Parity_All", "findings", 0), published.data());
        PipelineEvent.RunEnded ended = (PipelineEvent.RunEnded) events.get(events.size() - 1);
        assertEquals(TaskStatus.SOLVED, ended.result().status());
        assertEquals(java.util.Set.of("audit", "regress", "verify"), ended.result().seconds().keySet());
    }

    @Test
    void fromItsIdStartsAtItWithTheEarlierArtifacts() throws Exception {
        TestPlugins.parityMachine(dir);
        assertEquals(0, run("regress").exit());
        Files.delete(dir.resolve("audit.json"));
        Cli.Result again = run("audit");
        assertEquals(0, again.exit(), again::toString);
        assertFalse(again.out().contains("== regress"), again::toString);
        assertTrue(again.out().contains("== audit") && again.out().contains("== verify"), again::toString);
        assertTrue(Files.exists(dir.resolve("audit.json")));
    }

    @Test
    void whenItThrowsOnlyItFailsAndVerificationStillRuns() throws Exception {
        TestPlugins.parityMachine(dir);
        Cli.Result result = run("regress", "audit.broken=true");
        assertEquals(1, result.exit(), "a stage failed: " + result);
        assertTrue(result.out().contains("Parity_All: the audit stage failed: IllegalStateException: the auditor is out"), result::toString);
        assertTrue(result.out().contains("Parity_All: solved: the program reproduces every checked output"), result::toString);
        assertFalse(Files.exists(dir.resolve("audit.json")));
        List<PipelineEvent> events = events();
        PipelineEvent.RunEnded ended = (PipelineEvent.RunEnded) events.get(events.size() - 1);
        assertEquals(TaskStatus.SOLVED, ended.result().status());
        assertEquals("audit failed: IllegalStateException: the auditor is out", ended.result().reason());
    }
}
