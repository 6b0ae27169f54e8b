package org.mips.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.mips.spi.engine.Job;
import picocli.CommandLine;

/** Entry point of the {@code mips} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        followParent();
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * A task that {@code mips bench} started ends with the benchmark: when the benchmark process is
     * killed outright (no shutdown hook runs), its children must not go on writing into directories a
     * resumed run will use.
     */
    private static void followParent() {
        String parent = System.getenv(Job.PARENT_ENV);
        if (parent != null && parent.matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> Runtime.getRuntime().halt(143)),
                    () -> Runtime.getRuntime().halt(143));
        }
    }

    /**
     * Runs one command line and returns its exit code: 0 success, 1 internal error, 2 user error.
     * Tests call this directly.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        // Before any logger exists: PF4J logs plugin problems that mips already reports in one line.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        MipsCommand root = new MipsCommand();
        CommandLine commandLine = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Errors(debug))
                .setParameterExceptionHandler(Errors::parameter);
        try {
            return commandLine.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }
}
