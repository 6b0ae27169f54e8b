package org.mips.spi.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The codes a network records: how a task's integers become inputs and how outputs are read back. */
class EncodingsTest {

    @Test
    void oneHotWritesTheSymbolsUnitVectorAtItsOffset() {
        InputCode.Symbols code = InputCode.Symbols.oneHot("one-hot", List.of(-3L, 0L, 7L));
        assertEquals(3, code.width());
        assertEquals("one-hot", code.encoding());
        double[] into = {9, 9, 9, 9, 9};
        code.encode(0, into, 1);
        assertArrayEquals(new double[] {9, 0, 1, 0, 9}, into);
        code.encode(-3, into, 2);
        assertArrayEquals(new double[] {9, 0, 1, 0, 0}, into);
    }

    @Test
    void aValueOutsideTheAlphabetIsRefusedNamingTheAlphabet() {
        InputCode.Symbols code = InputCode.Symbols.oneHot("one-hot", List.of(2L, 5L, 9L));
        double[] into = new double[3];
        assertEquals("input value 4 is outside the one-hot alphabet 2..9",
                assertThrows(IllegalArgumentException.class, () -> code.encode(4, into, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> code.encode(10, into, 0));
        assertThrows(IllegalArgumentException.class, () -> code.encode(Long.MIN_VALUE, into, 0));
        assertArrayEquals(new double[3], into, "a refused value writes nothing");
    }

    @Test
    void aSymbolTableIsCheckedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> InputCode.Symbols.oneHot("one-hot", List.of()));
        assertThrows(IllegalArgumentException.class, () -> InputCode.Symbols.oneHot("one-hot", List.of(1L, 1L)));
        assertThrows(IllegalArgumentException.class, () -> InputCode.Symbols.oneHot("one-hot", List.of(2L, 1L)));
        assertThrows(IllegalArgumentException.class,
                () -> new InputCode.Symbols("table", List.of(0L, 1L), List.of(List.of(1.0))), "a vector per symbol");
        assertThrows(IllegalArgumentException.class,
                () -> new InputCode.Symbols("table", List.of(0L, 1L), List.of(List.of(1.0), List.of(1.0, 2.0))), "one length");
        assertThrows(IllegalArgumentException.class,
                () -> new InputCode.Symbols("table", List.of(0L), List.of(List.of())), "at least one input");
        assertThrows(IllegalArgumentException.class,
                () -> new InputCode.Symbols("table", List.of(0L, 1L), List.of(List.of(0.0), List.of(Double.NaN))), "finite");
        assertThrows(NullPointerException.class, () -> new InputCode.Symbols(null, List.of(0L), List.of(List.of(0.0))));
    }

    @Test
    void aPluginsTableMayUseAnyFiniteVectors() {
        InputCode.Symbols code = new InputCode.Symbols("thermometer", List.of(0L, 1L, 2L),
                List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0)));
        assertEquals(2, code.width());
        double[] into = new double[2];
        code.encode(2, into, 0);
        assertArrayEquals(new double[] {1, 1}, into);
    }

    @Test
    void scalarIsTheValueItself() {
        double[] into = new double[2];
        new InputCode.Scalar().encode(-12, into, 1);
        assertArrayEquals(new double[] {0, -12}, into);
        assertEquals(1, new InputCode.Scalar().width());
        assertEquals("scalar", new InputCode.Scalar().encoding());
        assertEquals(2.75, new OutputCode.Scalar().read(new double[] {1, 2.75}, 1));
    }

    @Test
    void categoricalReadsTheValueOfTheLargestLogitTheFirstOfTies() {
        OutputCode.Categorical code = new OutputCode.Categorical(List.of(-1L, 4L, 10L));
        assertEquals(3, code.width());
        assertEquals(4, code.read(new double[] {0.5, 2, -7}, 0));
        assertEquals(4, code.read(new double[] {0.5, 2, 2}, 0), "ties: the first");
        assertEquals(-1, code.read(new double[] {3, 3, 3}, 0), "all equal: the first");
        assertEquals(10, code.read(new double[] {99, 0, 1, 2}, 1), "read from its offset");
        assertEquals(-1, code.read(new double[] {-5, -6, Double.NEGATIVE_INFINITY}, 0));
        assertEquals(1, OutputCode.Categorical.argmax(new double[] {1, 5, 5, 0}, 0, 4));
        assertEquals(1, code.classOf(4));
        assertEquals(-1, code.classOf(5));
    }

    @Test
    void categoricalNeedsTwoIncreasingValues() {
        assertThrows(IllegalArgumentException.class, () -> new OutputCode.Categorical(List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> new OutputCode.Categorical(List.of(1L, 1L)));
        assertThrows(IllegalArgumentException.class, () -> new OutputCode.Categorical(List.of(3L, 1L)));
    }

    @Test
    void encodingsConcatenateTheColumnsCodes() {
        Encodings encodings = new Encodings(
                List.of(new InputCode.Scalar(), InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L))),
                List.of(new OutputCode.Scalar(), new OutputCode.Categorical(List.of(10L, 20L))));
        assertEquals(4, encodings.inputWidth());
        assertEquals(3, encodings.outputWidth());
        assertFalse(encodings.isScalar());
        assertArrayEquals(new double[] {7, 0, 0, 1}, encodings.encode(new long[] {7, 2}));
        assertArrayEquals(new double[] {3.4, 20}, encodings.read(new double[] {3.4, -1, 5}));
        assertEquals("an input of 1 values for 2 input columns", assertThrows(IllegalArgumentException.class,
                () -> encodings.encode(new long[] {1})).getMessage());
        assertEquals("scalar+one-hot -> scalar+categorical", encodings.describe());
    }

    @Test
    void describeNamesTheSetup() {
        assertEquals("scalar", Encodings.scalar(2, 1).describe());
        assertTrue(Encodings.scalar(2, 1).isScalar());
        assertEquals(2, Encodings.scalar(2, 1).inputWidth());
        Encodings symbolic = new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L))),
                List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L))));
        assertEquals("one-hot -> categorical", symbolic.describe());
        Encodings categoricalOnly = new Encodings(List.of(new InputCode.Scalar()), List.of(new OutputCode.Categorical(List.of(0L, 1L))));
        assertEquals("scalar -> categorical", categoricalOnly.describe());
    }

    @Test
    void encodingsNeedAColumnOnEachSide() {
        assertThrows(IllegalArgumentException.class, () -> new Encodings(List.of(), List.of(new OutputCode.Scalar())));
        assertThrows(IllegalArgumentException.class, () -> new Encodings(List.of(new InputCode.Scalar()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Encodings.scalar(0, 1));
    }

    @Test
    void columnValuesMustIncreaseStrictly() {
        assertEquals(3, new ColumnValues("input 0", List.of(1L, 2L, 3L), true).size());
        assertEquals("input 0: values must be strictly increasing", assertThrows(IllegalArgumentException.class,
                () -> new ColumnValues("input 0", List.of(1L, 1L), true)).getMessage());
        assertEquals(0, new ColumnValues("output 1", List.of(), false).size());
    }
}
