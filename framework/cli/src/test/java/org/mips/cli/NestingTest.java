package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.program.Program;

/**
 * Programs nested deeper than {@link Program#MAX_DEPTH} are bad input, refused when read with one line naming
 * the file and the output, however deep they are; a program at the limit is read.
 */
class NestingTest {

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void emitterPlugin() {
        TestPlugins.wrappingPlugin(plugins);
    }

    /** {@code y = 1 - (1 - (... (1 - x)))}, {@code depth} expressions deep, with state {@code s} left shallow. */
    private Path program(int depth) throws Exception {
        StringBuilder value = new StringBuilder("{\"kind\": \"var\", \"name\": \"x\"}");
        for (int level = 1; level < depth; level++) {
            value.insert(0, "{\"kind\": \"binary\", \"op\": \"sub\", \"left\": {\"kind\": \"const\", \"value\": 1}, \"right\": ").append('}');
        }
        Path file = dir.resolve("deep" + depth + ".json");
        Files.writeString(file, "{\"name\": \"Parity_All\", \"inputs\": [{\"name\": \"x\", \"min\": 0, \"max\": 1}],\n"
                + " \"state\": [{\"name\": \"s\", \"initial\": 0, \"next\": {\"kind\": \"var\", \"name\": \"x\"}}],\n"
                + " \"outputs\": [{\"name\": \"y\", \"value\": " + value + "}]}\n");
        return file;
    }

    private void assertRefused(Cli.Result result, Path file, int depth) {
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + file + ": not a valid Program: the expression of output 'y' nests " + depth
                + " levels deep; mips reads at most " + Program.MAX_DEPTH + "\n", result.err());
    }

    @Test
    void emitRefusesOneLevelTooDeepAndFarTooDeep() throws Exception {
        for (int depth : new int[] {Program.MAX_DEPTH + 1, 700, 50_000}) {
            Path file = program(depth);
            assertRefused(Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", file.toString(), "--lang", "wrapping"), file,
                    depth);
        }
    }

    @Test
    void proveRefusesItToo() throws Exception {
        Path file = program(700);
        assertRefused(Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", file.toString(), "--task", "Parity_All"), file, 700);
    }

    @Test
    void aProgramAtTheLimitIsEmittedAndChecked() throws Exception {
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program(Program.MAX_DEPTH).toString(),
                "--lang", "wrapping");
        assertEquals(0, result.exit(), result::toString);
        assertEquals("program Parity_All\n", result.out());
    }
}
