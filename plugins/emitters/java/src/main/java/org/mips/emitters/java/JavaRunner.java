package org.mips.emitters.java;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;
import org.mips.toolkit.run.MainRunner;
import org.mips.toolkit.run.ScratchDirectory;

/**
 * Compiles an emitted class with the JDK's compiler in this process, then runs its {@code main} in a
 * fresh JVM with all sequences on stdin.
 */
final class JavaRunner {

    /** Generous: compiling and running the contract's 300 sequences takes about a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Duration timeout;

    JavaRunner(Duration timeout) {
        this.timeout = timeout;
    }

    RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new RunResult.Unavailable("no Java compiler: run on a JDK");
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            return new RunResult.Unavailable("no java launcher at " + java);
        }
        try (ScratchDirectory dir = ScratchDirectory.create("mips-java")) {
            Path source = dir.write(code.fileName(), code.source());
            Path classes = Files.createDirectory(dir.path().resolve("classes"));
            Optional<String> error = compile(compiler, source, classes);
            if (error.isPresent()) {
                return new RunResult.Failed("does not compile: " + error.get());
            }
            // The run is short: skip the optimising compiler and use the simplest collector to start fast.
            List<String> command = List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", classes.toString(), code.entryPoint());
            return new MainRunner("java", timeout, JavaRunner::summary)
                    .run(command, dir.path(), inputs, program.outputs().size());
        } catch (IOException e) {
            return new RunResult.Failed("cannot compile the Java code: " + e.getMessage());
        }
    }

    /** The first compilation error, if any. */
    private static Optional<String> compile(JavaCompiler compiler, Path source, Path classes) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // Only the class itself on the class path, and no annotation processors from this JVM's.
        List<String> options = List.of("-d", classes.toString(), "-classpath", classes.toString(),
                "-proc:none", "--release", "17");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(List.of(source))).call();
            if (compiled) {
                return Optional.empty();
            }
        }
        return Optional.of(diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(d -> source.getFileName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .orElse("the compiler reported failure without an error"));
    }

    /** The first lines of a stack trace say what and where: keep them. */
    static String summary(List<String> stderr) {
        List<String> lines = stderr.stream().filter(line -> !line.isBlank()).map(String::strip).toList();
        if (lines.isEmpty()) {
            return "(nothing on stderr)";
        }
        return String.join(" | ", lines.subList(0, Math.min(3, lines.size())));
    }
}
