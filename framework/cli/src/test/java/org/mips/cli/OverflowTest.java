package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program whose 64-bit arithmetic overflows on the inputs mips runs it on is bad input: {@code emit} and
 * {@code prove} refuse it with one line saying where it overflows, exit 2, and no check passes it.
 */
class OverflowTest {

    /** {@code s} is multiplied by 16 at every step: 16^16 = 2^64 does not fit. */
    private static final String GROWING = """
            {"name": "Parity_All", "inputs": [{"name": "x", "min": 0, "max": 1}],
             "state": [{"name": "s", "initial": 1, "next": {"kind": "binary", "op": "mul",
                        "left": {"kind": "var", "name": "s"}, "right": {"kind": "const", "value": 16}}}],
             "outputs": [{"name": "y", "value": {"kind": "var", "name": "s"}}]}
            """;

    private static final String MESSAGE = ": the program overflows 64-bit integers at state variable 's', step 16 of check sequence 5"
            + " (1152921504606846976 * 16)\n";

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void emitterPlugin() {
        TestPlugins.wrappingPlugin(plugins);
    }

    private Path growing() throws Exception {
        Path program = dir.resolve("growing.json");
        Files.writeString(program, GROWING);
        return program;
    }

    @Test
    void emitRefusesAProgramThatOverflowsInsteadOfPassingItsCheck() throws Exception {
        Path program = growing();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "wrapping",
                "--out", dir.resolve("out").toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + program + MESSAGE, result.err());
        assertEquals("", result.out(), "nothing is written for a program that is refused");
    }

    @Test
    void emitWithoutCheckWritesTheCode() throws Exception {
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", growing().toString(), "--lang", "wrapping",
                "--no-check");
        assertEquals(0, result.exit(), result::toString);
        assertEquals("program Parity_All\n", result.out());
    }

    @Test
    void proveRefusesItTheSameWay() throws Exception {
        Path program = growing();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "prove", "--program", program.toString(), "--task", "Parity_All");
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + program + MESSAGE, result.err());
    }
}
