package org.mips.emitters.java;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.mips.spi.emit.SequenceText;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;

/**
 * Compiles an emitted class with the JDK's compiler in this process, then runs its {@code main} in a
 * fresh JVM with all sequences on stdin. Standard input, output and error are files, so no pipe can
 * fill up and block either side.
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
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mips-java");
            Path source = dir.resolve(Path.of(code.fileName()).getFileName());
            Path classes = Files.createDirectory(dir.resolve("classes"));
            Files.writeString(source, code.source(), StandardCharsets.UTF_8);
            Optional<String> error = compile(compiler, source, classes);
            if (error.isPresent()) {
                return new RunResult.Failed("does not compile: " + error.get());
            }
            Path stdin = dir.resolve("stdin.txt");
            Path stdout = dir.resolve("stdout.txt");
            Path stderr = dir.resolve("stderr.txt");
            Files.writeString(stdin, SequenceText.format(inputs), StandardCharsets.UTF_8);
            // The run is short: skip the optimising compiler and use the simplest collector to start fast.
            Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", classes.toString(), code.entryPoint())
                    .directory(dir.toFile())
                    .redirectInput(stdin.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new RunResult.Failed("java timed out after " + timeout.toMillis() + " ms and was killed");
            }
            if (process.exitValue() != 0) {
                return new RunResult.Failed("java exited with status " + process.exitValue() + ": "
                        + summary(Files.readAllLines(stderr, StandardCharsets.UTF_8)));
            }
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            if (lines.size() != inputs.size()) {
                return new RunResult.Failed("java printed " + lines.size() + " lines for " + inputs.size()
                        + " sequences; stderr: " + summary(Files.readAllLines(stderr, StandardCharsets.UTF_8)));
            }
            return new RunResult.Ran(SequenceText.parse(lines, program.outputs().size()));
        } catch (IllegalArgumentException unparsable) {
            return new RunResult.Failed("cannot read the output of java: " + unparsable.getMessage());
        } catch (IOException e) {
            return new RunResult.Failed("cannot compile or run the Java code: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult.Failed("interrupted while java was running");
        } finally {
            deleteTree(dir);
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

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A leftover temporary file must not turn a result into an error.
        }
    }
}
