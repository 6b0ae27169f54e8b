package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerTextTest {

    private static final Place PLACE = Place.in(Path.of("d.csv")).line(2).column("x");

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+7", "123456789012345678", "-123456789012345678"})
    void plainIntegersTakeTheFastPath(String text) {
        assertTrue(IntegerText.isPlain(text, 0, text.length()));
        assertEquals(Long.parseLong(text), IntegerText.parse(text, PLACE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", "1234567890123456789", "1.0", " 1", "1_000", "0x10"})
    void everythingElseTakesTheCarefulPath(String text) {
        assertFalse(IntegerText.isPlain(text, 0, text.length()));
    }

    @ParameterizedTest
    @CsvSource({"1234567890123456789, 1234567890123456789", "1.0, 1", "1E+3, 1000", "-0.00, 0", "12.300e1, 123", "+4.0, 4"})
    void integralValuesWrittenOtherwise(String text, long value) {
        assertEquals(value, IntegerText.parse(text, PLACE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- | expected an integer, got \"-\"",
        "0x10 | expected an integer, got \"0x10\"",
        "1e-1 | expected an integer, got 1e-1",
        "Infinity | expected an integer, got Infinity",
        "1e19 | 1e19 does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
        "12345678901234567890123456789012345678901234567890 | 1234567890123456789012345678901234567890..."
                + " does not fit in a 64-bit integer (-9223372036854775808..9223372036854775807)",
    })
    void problems(String text, String problem) {
        assertEquals("d.csv: line 2, column \"x\": " + problem,
                assertThrows(DataFormatException.class, () -> IntegerText.parse(text, PLACE)).getMessage());
    }
}
