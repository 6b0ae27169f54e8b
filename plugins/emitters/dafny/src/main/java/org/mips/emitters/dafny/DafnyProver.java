package org.mips.emitters.dafny;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Prover;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;
import org.mips.spi.prove.TableAgreement;
import org.mips.toolkit.run.ExternalTool;
import org.mips.toolkit.run.ScratchDirectory;
import org.mips.toolkit.run.ToolRun;
import org.pf4j.Extension;

/**
 * Proves refinements with {@code dafny /compile:0}: only its exit status 0 counts as proven. It runs with
 * {@code /noNLarith} first and, if that finds errors, once more without it in the time left. Dafny 2.3
 * with Z3 4.8 prints a "Prover error: unknown parameter 'model_compress'" line that does not affect the
 * verdict; it is left out of the reported errors.
 */
@Extension
public final class DafnyProver implements Prover {

    /** The verifier to run: {@code prover.dafny.command}. */
    public static final Setting<String> COMMAND = Setting.text("prover.dafny.command", "dafny",
            "the dafny command: a name looked up on PATH, or the path of the executable");

    private final String searchPath;
    private final String command;

    public DafnyProver() {
        this(System.getenv("PATH"), COMMAND.defaultValue());
    }

    /** With the configured command. */
    @Inject
    public DafnyProver(Settings settings) {
        this(System.getenv("PATH"), settings.get(COMMAND));
    }

    DafnyProver(String searchPath) {
        this(searchPath, COMMAND.defaultValue());
    }

    DafnyProver(String searchPath, String command) {
        this.searchPath = searchPath;
        this.command = command;
    }

    @Override
    public String id() {
        return "dafny";
    }

    @Override
    public String description() {
        return "Proves a program equal to its specification for every input length (or to its machine's tables), with dafny /compile:0";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(COMMAND);
    }

    @Override
    public String fileExtension() {
        return "dfy";
    }

    @Override
    public String write(Obligation obligation) {
        if (obligation instanceof Refinement refinement) {
            return ProofModuleWriter.write(refinement);
        }
        if (obligation instanceof Simulation simulation) {
            return ProofModuleWriter.write(simulation);
        }
        return TableProofWriter.write((TableAgreement) obligation);
    }

    @Override
    public ProofResult prove(Obligation obligation, Duration timeout) {
        return withProperties(check(obligation, timeout), obligation);
    }

    private ProofResult check(Obligation obligation, Duration timeout) {
        String source = write(obligation);
        Optional<Path> dafny = executable();
        if (dafny.isEmpty()) {
            return new ProofResult(ProofResult.Status.NOT_AVAILABLE, command.equals(COMMAND.defaultValue())
                    ? "dafny not found on PATH (Debian: apt-get install dafny)"
                    : COMMAND.key() + ": '" + command + "' is not an executable file or a command on PATH", source);
        }
        try (ScratchDirectory dir = ScratchDirectory.create("mips-dafny-proof")) {
            dir.write("proof.dfy", source);
            // Linear arithmetic first: Z3's nonlinear reasoning can search for minutes on the % and // of a
            // residue or carry program (Div_3's proof: over 180 s with it, 4 s without). Turning it off
            // only takes knowledge away, so a proof found is a proof; a refutation is retried with it.
            long start = System.nanoTime();
            ToolRun linear = ExternalTool.run(List.of(dafny.get().toString(), "/compile:0", "/nologo", "/noNLarith", "proof.dfy"),
                    dir.path(), "", timeout);
            // A table agreement states ground rows only, which linear arithmetic decides; without it Z3 4.8
            // searched past 300 s on the six rows of (x - s) % 3, that it refutes in 4 s with.
            if (linear.timedOut() || linear.exitCode() == 0 || obligation instanceof TableAgreement) {
                return new ProofResult(verdict(linear), summary(linear, timeout), source);
            }
            Duration left = timeout.minusNanos(System.nanoTime() - start);
            if (left.isNegative() || left.isZero()) {
                return new ProofResult(verdict(linear), summary(linear, timeout), source);
            }
            ToolRun run = ExternalTool.run(List.of(dafny.get().toString(), "/compile:0", "/nologo", "proof.dfy"), dir.path(), "", left);
            return new ProofResult(verdict(run), summary(run, timeout), source);
        } catch (IOException e) {
            return new ProofResult(ProofResult.Status.FAILED, "cannot run dafny: " + e.getMessage(), source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProofResult(ProofResult.Status.FAILED, "interrupted while dafny ran", source);
        }
    }

    /** The verdict, saying which of the refinement's properties the module includes (the verdict is theirs too) and why not the others. */
    static ProofResult withProperties(ProofResult result, Obligation obligation) {
        if (!(obligation instanceof Refinement refinement)) {
            return result;
        }
        List<Property> covered = new ArrayList<>();
        List<ProofResult.Unproven> unproven = new ArrayList<>();
        for (PropertyTheorems.Theorem theorem : PropertyTheorems.of(refinement)) {
            if (theorem instanceof PropertyTheorems.Theorem.None none) {
                unproven.add(new ProofResult.Unproven(none.property(), none.reason()));
            } else {
                covered.add(theorem.property());
            }
        }
        return new ProofResult(result.status(), result.detail(), result.source(), covered, unproven);
    }

    /** The configured command: a path as it is, a name looked up on the search path. */
    private Optional<Path> executable() {
        if (command.contains("/") || command.contains(java.io.File.separator)) {
            Path path = Path.of(command);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return ExternalTool.find(command, searchPath);
    }

    static ProofResult.Status verdict(ToolRun run) {
        return !run.timedOut() && run.exitCode() == 0 ? ProofResult.Status.PROVEN : ProofResult.Status.FAILED;
    }

    /** Dafny's closing line when it verified, else its first error (where and what). */
    static String summary(ToolRun run, Duration timeout) {
        if (run.timedOut()) {
            return "dafny did not finish within " + timeout.toSeconds() + " s";
        }
        List<String> lines = Stream.concat(run.stdout().stream(), run.stderr().stream())
                .filter(line -> !line.isBlank() && !line.contains("model_compress")).map(String::strip).toList();
        if (run.exitCode() == 0) {
            return lines.stream().filter(l -> l.startsWith("Dafny program verifier finished")).findFirst()
                    .map(l -> "dafny: " + l.substring("Dafny program verifier ".length()))
                    .orElse("dafny exited with status 0");
        }
        String error = lines.stream().filter(l -> l.contains("Error")).findFirst()
                .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1));
        return "dafny exit " + run.exitCode() + ": " + error;
    }
}
