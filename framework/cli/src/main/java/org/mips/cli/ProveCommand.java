package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.extract.ExtractArtifacts;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.io.ProgramFiles;
import org.mips.core.prove.ProofPlanner;
import org.mips.core.prove.ProofRecord;
import org.mips.core.prove.Proving;
import org.mips.core.regress.FormulaFitter;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Prover;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips prove}: proves a program equal to its task's specification for inputs of every length. */
@Command(name = "prove",
        description = {"Prove a program (IR JSON) equal to its task's specification on every input sequence of every length.",
                "Runs the program beside the specification to find the abstraction function between their states "
                        + "(fitted with the regressors) and an invariant of the specification's reachable states, writes "
                        + "the simulation proof (proof.dfy) and has the prover check it. Only the verifier's own success "
                        + "counts as proven. Exit status 0 when proven, 1 otherwise."})
final class ProveCommand implements Callable<Integer> {

    /** Dafny proves the benchmark's proofs in seconds; this leaves room for large lookup tables. */
    /** How long one regressor may take on one coordinate of the abstraction function. */
    static final Duration ABSTRACTION_TIME = Duration.ofSeconds(10);

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--program", required = true, paramLabel = "FILE", description = "The program as IR JSON (program.json of a run).")
    Path program;

    @Option(names = "--task", paramLabel = "ID", description = "The task whose specification it must meet (default: the program's name).")
    String taskName;

    @Option(names = "--machine", paramLabel = "FILE", description = "For your own data (no specification): the extracted machine "
            + "(machine.json) whose tables the program is proven to reproduce (default: machine.json beside the program, if any).")
    Path machine;

    @Option(names = "--prover", paramLabel = "ID", defaultValue = "dafny", description = "Prover id (default: ${DEFAULT-VALUE}).")
    String proverId;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10m", description = "How long the verifier may run (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--out", paramLabel = "DIR", description = "Where proof.dfy and proof.json go (default: the program's directory).")
    Path out;

    @Override
    public Integer call() {
        Program parsed = ProgramFiles.read(program);
        Duration limit = NetworkOptions.duration("--timeout", timeout);
        Task task = root.mips().tasks().find(taskName != null ? taskName : parsed.name());
        if (machine != null && !Files.isRegularFile(machine)) {
            throw new UserException("--machine " + machine + ": no such file");
        }
        StateMachine tables = machineIfAny(machine != null ? machine : program.toAbsolutePath().resolveSibling(ExtractArtifacts.MACHINE_FILE));
        root.warnAboutSkippedPlugins();
        Prover prover = root.mips().registry().get(Prover.class, proverId);
        Path dir = out != null ? out : program.toAbsolutePath().getParent();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "%s: proving %s against the specification with %s", task.id(), program, prover.id()));
        ProofRecord record;
        try {
            record = prove(root, task, parsed, tables, prover, limit, dir);
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        stdout.println(describe(record, dir));
        return record.proven() ? 0 : Errors.INTERNAL_ERROR;
    }

    /** The machine in {@code file}, or null when there is no such file (built-in tasks need none). */
    static StateMachine machineIfAny(Path file) {
        return Files.isRegularFile(file) ? JsonArtifacts.read(file, StateMachine.class) : null;
    }

    static ProofRecord prove(MipsCommand root, Task task, Program program, StateMachine machine, Prover prover, Duration limit, Path dir) {
        // An abstraction need not be short, only exact: the table regressor always ends the search, so
        // the others get less time than in regression.
        FormulaFitter fitter = new FormulaFitter(RunCommand.regressors(root), ABSTRACTION_TIME);
        return new Proving(new ProofPlanner(fitter), limit).prove(task, program, machine, prover, dir);
    }

    /** The verdict, the abstraction and where the files are, for the console. */
    static String describe(ProofRecord record, Path dir) {
        StringBuilder text = new StringBuilder();
        if (!record.abstraction().isEmpty()) {
            text.append("  abstraction: ").append(String.join("; ", shortened(record.abstraction()))).append('\n');
            text.append("  invariant: ").append(record.invariant()).append('\n');
        }
        String verdict = switch (record.status()) {
            case "proven" -> "PROVEN: " + record.claim();
            case "not available" -> "not proven (the verifier is not installed): " + record.detail();
            default -> "NOT proven (" + record.status() + "): " + record.detail();
        };
        text.append(String.format(Locale.ROOT, "%s: %s", record.task(), verdict));
        if (!record.file().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%n  %s (%.1f s); %s", record.detail(), record.seconds(), dir.resolve(record.file())));
        }
        return text.toString();
    }

    private static List<String> shortened(List<String> formulas) {
        return formulas.stream().map(f -> f.length() <= 120 ? f : f.substring(0, 120) + " ...").toList();
    }
}
