package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mips.tasks.data.DataFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

    private static final String SAME_LENGTH = "; all sequences must have the same length because a dataset is a fixed-length batch";

    @TempDir
    Path dir;

    private void assertFails(String text, String where) {
        Path file = write(dir, "data.csv", text);
        DataFiles.assertFails(CsvReader::read, file, where);
    }

    @Test
    void readsOneValuePerStep() {
        UserDataset data = CsvReader.read(write(dir, "data.csv", "sequence,step,x,y\n0,0,1,0\n0,1,1,1\n1,0,0,0\n1,1,1,1\n"));
        assertEquals(FileFormat.CSV, data.format());
        assertEquals(2, data.count());
        assertEquals(2, data.length());
        assertEquals(1, data.inputDimension());
        assertEquals(1, data.outputDimension());
        assertArrayEquals(new long[][] {{1}, {1}}, data.x().sequence(0));
        assertArrayEquals(new long[][] {{0}, {1}}, data.y().sequence(1));
    }

    @Test
    void readsSeveralValuesPerStepWithColumnsInAnyOrder() {
        UserDataset data = CsvReader.read(write(dir, "data.csv", "y1, x1 ,step,sequence,x0,y0\n9,2,0,a,1,8\n7,4,1,a,3,6\n"));
        assertEquals(2, data.inputDimension());
        assertEquals(2, data.outputDimension());
        assertArrayEquals(new long[][] {{1, 2}, {3, 4}}, data.x().sequence(0));
        assertArrayEquals(new long[][] {{8, 9}, {6, 7}}, data.y().sequence(0));
    }

    @Test
    void skipsBlankLinesAndAcceptsSpacesCrLfAByteOrderMarkAndIntegralDecimals() {
        UserDataset data = CsvReader.read(write(dir, "data.csv",
                "\uFEFF\r\nsequence,step,x0,y\r\n\r\ns1 , 0 , -9223372036854775808 , 1.0\r\ns1,1,9223372036854775807,1e2\r\n\r\ns2,0,+5,0\r\ns2,1,6,-0.0\r\n"));
        assertEquals(2, data.count());
        assertArrayEquals(new long[][] {{Long.MIN_VALUE}, {Long.MAX_VALUE}}, data.x().sequence(0));
        assertArrayEquals(new long[][] {{1}, {100}}, data.y().sequence(0));
        assertArrayEquals(new long[][] {{5}, {6}}, data.x().sequence(1));
    }

    @Test
    void missingFile() {
        DataFiles.assertFails(CsvReader::read, dir.resolve("data.csv"), "no such file");
    }

    @Test
    void emptyFile() {
        assertFails("", "no header and no data; the file is empty");
    }

    @Test
    void onlyBlankLines() {
        assertFails("\n \r\n", "no header and no data; the file has only blank lines");
    }

    @Test
    void onlyAHeader() {
        assertFails("sequence,step,x,y\n\n", "no data rows after the header");
    }

    @Test
    void missingHeader() {
        assertFails("0,0,1,0\n0,1,1,1\n", "line 1: missing header row; the first line must name the columns, e.g. sequence,step,x,y (got \"0,0,1,0\")");
    }

    @Test
    void unknownColumn() {
        assertFails("sequence,step,x,y,z\n", "line 1, column 5: unknown column \"z\";"
                + " known columns are sequence, step, x (or x0, x1, ...) and y (or y0, y1, ...)");
    }

    @Test
    void columnNamesAreCaseSensitive() {
        assertFails("Sequence,step,x,y\n", "line 1, column 1: unknown column \"Sequence\";"
                + " known columns are sequence, step, x (or x0, x1, ...) and y (or y0, y1, ...)");
    }

    @Test
    void semicolonSeparatedHeader() {
        assertFails("sequence;step;x;y\n0;0;1;1\n", "line 1: the header is a single cell \"sequence;step;x;y\"; separate cells with commas");
    }

    @Test
    void duplicateColumn() {
        assertFails("sequence,step,x0,x0,y\n", "line 1, column 4: column \"x0\" appears twice");
    }

    @Test
    void missingStepColumn() {
        assertFails("sequence,x,y\n", "line 1: missing column \"step\"; known columns are sequence, step, x (or x0, x1, ...) and y (or y0, y1, ...)");
    }

    @Test
    void missingOutputColumns() {
        assertFails("sequence,step,x\n", "line 1: missing column \"y\" (or \"y0\", \"y1\", ... for several output values per step)");
    }

    @Test
    void gapInNumberedColumns() {
        assertFails("sequence,step,x0,x2,y\n", "line 1: missing column \"x1\"; input columns must be numbered x0, x1, ... without gaps");
    }

    @Test
    void plainAndNumberedColumnsTogether() {
        assertFails("sequence,step,x,y,y0\n", "line 1: columns \"y\" and \"y0\" are both present;"
                + " name a single output column \"y\", or several \"y0\", \"y1\", ...");
    }

    @Test
    void wrongNumberOfCells() {
        assertFails("sequence,step,x,y\n0,0,1,0\n0,1,1\n", "line 3: 3 cells, but the header has 4");
        assertFails("sequence,step,x,y\n0,0,1,0,\n", "line 2: 5 cells, but the header has 4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5 | expected an integer, got 2.5",
        "three | expected an integer, got \"three\"",
        "'' | expected an integer, got nothing",
        "nan | expected an integer, got nan",
        "-inf | expected an integer, got -inf",
        "9223372036854775808 | 9223372036854775808 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
        "1e30 | 1e30 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
    })
    void cellsThatAreNot64BitIntegers(String cell, String problem) {
        assertFails("sequence,step,x0,x1,y\n0,0,1,1,0\n0,1,1," + cell + ",0\n", "line 3, column \"x1\": " + problem);
    }

    @Test
    void nonIntegerStep() {
        assertFails("sequence,step,x,y\n0,first,1,0\n", "line 2, column \"step\": expected an integer, got \"first\"");
    }

    @Test
    void emptySequenceId() {
        assertFails("sequence,step,x,y\n ,0,1,0\n", "line 2, column \"sequence\": empty sequence id");
    }

    @Test
    void stepsOutOfOrder() {
        assertFails("sequence,step,x,y\n7,0,1,0\n7,2,1,0\n", "line 3, column \"step\": expected step 1 of sequence \"7\", got 2;"
                + " the rows of a sequence must have steps 0, 1, 2, ... in order");
    }

    @Test
    void sequenceNotStartingAtStepZero() {
        assertFails("sequence,step,x,y\n7,1,1,0\n", "line 2, column \"step\": expected step 0 of sequence \"7\", got 1;"
                + " the rows of a sequence must have steps 0, 1, 2, ... in order");
    }

    @Test
    void sequenceReappearingAfterOthers() {
        assertFails("sequence,step,x,y\na,0,1,0\nb,0,1,0\na,0,1,0\n", "line 4, column \"sequence\": sequence \"a\" appears again"
                + " after other sequences; the rows of a sequence must be consecutive");
    }

    @Test
    void sequencesOfDifferentLengths() {
        assertFails("sequence,step,x,y\na,0,1,0\na,1,1,0\nb,0,1,0\nc,0,1,0\n", "line 4: sequence \"b\" has 1 step, but the sequences before it have 2" + SAME_LENGTH);
    }

    @Test
    void lastSequenceOfADifferentLength() {
        assertFails("sequence,step,x,y\na,0,1,0\nb,0,1,0\nb,1,1,0\n", "line 3: sequence \"b\" has 2 steps, but the sequences before it have 1" + SAME_LENGTH);
    }
}
