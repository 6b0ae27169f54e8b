package org.mips.toolkit.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for an external tool, run in its own JVM by the tests of {@link ExternalTool} and {@link MainRunner}. */
final class ToolFixture {

    private ToolFixture() {
    }

    /**
     * {@code echo STATUS}: copies stdin to stdout, says on stderr how many lines it read, exits with
     * STATUS. {@code sleep}: never ends. {@code parent}: starts a {@code sleep} child, prints its pid,
     * and never ends.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        switch (args[0]) {
            case "echo" -> {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                int lines = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println(line);
                    lines++;
                }
                System.err.println("read " + lines + " lines");
                System.out.flush();
                System.exit(Integer.parseInt(args[1]));
            }
            case "parent" -> {
                Process child = new ProcessBuilder(command("sleep")).start();
                System.out.println(child.pid());
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            default -> Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** The command line that runs this class in a new JVM with {@code args}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classes(), ToolFixture.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static String classes() {
        try {
            return Path.of(ToolFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
