package org.mips.emitters.dafny;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mips.spi.emit.ExternalTool;
import org.mips.spi.emit.ScratchDirectory;
import org.mips.spi.emit.ToolRun;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.TableAgreement;
import org.pf4j.Extension;

/**
 * Proves refinements with {@code dafny /compile:0}: only its exit status 0 counts as proven. Dafny 2.3
 * with Z3 4.8 prints a "Prover error: unknown parameter 'model_compress'" line that does not affect the
 * verdict; it is left out of the reported errors.
 */
@Extension
public final class DafnyProver implements Prover {

    private final String searchPath;

    public DafnyProver() {
        this(System.getenv("PATH"));
    }

    DafnyProver(String searchPath) {
        this.searchPath = searchPath;
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
    public String fileExtension() {
        return "dfy";
    }

    @Override
    public String write(Obligation obligation) {
        if (obligation instanceof Refinement refinement) {
            return ProofModuleWriter.write(refinement);
        }
        return TableProofWriter.write((TableAgreement) obligation);
    }

    @Override
    public ProofResult prove(Obligation obligation, Duration timeout) {
        String source = write(obligation);
        Optional<Path> dafny = ExternalTool.find("dafny", searchPath);
        if (dafny.isEmpty()) {
            return new ProofResult(ProofResult.Status.NOT_AVAILABLE, "dafny not found on PATH (Debian: apt-get install dafny)", source);
        }
        try (ScratchDirectory dir = ScratchDirectory.create("mips-dafny-proof")) {
            dir.write("proof.dfy", source);
            ToolRun run = ExternalTool.run(List.of(dafny.get().toString(), "/compile:0", "/nologo", "proof.dfy"), dir.path(), "", timeout);
            return new ProofResult(verdict(run), summary(run, timeout), source);
        } catch (IOException e) {
            return new ProofResult(ProofResult.Status.FAILED, "cannot run dafny: " + e.getMessage(), source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProofResult(ProofResult.Status.FAILED, "interrupted while dafny ran", source);
        }
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
