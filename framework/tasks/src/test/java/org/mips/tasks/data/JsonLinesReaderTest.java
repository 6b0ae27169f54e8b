package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mips.tasks.data.DataFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private void assertFails(String text, String where) {
        Path file = write(dir, "data.jsonl", text);
        DataFiles.assertFails(JsonLinesReader::read, file, where);
    }

    @Test
    void readsTheShortFormInFileOrder() {
        UserDataset data = JsonLinesReader.read(write(dir, "data.jsonl",
                "{\"x\": [1, 2, 3], \"y\": [0, 1, 1]}\n{\"x\": [4, 5, 6], \"y\": [1, 0, 0]}\n"));
        assertEquals(FileFormat.JSON_LINES, data.format());
        assertEquals(2, data.count());
        assertEquals(3, data.length());
        assertEquals(1, data.inputDimension());
        assertEquals(1, data.outputDimension());
        assertArrayEquals(new long[][] {{4}, {5}, {6}}, data.x().sequence(1));
        assertArrayEquals(new long[][] {{0}, {1}, {1}}, data.y().sequence(0));
        assertEquals(1, data.xMin());
        assertEquals(6, data.xMax());
        assertEquals(0, data.yMin());
        assertEquals(1, data.yMax());
    }

    @Test
    void readsVectorSteps() {
        UserDataset data = JsonLinesReader.read(write(dir, "data.jsonl", "{\"x\": [[1, 2], [3, 4]], \"y\": [[0, 5, 6], [1, 7, 8]]}\n"));
        assertEquals(2, data.inputDimension());
        assertEquals(3, data.outputDimension());
        assertArrayEquals(new long[][] {{1, 2}, {3, 4}}, data.x().sequence(0));
        assertArrayEquals(new long[][] {{0, 5, 6}, {1, 7, 8}}, data.y().sequence(0));
    }

    @Test
    void shortAndLongFormOfOneValuePerStepAreTheSameDimension() {
        UserDataset data = JsonLinesReader.read(write(dir, "data.jsonl", "{\"x\": [1, 2], \"y\": [[0], [1]]}\n{\"x\": [[3], [4]], \"y\": [1, 0]}\n"));
        assertArrayEquals(new long[][] {{3}, {4}}, data.x().sequence(1));
        assertArrayEquals(new long[][] {{1}, {0}}, data.y().sequence(1));
    }

    @Test
    void skipsBlankLinesAndAcceptsFieldsInAnyOrderCrLfAndAByteOrderMark() {
        UserDataset data = JsonLinesReader.read(write(dir, "data.jsonl",
                "\uFEFF{\"y\": [7], \"x\": [8]}\r\n\r\n   \n\t{ \"x\" : [ 9 ] , \"y\" : [ 10 ] }  \r\n\n"));
        assertEquals(2, data.count());
        assertArrayEquals(new long[][] {{8}}, data.x().sequence(0));
        assertArrayEquals(new long[][] {{10}}, data.y().sequence(1));
    }

    @Test
    void acceptsTheWhole64BitRangeAndIntegralDecimals() {
        UserDataset data = JsonLinesReader.read(write(dir, "data.jsonl",
                "{\"x\": [9223372036854775807, -9223372036854775808, 1.0, 1e3, -0.0, 2.50e1], \"y\": [0, 0, 0, 0, 0, 0]}\n"));
        assertArrayEquals(new long[][] {{Long.MAX_VALUE}, {Long.MIN_VALUE}, {1}, {1000}, {0}, {25}}, data.x().sequence(0));
    }

    @Test
    void missingFile() {
        DataFiles.assertFails(JsonLinesReader::read, dir.resolve("data.jsonl"), "no such file");
    }

    @Test
    void directory() throws IOException {
        DataFiles.assertFails(JsonLinesReader::read, Files.createDirectory(dir.resolve("data.jsonl")), "is a directory, not a data file");
    }

    @Test
    void emptyFile() {
        assertFails("", "no sequences; the file is empty");
    }

    @Test
    void onlyBlankLines() {
        assertFails("\n  \n\t\n", "no sequences; the file has only blank lines");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertFails("{\"x\": [1], \"y\": [1]}\n\n{\"x\": [1, 2,, 3], \"y\": [1, 2, 3]}\n",
                "line 3, column 13: malformed JSON: Unexpected character (','): expected a value");
    }

    @Test
    void unquotedFieldName() {
        assertFails("{x: [1], y: [1]}\n", "line 1, column 2: malformed JSON: Unexpected character ('x'): was expecting double-quote to start field name");
    }

    @Test
    void objectNotClosedOnItsLine() {
        assertFails("{\"x\": [1, 2],\n \"y\": [0, 1]}\n",
                "line 1, column 14: malformed JSON: the line ends before the JSON object is complete; each sequence must be one whole JSON object on one line");
    }

    @Test
    void anArrayInsteadOfAnObject() {
        assertFails("[{\"x\": [1], \"y\": [1]}]\n",
                "line 1: expected an object {\"x\": [...], \"y\": [...]}, got an array; JSON Lines has one object per line, not one array");
    }

    @Test
    void twoObjectsOnOneLine() {
        assertFails("{\"x\": [1], \"y\": [1]} {\"x\": [2], \"y\": [2]}\n",
                "line 1, column 22: a second JSON value on the line; put each sequence on its own line");
    }

    @Test
    void missingX() {
        assertFails("{\"x\": [1], \"y\": [1]}\n{\"y\": [1]}\n", "line 2: missing field \"x\"; a line needs both \"x\" (inputs) and \"y\" (outputs)");
    }

    @Test
    void missingY() {
        assertFails("{\"x\": [1]}\n", "line 1: missing field \"y\"; a line needs both \"x\" (inputs) and \"y\" (outputs)");
    }

    @Test
    void unknownField() {
        assertFails("{\"x\": [1], \"y\": [1], \"z\": 3}\n", "line 1: unknown field \"z\"; a line has only \"x\" and \"y\"");
    }

    @Test
    void duplicateField() {
        assertFails("{\"x\": [1], \"y\": [1], \"x\": [2]}\n", "line 1: field \"x\" appears twice");
    }

    @Test
    void xNotAnArray() {
        assertFails("{\"x\": 5, \"y\": [1]}\n", "line 1, field \"x\": expected an array of steps, got 5");
    }

    @Test
    void yNotAnArray() {
        assertFails("{\"x\": [1], \"y\": {\"0\": 1}}\n", "line 1, field \"y\": expected an array of steps, got an object");
    }

    @Test
    void emptySequence() {
        assertFails("{\"x\": [], \"y\": []}\n", "line 1, field \"x\": empty sequence; a sequence needs at least one step");
    }

    @Test
    void emptyStep() {
        assertFails("{\"x\": [[1], []], \"y\": [0, 1]}\n", "line 1, field \"x\", step 1: empty step; a step needs at least one value");
    }

    @Test
    void raggedStepsWithinASequence() {
        assertFails("{\"x\": [[1, 2], [3, 4], [5]], \"y\": [0, 1, 1]}\n",
                "line 1, field \"x\", step 2: expected 2 values per step like the steps before it, got 1;"
                        + " every step of every sequence must have the same number of values");
    }

    @Test
    void stepsOfADifferentDimensionThanEarlierLines() {
        assertFails("{\"x\": [1, 2], \"y\": [[0, 0], [1, 1]]}\n{\"x\": [1, 2], \"y\": [[0, 0, 0], [1, 1, 1]]}\n",
                "line 2, field \"y\", step 0: expected 2 values per step like line 1, got 3;"
                        + " every step of every sequence must have the same number of values");
    }

    @Test
    void shortFormOnOneLineAndTwoValuesPerStepOnAnother() {
        assertFails("{\"x\": [1, 2], \"y\": [0, 1]}\n{\"x\": [[1, 5], [2, 6]], \"y\": [0, 1]}\n",
                "line 2, field \"x\", step 0: expected 1 value per step like line 1, got 2;"
                        + " every step of every sequence must have the same number of values");
    }

    @Test
    void numbersAndArraysMixedWithinAField() {
        assertFails("{\"x\": [1, [2]], \"y\": [0, 1]}\n",
                "line 1, field \"x\", step 1: expected an integer, got an array; step 0 is a plain number, so every step must be one");
        assertFails("{\"x\": [[1], 2], \"y\": [0, 1]}\n",
                "line 1, field \"x\", step 1: expected an array of values, got 2; step 0 is an array, so every step must be one");
    }

    @Test
    void sequencesOfDifferentLengths() {
        assertFails("{\"x\": [1, 2, 3], \"y\": [0, 1, 1]}\n{\"x\": [1, 2, 3], \"y\": [0, 1, 1]}\n{\"x\": [1, 2], \"y\": [0, 1]}\n",
                "line 3: the sequence has 2 steps, but the sequences before it (from line 1) have 3;"
                        + " all sequences must have the same length because a dataset is a fixed-length batch");
    }

    @Test
    void xAndYOfDifferentLengths() {
        assertFails("{\"x\": [1, 2, 3], \"y\": [0, 1]}\n", "line 1: \"x\" has 3 steps but \"y\" has 2; they need one vector per step each");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "2.5 | expected an integer, got 2.5",
        "\"3\" | expected an integer, got the string \"3\"",
        "true | expected an integer, got true",
        "false | expected an integer, got false",
        "null | expected an integer, got null",
        "{} | expected an integer, got an object",
        "NaN | expected an integer, got NaN",
        "Infinity | expected an integer, got Infinity",
        "-Infinity | expected an integer, got -Infinity",
        "9223372036854775808 | 9223372036854775808 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
        "-9223372036854775809 | -9223372036854775809 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
        "1e30 | 1e30 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
        "1e999999999 | 1e999999999 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
    })
    void valuesThatAreNot64BitIntegers(String value, String problem) {
        assertFails("{\"x\": [[1], [2]], \"y\": [0, 1]}\n{\"x\": [[1], [2]], \"y\": [0, 1]}\n{\"x\": [1, 2], \"y\": [[0], [1, " + value + "]]}\n",
                "line 3, field \"y\", step 1: " + problem);
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("data.jsonl");
        byte[] line1 = "{\"x\": [1], \"y\": [1]}\n".getBytes(StandardCharsets.UTF_8);
        byte[] line2 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] bytes = Arrays.copyOf(line1, line1.length + line2.length);
        System.arraycopy(line2, 0, bytes, line1.length, line2.length);
        Files.write(file, bytes);
        DataFiles.assertFails(JsonLinesReader::read, file, "line 2: not UTF-8 text");
    }
}
