package org.mips.emitters.dafny;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.toolkit.run.ExternalTool;
import org.mips.toolkit.run.ScratchDirectory;
import org.mips.toolkit.run.SequenceText;
import org.mips.toolkit.run.ToolRun;

/**
 * Runs an emitted method with {@code dafny /compile:3}: one process verifies the method and a
 * {@link DafnyMain} that calls it on every sequence, compiles both and runs them. Code that does not
 * verify is not run: its first error is the reason of the failure.
 */
final class DafnyRunner {

    /** Generous: the contract's 300 sequences take about 5 seconds, mostly starting Dafny and Z3. */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** How Dafny reports a parse, resolution or verification error: {@code file.dfy(12,4): Error: ...}. */
    private static final Pattern ERROR = Pattern.compile(".*\\(\\d+,\\d+\\): Error.*");

    private final String searchPath;
    private final Duration timeout;

    /**
     * @param searchPath directories to look for {@code dafny} in, as in {@code PATH}
     * @param timeout    how long one run may take before it is killed
     */
    DafnyRunner(String searchPath, Duration timeout) {
        this.searchPath = searchPath;
        this.timeout = timeout;
    }

    RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        Optional<Path> dafny = ExternalTool.find("dafny", searchPath);
        if (dafny.isEmpty()) {
            return new RunResult.Unavailable("dafny not found on PATH (Debian and Ubuntu: apt-get install dafny)");
        }
        Optional<String> outside = outsidePrecondition(program, inputs);
        if (outside.isPresent()) {
            return new RunResult.Failed(outside.get());
        }
        String main = code.fileName().equals(DafnyMain.FILE) ? "run_" + DafnyMain.FILE : DafnyMain.FILE;
        try (ScratchDirectory dir = ScratchDirectory.create("mips-dafny")) {
            dir.write(code.fileName(), code.source());
            dir.write(main, DafnyMain.write(program, code.entryPoint(), code.fileName(), inputs));
            // Included files are not verified unless asked: the emitted method must be, or it is not proved safe to run.
            List<String> command = List.of(dafny.get().toString(), "/compile:3", "/nologo", "/compileVerbose:0",
                    "/verifyAllModules", main);
            ToolRun run = ExternalTool.run(command, dir.path(), "", timeout);
            return outputs(run, program.outputs().size());
        } catch (IOException e) {
            return new RunResult.Failed("cannot run dafny: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult.Failed("interrupted while dafny was running");
        }
    }

    /** The lines between Main's markers as sequences, or what Dafny said went wrong. */
    RunResult outputs(ToolRun run, int width) {
        if (run.timedOut()) {
            return new RunResult.Failed("dafny timed out after " + timeout.toMillis() + " ms and was killed");
        }
        List<String> all = Stream.concat(run.stdout().stream(), run.stderr().stream()).toList();
        Optional<String> error = all.stream().filter(line -> ERROR.matcher(line).matches()).findFirst();
        if (error.isPresent()) {
            return new RunResult.Failed("dafny: " + error.get().strip());
        }
        int begin = run.stdout().indexOf(DafnyMain.BEGIN);
        int end = run.stdout().indexOf(DafnyMain.END);
        if (run.exitCode() != 0 || begin < 0 || end < begin) {
            return new RunResult.Failed("dafny exited with status " + run.exitCode() + " without printing every output: "
                    + summary(all));
        }
        List<String> lines = run.stdout().subList(begin + 1, end);
        if (lines.contains(DafnyMain.OUTSIDE)) {
            return new RunResult.Failed("an input is outside the method's precondition");
        }
        try {
            return new RunResult.Ran(SequenceText.parse(lines, width));
        } catch (IllegalArgumentException unparsable) {
            return new RunResult.Failed("cannot read the output of dafny: " + unparsable.getMessage());
        }
    }

    /**
     * Why the method's precondition does not hold for {@code inputs}, if it does not: Dafny would reject
     * the call, so the reason is better given here, naming the value.
     */
    static Optional<String> outsidePrecondition(Program program, List<long[][]> inputs) {
        List<Input> declared = program.inputs();
        for (int n = 0; n < inputs.size(); n++) {
            for (long[] step : inputs.get(n)) {
                if (step.length != declared.size()) {
                    return Optional.of("sequence " + n + " has a step of " + step.length + " values but the program has "
                            + declared.size() + " inputs");
                }
                for (int i = 0; i < step.length; i++) {
                    Input input = declared.get(i);
                    if (step[i] < input.min() || step[i] > input.max()) {
                        return Optional.of("sequence " + n + ": input " + input.name() + " = " + step[i] + " is outside "
                                + input.min() + ".." + input.max() + ", which the Dafny method requires");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first line that reports an error and the line after it (Dafny 2.3 says "Errors compiling
     * program" and then what the C# compiler said), else the last lines; without the Z3 parameter noise
     * of Debian's Dafny 2.3.
     */
    private static String summary(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            boolean noise = line.isBlank() || line.startsWith(" ") || line.startsWith("Prover error")
                    || line.startsWith("Legal parameters") || line.startsWith("Dafny program verifier finished");
            if (!noise) {
                kept.add(line.strip());
            }
        }
        if (kept.isEmpty()) {
            return "(no output)";
        }
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).toLowerCase(Locale.ROOT).contains("error")) {
                return String.join(" | ", kept.subList(i, Math.min(i + 2, kept.size())));
            }
        }
        return String.join(" | ", kept.subList(Math.max(0, kept.size() - 4), kept.size()));
    }
}
