package org.mips.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Networks trained in PyTorch, saved with {@code tools/export_general_rnn.py}, opened by {@code bin/mips}: a GeneralRNN and an
 * {@code nn.RNN} trained on Parity_All here (a second or two each, seeded) go through import and the whole pipeline to a proof.
 *
 * <p>PyTorch comes from {@code MIPS_TORCH_PYTHON}, else {@code /usr/bin/python3} or {@code python3} when they import torch. Without
 * it the tests are skipped, unless {@code MIPS_REQUIRE_TORCH=1} (as CI sets) makes its absence a failure.
 */
class TorchImportIT {

    private static final Path HOME = Path.of(System.getProperty("mips.distribution", "target/mips"));
    private static final Path TRAIN = Path.of("src/test/resources/torch/train_parity.py");
    private static final Path TOOLS = Path.of("../tools");

    @TempDir
    static Path networks;

    @TempDir
    Path dir;

    record Run(int exit, String out) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out;
        }
    }

    @BeforeAll
    static void trainInPyTorch() throws Exception {
        Optional<String> python = torchPython();
        if (python.isEmpty()) {
            String reason = "no python with torch (tried $MIPS_TORCH_PYTHON, /usr/bin/python3, python3); install python3-torch";
            if ("1".equals(System.getenv("MIPS_REQUIRE_TORCH"))) {
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
        Run trained = run(networks.resolve("train.log"), 5, python.get(), TRAIN.toString(), TOOLS.toString(), networks.toString());
        assertEquals(0, trained.exit(), trained::toString);
    }

    @Test
    void aGeneralRnnFromPyTorchIsImportedAndOpenedToAProvenProgram() throws Exception {
        Path out = dir.resolve("general");
        Run imported = mips("import", networks.resolve("general_rnn.safetensors").toString(), "--task", "Parity_All", "--out", out.toString());
        assertEquals(0, imported.exit(), imported::toString);
        assertTrue(imported.out().contains("general-rnn network from " + networks.resolve("general_rnn.safetensors") + " (safetensors), 2,2,16,1,0 relu"),
                imported::toString);
        assertTrue(imported.out().contains("test split (100,000 sequences): every output right"), imported::toString);

        Run opened = mips("run", "Parity_All", "--network", networks.resolve("general_rnn.safetensors").toString(), "--set", "pipeline.skip=emit",
                "--out", dir.resolve("run").toString());
        assertEquals(0, opened.exit(), opened::toString);
        assertTrue(opened.out().contains("held-out split (100,000 sequences): every output matches"), opened::toString);
        assertTrue(opened.out().contains("Parity_All: verified; PROVEN by dafny"), opened::toString);
    }

    @Test
    void aTorchRnnIsReadAsItsCellAndTheNormalizersThatCannotRetrainItSayWhy() throws Exception {
        Run run = mips("run", "Parity_All", "--network", networks.resolve("torch_rnn.safetensors").toString(), "--set", "pipeline.skip=emit",
                "--out", dir.resolve("torch").toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("torch-rnn network from"), run::toString);
        assertTrue(run.out().contains("transition.0.weight (hidden columns) <- rnn.weight_hh_l0 [16, 16]"), run::toString);
        assertTrue(run.out().contains("refused: it retrains the network with an L1 penalty, and the cpu backend trains ReLU networks only (this one is "
                + "tanh)"), run::toString);
        assertTrue(run.out().contains("Parity_All: verified; PROVEN by dafny"), run::toString);
    }

    @Test
    void aTruncatedFileIsOneLineNamingTheTensorWithExitCode2() throws Exception {
        byte[] bytes = Files.readAllBytes(networks.resolve("general_rnn.safetensors"));
        Path truncated = Files.write(dir.resolve("truncated.safetensors"), Arrays.copyOf(bytes, bytes.length - 2));
        Run run = mips("import", truncated.toString(), "--task", "Parity_All", "--out", dir.resolve("refused").toString());
        assertEquals(2, run.exit(), run::toString);
        List<String> lines = run.out().lines().filter(line -> !line.startsWith("WARNING")).toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("mips: " + truncated + ": tensor '") && lines.get(0).contains("the file is truncated"), run::toString);
        assertTrue(Files.notExists(dir.resolve("refused/network.json")), "nothing is written for a refused file");
    }

    private Run mips(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString()));
        command.addAll(List.of(args));
        return run(dir.resolve("mips.log"), 5, command.toArray(String[]::new));
    }

    /** Runs {@code command} with stdout and stderr into {@code log}; a command still running after {@code minutes} fails the test. */
    private static Run run(Path log, int minutes, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static Optional<String> torchPython() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("MIPS_TORCH_PYTHON")).filter(name -> !name.isBlank()).ifPresent(candidates::add);
        candidates.addAll(List.of("/usr/bin/python3", "python3"));
        for (String python : candidates) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (probe.waitFor(2, TimeUnit.MINUTES) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
                probe.destroyForcibly();
            } catch (IOException notThere) {
                // not installed under this name: try the next
            }
        }
        return Optional.empty();
    }
}
