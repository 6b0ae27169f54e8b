package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code mips emit}: one line naming the problem and where, exit code 2. */
class EmitCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static void assertUserError(Cli.Result result, String... fragments) {
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), () -> "expected one line:\n" + result);
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), () -> "missing '" + fragment + "' in:\n" + result);
        }
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"name\": \"p\",\n  \"inputs\": [ { \"name\": \"x\" \"min\": 0 } ]\n}\n");
        assertUserError(Cli.run("emit", "--program", file.toString(), "--lang", "python"),
                "broken.json", "line 3");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        Path file = write("nomax.json", """
                {"name": "p", "inputs": [{"name": "x", "min": 0}],
                 "outputs": [{"name": "y", "value": {"kind": "var", "name": "x"}}]}
                """);
        assertUserError(Cli.run("emit", "--program", file.toString(), "--lang", "python"), "nomax.json", "'max'");
    }

    @Test
    void undeclaredVariableIsNamed() throws IOException {
        Path file = write("undeclared.json", """
                {"name": "p", "inputs": [{"name": "x", "min": 0, "max": 1}],
                 "outputs": [{"name": "y", "value": {"kind": "var", "name": "q"}}]}
                """);
        assertUserError(Cli.run("emit", "--program", file.toString(), "--lang", "python"),
                "undeclared.json", "output 'y' reads undeclared variable 'q'");
    }

    @Test
    void unknownOperatorIsNamed() throws IOException {
        Path file = write("op.json", """
                {"name": "p", "inputs": [{"name": "x", "min": 0, "max": 1}],
                 "outputs": [{"name": "y", "value": {"kind": "binary", "op": "pow",
                   "left": {"kind": "var", "name": "x"}, "right": {"kind": "const", "value": 2}}}]}
                """);
        assertUserError(Cli.run("emit", "--program", file.toString(), "--lang", "python"), "op.json", "pow", "line 2");
    }

    @Test
    void missingFileIsNamed() {
        assertUserError(Cli.run("emit", "--program", dir.resolve("absent.json").toString(), "--lang", "python"),
                "absent.json", "no such file");
    }

    @Test
    void unknownLanguageListsWhatThereIs() {
        Path program = Path.of("src/test/resources/binary_addition.json");
        assertUserError(Cli.run("emit", "--program", program.toString(), "--lang", "cobol"), "no emitter 'cobol'");
    }

    @Test
    void missingOptionPointsToHelp() {
        assertUserError(Cli.run("emit", "--lang", "python"), "--program", "mips emit --help");
    }

    @Test
    void nonexistentPluginsDirectoryIsNamed() {
        assertUserError(Cli.run("--plugins-dir", dir.resolve("nowhere").toString(), "plugins"), "nowhere", "does not exist");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("plugins") && result.out().contains("emit") && result.out().contains("Exit codes"), result::toString);
    }
}
