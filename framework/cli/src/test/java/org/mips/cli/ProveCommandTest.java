package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.prove.ProofRecord;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.testkit.PluginJarBuilder;

/**
 * {@code mips prove} with a prover compiled at test time whose verdict a setting chooses: what the command
 * plans, writes and exits with, and the bad input it refuses. The real prover's proofs are the Dafny plugin's tests.
 */
class ProveCommandTest {

    private static final String PROVER = """
            package com.acme.prove;

            import java.time.Duration;
            import java.util.List;
            import org.mips.spi.config.Setting;
            import org.mips.spi.config.Settings;
            import org.mips.spi.prove.Obligation;
            import org.mips.spi.prove.ProofResult;
            import org.mips.spi.prove.Prover;
            import org.pf4j.Extension;

            @Extension
            public class VerdictProver implements Prover {
                static final Setting<String> VERDICT = Setting.choice("prover.verdict.says", "proven", List.of("proven", "failed"),
                        "the verdict to give");
                private final Settings settings;
                @jakarta.inject.Inject public VerdictProver(Settings settings) { this.settings = settings; }
                @Override public String id() { return "verdict"; }
                @Override public String description() { return "Gives the verdict it is configured with."; }
                @Override public List<Setting<?>> settings() { return List.of(VERDICT); }
                @Override public String fileExtension() { return "txt"; }
                @Override public String write(Obligation obligation) { return "claim: " + obligation.claim() + "\\n"; }
                @Override public ProofResult prove(Obligation obligation, Duration timeout) {
                    boolean proven = settings.get(VERDICT).equals("proven");
                    return new ProofResult(proven ? ProofResult.Status.PROVEN : ProofResult.Status.FAILED,
                            proven ? "accepted" : "1 error", write(obligation));
                }
            }
            """;

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void proverPlugin() {
        PluginJarBuilder.plugin("acme-prove", "1.0.0").source("com.acme.prove.VerdictProver", PROVER)
                .source("com.acme.table.Tabulate", TestPlugins.TABULATE)
                .build(plugins.resolve("acme-prove.jar"));
    }

    private Path program() throws Exception {
        Path program = dir.resolve("program.json");
        Files.copy(Path.of("../../examples/binary_addition_synthesized.json"), program);
        return program;
    }

    @Test
    void plansTheRefinementWritesTheProofAndExitsZeroWhenTheProverAccepts() throws Exception {
        Path program = program();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", program.toString(), "--task",
                "Binary_Addition");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("== prove: verdict: the program against the task's specification, for every input length"),
                result::toString);
        assertTrue(result.out().contains("  abstraction: b0 = "), result::toString);
        assertTrue(result.out().contains("  invariant: explicit: 4 reachable states"), result::toString);
        assertTrue(result.out().contains("Binary_Addition: PROVEN: for every input sequence of every length"), result::toString);
        ProofRecord proof = RunStore.at(dir).read(RunArtifacts.PROOF);
        assertEquals(ProofRecord.Status.PROVEN, proof.status());
        assertEquals("verdict", proof.prover());
        assertEquals("proof.txt", proof.file());
        assertTrue(Files.readString(dir.resolve("proof.txt")).startsWith("claim: for every input sequence"));
    }

    @Test
    void aRejectedProofExitsOneAndSaysSo() throws Exception {
        Path program = program();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "--set", "prover.verdict.says=failed", "prove", "--program",
                program.toString(), "--task", "Binary_Addition", "--out", dir.resolve("out").toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().contains("Binary_Addition: NOT proven (failed): 1 error"), result::toString);
        assertEquals(ProofRecord.Status.FAILED, RunStore.at(dir.resolve("out")).read(RunArtifacts.PROOF).status());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path program = program();
        Cli.Result machine = Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", program.toString(), "--machine",
                dir.resolve("none.json").toString());
        assertEquals(2, machine.exit(), machine::toString);
        assertEquals("mips: --machine " + dir.resolve("none.json") + ": no such file\n", machine.err());
        Cli.Result prover = Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", program.toString(), "--task",
                "Binary_Addition", "--prover", "lean");
        assertEquals(2, prover.exit(), prover::toString);
        assertEquals("mips: no prover 'lean'; available: verdict\n", prover.err());
        Files.writeString(program, "{ \"schemaVersion\": 2, \"name\": \"p\" }");
        Cli.Result newer = Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", program.toString());
        assertEquals(2, newer.exit(), newer::toString);
        assertEquals("mips: " + program + ": schemaVersion 2 is newer than this build of mips reads (1); use a newer mips\n", newer.err());
        Cli.Result none = Cli.run("prove", "--program", dir.resolve("none.json").toString());
        assertEquals(2, none.exit(), none::toString);
    }
}
