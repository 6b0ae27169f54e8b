package org.mips.core.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mips.core.UserException;
import org.mips.core.testing.FakeComponents;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;

/** Fitting the built-in encodings to a task's columns: by name, or the symbolic setup. */
class EncodingChoiceTest {

    private static final EncodingChoice CHOICE = new EncodingChoice(
            FakeComponents.of(new ScalarEncoding(), new OneHotEncoding(), new CategoricalEncoding()));

    private static ColumnValues column(String name, long from, long to, boolean bounded) {
        return new ColumnValues(name, LongStream.rangeClosed(from, to).boxed().toList(), bounded);
    }

    private static final ColumnValues BITS_IN = column("input 0", 0, 1, true);
    private static final ColumnValues BITS_OUT = column("output 0", 0, 1, true);

    @Test
    void namedOneHotOnTenThousandValuesIsOneLineNamingTheColumnAndTheLimit() {
        ColumnValues wide = column("input 0", 0, 9_999, true);
        UserException e = assertThrows(UserException.class,
                () -> CHOICE.named(OneHotEncoding.ID, ScalarEncoding.ID, List.of(wide), List.of(BITS_OUT)));
        assertEquals("encoding 'one-hot' cannot carry input 0: input 0 has 10,000 distinct values; one-hot takes at most 64",
                e.getMessage());
    }

    @Test
    void theLimitIsWrittenTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            UserException e = assertThrows(UserException.class, () -> CHOICE.named(OneHotEncoding.ID, CategoricalEncoding.ID,
                    List.of(column("input 0", 0, 9_999, true)), List.of(BITS_OUT)));
            assertTrue(e.getMessage().contains("10,000 distinct values"), e.getMessage());
            UserException outputs = assertThrows(UserException.class, () -> CHOICE.named(ScalarEncoding.ID, CategoricalEncoding.ID,
                    List.of(BITS_IN), List.of(column("output 0", 0, 1_499, true))));
            assertTrue(outputs.getMessage().contains("1,500 distinct values"), outputs.getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneHotTakesUpToSixtyFourSymbolsAndTwoAreEnough() {
        Encodings two = CHOICE.named(OneHotEncoding.ID, ScalarEncoding.ID, List.of(BITS_IN), List.of(BITS_OUT));
        assertEquals(List.of(InputCode.Symbols.oneHot(OneHotEncoding.ID, List.of(0L, 1L))), two.inputs());
        assertEquals(2, two.inputWidth());
        Encodings most = CHOICE.named(OneHotEncoding.ID, ScalarEncoding.ID, List.of(column("input 0", 1, 64, true)), List.of(BITS_OUT));
        assertEquals(64, most.inputWidth());
        assertThrows(UserException.class,
                () -> CHOICE.named(OneHotEncoding.ID, ScalarEncoding.ID, List.of(column("input 0", 1, 65, true)), List.of(BITS_OUT)));
    }

    @Test
    void categoricalRefusesAnUnboundedOutput() {
        UserException e = assertThrows(UserException.class, () -> CHOICE.named(ScalarEncoding.ID, CategoricalEncoding.ID,
                List.of(BITS_IN), List.of(column("output 0", 0, 10, false))));
        assertEquals("encoding 'categorical' cannot carry output 0: output 0 takes values on longer sequences that its data "
                + "does not have: it is unbounded, not a fixed set of classes", e.getMessage());
    }

    @Test
    void categoricalRefusesAConstantOutputAndNamesTheColumnOfSeveral() {
        UserException constant = assertThrows(UserException.class, () -> CHOICE.named(ScalarEncoding.ID, CategoricalEncoding.ID,
                List.of(BITS_IN), List.of(column("output 0", 3, 3, true))));
        assertTrue(constant.getMessage().startsWith("encoding 'categorical' cannot carry output 0: "), constant.getMessage());
        UserException second = assertThrows(UserException.class, () -> CHOICE.named(ScalarEncoding.ID, CategoricalEncoding.ID,
                List.of(BITS_IN), List.of(BITS_OUT, column("output 1", 0, 9, false))));
        assertTrue(second.getMessage().startsWith("encoding 'categorical' cannot carry output 1: "), second.getMessage());
    }

    @Test
    void anEncodingNamedForTheWrongSideIsRefused() {
        assertEquals("encoding 'categorical' does not encode inputs; it serves [outputs]", assertThrows(UserException.class,
                () -> CHOICE.named(CategoricalEncoding.ID, ScalarEncoding.ID, List.of(BITS_IN), List.of(BITS_OUT))).getMessage());
        assertEquals("encoding 'one-hot' does not encode outputs; it serves [inputs]", assertThrows(UserException.class,
                () -> CHOICE.named(ScalarEncoding.ID, OneHotEncoding.ID, List.of(BITS_IN), List.of(BITS_OUT))).getMessage());
    }

    @Test
    void namedCodesEveryColumnOfASide() {
        Encodings encodings = CHOICE.named(OneHotEncoding.ID, CategoricalEncoding.ID,
                List.of(column("input 0", 0, 2, true), column("input 1", 5, 6, true)),
                List.of(column("output 0", 0, 4, true)));
        assertEquals(List.of(InputCode.Symbols.oneHot(OneHotEncoding.ID, List.of(0L, 1L, 2L)),
                InputCode.Symbols.oneHot(OneHotEncoding.ID, List.of(5L, 6L))), encodings.inputs());
        assertEquals(List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L, 3L, 4L))), encodings.outputs());
        assertEquals(Encodings.scalar(2, 1), CHOICE.named(ScalarEncoding.ID, ScalarEncoding.ID,
                List.of(column("input 0", 0, 2, true), column("input 1", 5, 6, true)), List.of(column("output 0", 0, 4, false))));
    }

    @Test
    void symbolicLeavesBinaryColumnsScalar() {
        EncodingChoice.Fitted fitted = CHOICE.symbolic(List.of(BITS_IN, column("input 1", -1, 0, true)), List.of(BITS_OUT));
        assertEquals(Encodings.scalar(2, 1), fitted.encodings());
        assertEquals(List.of(), fitted.refusals());
    }

    @Test
    void symbolicCodesColumnsOfThreeValuesOrMoreWhereTheEncodingsTakeThem() {
        EncodingChoice.Fitted fitted = CHOICE.symbolic(
                List.of(column("input 0", 0, 9, true), column("input 1", 0, 1, true), column("input 2", 0, 99, true)),
                List.of(column("output 0", 0, 2, true), column("output 1", 0, 30, false)));
        assertEquals(List.of(InputCode.Symbols.oneHot(OneHotEncoding.ID, List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)),
                new InputCode.Scalar(), new InputCode.Scalar()), fitted.encodings().inputs());
        assertEquals(List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L)), new OutputCode.Scalar()), fitted.encodings().outputs());
        assertEquals(List.of("one-hot: input 2 has 100 distinct values; one-hot takes at most 64",
                "categorical: output 1 takes values on longer sequences that its data does not have: it is unbounded, not a fixed set of classes"),
                fitted.refusals());
    }
}
