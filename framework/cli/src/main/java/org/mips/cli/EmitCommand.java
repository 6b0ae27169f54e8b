package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.emit.CodeEmission;
import org.mips.core.io.AtomicFiles;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.program.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips emit}: writes an IR program as source code and checks what it wrote, as the emit stage does. */
@Command(name = "emit",
        description = {"Write a program (IR JSON) as source code in one or more languages.",
                "The emitted code is checked against the IR interpreter with the language's own toolchain "
                        + "(e.g. python3, javac) unless --no-check is given."})
final class EmitCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--program", required = true, paramLabel = "FILE", description = "Program as IR JSON.")
    Path program;

    @Option(names = "--lang", required = true, split = ",", paramLabel = "LANG",
            description = "Emitter id(s), e.g. python or java,python; 'mips plugins' lists them.")
    List<String> languages;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write files into DIR (created if needed) instead of printing the source.")
    Path out;

    @Option(names = "--no-check", description = "Do not run the emitted code to check it.")
    boolean noCheck;

    @Override
    public Integer call() {
        Program parsed = RunStore.at(Path.of(".")).withInput(RunArtifacts.PROGRAM, program).read(RunArtifacts.PROGRAM);
        if (out == null && languages.size() > 1) {
            throw new UserException("--lang " + String.join(",", languages) + ": give --out DIR to emit several languages");
        }
        if (!noCheck) {
            // A property of the program, not of a language: refused once, before any code is written.
            CodeEmission.overflow(parsed).ifPresent(overflow -> {
                throw new UserException(program + ": " + overflow.describe());
            });
        }
        Mips mips = root.mips();
        root.warnAboutSkippedPlugins();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean failed = false;
        Duration limit = root.configuration(new ConfigFlags()).get(CodeEmission.TIMEOUT);
        for (String language : languages) {
            CodeEmission emission = CodeEmission.of(mips.registry().get(CodeEmitter.class, language), parsed, !noCheck, limit);
            if (emission.code() == null) {
                stderr.println(language + ": no code: " + emission.detail());
                failed = true;
                continue;
            }
            if (out == null) {
                stdout.print(emission.code().source());
                stdout.flush();
            } else {
                Path file = out.resolve(emission.code().fileName());
                try {
                    AtomicFiles.write(file, emission.code().source());
                } catch (UncheckedIOException e) {
                    throw new UserException("--out " + out + ": cannot write " + file + ": " + e.getCause().getMessage());
                }
                stdout.println("wrote " + file);
            }
            if (!noCheck) {
                stderr.println("check " + language + ": " + emission.status().label() + ": " + emission.detail());
                failed |= emission.failed();
            }
        }
        return failed ? Errors.INTERNAL_ERROR : 0;
    }
}
