package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * A damaged program or network file is one sentence about the file, with its line and column, and exit code 2:
 * never the JSON library's wording, and never a network whose weights are not finite numbers.
 */
class FileMessagesTest {

    /** What only the JSON library would say: its settings, classes, token names and hidden source. */
    private static final Pattern LIBRARY = Pattern.compile("`|Source|REDACTED|JsonToken|Feature|StreamRead|getMax|org\\.mips|"
            + "Cannot deserialize|No content to map|\\(code \\d+\\)|START_ARRAY|creator property");

    @TempDir
    Path dir;

    private Cli.Result refused(String name, String text, String... command) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        String[] args = new String[command.length];
        for (int i = 0; i < command.length; i++) {
            args[i] = command[i].replace("FILE", file.toString());
        }
        Cli.Result result = Cli.run(args);
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("mips: " + file + ": "), result::toString);
        assertFalse(LIBRARY.matcher(result.err()).find(), result::toString);
        return result;
    }

    private Cli.Result program(String name, String text) throws Exception {
        return refused(name, text, "emit", "--program", "FILE", "--lang", "python", "--no-check");
    }

    private static void says(Cli.Result result, String expected) {
        assertTrue(result.err().contains(expected), () -> "missing '" + expected + "' in\n" + result);
    }

    @Test
    void aDamagedProgramIsOneSentenceWithItsLineAndColumn() throws Exception {
        says(program("array.json", "{\"name\": \"p\",\n \"inputs\": [[\"x\"]], \"outputs\": []}"),
                "line 2, column 13: at inputs[0]: expected an object, got an array");
        says(program("empty.json", ""), "the file is empty; expected a JSON object");
        says(program("list.json", "\n  [1]"), "line 2, column 3: expected a JSON object, got an array");
        says(program("nan.json", "{\"name\": NaN}"), "line 1, column 10: NaN is not a number JSON can hold");
        says(program("cut.json", "{\"name\": \"p\",\n \"inputs\": [{\"name\": \"x\"}"),
                "the text ends inside the array opened at line 2, column 12; it lacks its closing ']'");
        says(program("long.json", "{\n\"name\": " + "9".repeat(1200) + "}"), "line 2, column 9: a number of 1200 characters, more than the 1000");
        says(program("quote.json", "{'name': 1}"), "line 1, column 2: unexpected '''; expected a field name in double quotes");
        says(program("two.json", "{} {}"), "line 1, column 4: a second JSON value after the first");
        says(program("word.json", "{\"name\": yes}"), "line 1, column 10: unknown word 'yes'");
        says(program("missing.json", "{\"inputs\": [], \"outputs\": []}"), "missing field 'name'");
        says(program("count.json", "{\"name\": \"p\", \"inputs\": [{\"name\": \"x\", \"min\": \"low\", \"max\": 1}], \"outputs\": []}"),
                "at inputs[0].min: expected an integer, got the string \"low\"");
    }

    private String network(String firstWeight) throws Exception {
        Network echo = new Network(new Architecture(1, 1, 0, 1, 0, Activation.RELU), 1, 1,
                List.of(new DenseLayer(1, 2, new double[] {0, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
        String json = RunStore.toJson(RunArtifacts.NETWORK, echo);
        assertTrue(json.contains("\"weights\" : [ 0.0, 1.0 ]"), json);
        return json.replace("\"weights\" : [ 0.0, 1.0 ]", "\"weights\" : [ " + firstWeight + ", 1.0 ]");
    }

    @Test
    void aNetworkWeightThatIsNotAFiniteNumberIsRefusedLikeALiteralNaN() throws Exception {
        String[] simplify = {"simplify", "--network", "FILE", "--task", "Current_Number"};
        says(refused("literal.json", network("NaN"), simplify), "line 16, column 19: NaN is not a number JSON can hold");
        says(refused("string.json", network("\"NaN\""), simplify),
                "line 16, column 19: at transition[0].weights[0]: expected a finite number, got the string \"NaN\"");
        says(refused("infinity.json", network("\"-Infinity\""), simplify),
                "line 16, column 19: at transition[0].weights[0]: expected a finite number, got the string \"-Infinity\"");
        says(refused("huge.json", network("1e400"), simplify),
                "line 16, column 19: at transition[0].weights[0]: the number 1e400 is out of range");
    }

    @Test
    void aNetworkOfTheWrongShapeNamesItsLineAndColumn() throws Exception {
        says(refused("short.json", network("0.0").replace("[ 0.0, 1.0 ]", "[ 0.0 ]"), "simplify", "--network", "FILE", "--task", "Current_Number"),
                "line 18, column 3: at transition[0]: layer 1 x 2 needs 2 weights, got 1");
        says(refused("array.json", "[]", "simplify", "--network", "FILE", "--task", "Current_Number"),
                "not a Network: line 1, column 1: expected a JSON object, got an array");
    }
}
