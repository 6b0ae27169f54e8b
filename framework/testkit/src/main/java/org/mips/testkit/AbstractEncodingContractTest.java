package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;

/**
 * The contract every {@link Encoding} must meet. A plugin's test extends this class and returns its
 * encoding. It must have a lower-case id and a description and serve at least one side. For every column
 * of {@link ContractColumns} on every side it serves, it must answer without throwing: a code, or none
 * with a one-line reason; two fits of equal columns must give equal answers. An input code must take at
 * least one input, code every value of its column as finite numbers without writing outside its width,
 * and give distinct symbols distinct vectors (else the network could not tell them apart); a table of
 * symbols names the encoding that built it. An output code must take at least one output and read each
 * value of its column back: a categorical code has every value as a class.
 */
public abstract class AbstractEncodingContractTest {

    /** Written around a code to catch writes outside its width. */
    private static final double SENTINEL = -7.25e300;

    /** The encoding under test; may return a new instance on every call. */
    protected abstract Encoding encoding();

    /** The columns the contract runs; a subclass may add its own. */
    protected List<ContractColumns.Case> columns() {
        return ContractColumns.all();
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = encoding().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(encoding().description() == null || encoding().description().isBlank(), "blank description");
    }

    @Test
    void servesAtLeastOneSide() {
        Set<Encoding.Side> sides = encoding().sides();
        assertNotNull(sides, "sides() returned null");
        assertFalse(sides.isEmpty(), "an encoding must serve inputs, outputs or both");
    }

    @TestFactory
    Stream<DynamicTest> answersEveryColumnWithACodeOrAOneLineReason() {
        return forEachColumn((side, c) -> {
            Outcome<?> outcome = fit(side, c);
            if (outcome instanceof Outcome.None<?> none) {
                assertFalse(none.reason().isBlank(), "none without a reason");
                assertTrue(none.reason().lines().count() == 1, () -> "a reason of more than one line: " + none.reason());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> equalColumnsGetEqualAnswers() {
        return forEachColumn((side, c) -> {
            Outcome<?> first = fit(side, c);
            List<ContractColumns.Case> again = columns();
            ContractColumns.Case same = again.stream().filter(other -> other.name().equals(c.name())).findFirst().orElse(c);
            assertEquals(first, fit(side, same), "two fits of equal columns differ");
            assertEquals(first, fit(side, c), "two fits of one column differ");
        });
    }

    @TestFactory
    Stream<DynamicTest> inputCodesCodeEveryValueAndTellSymbolsApart() {
        return forEachColumn((side, c) -> {
            if (side != Encoding.Side.INPUT || !(fit(side, c) instanceof Outcome.Found<?> found)) {
                return;
            }
            InputCode code = (InputCode) found.value();
            int width = code.width();
            assertTrue(width >= 1, "an input code of width " + width);
            if (code instanceof InputCode.Symbols symbols) {
                assertEquals(encoding().id(), symbols.encoding(), "a table of symbols names the encoding that built it");
            }
            Map<List<Double>, Long> seen = new HashMap<>();
            for (long value : c.values()) {
                double[] into = new double[width + 2];
                Arrays.fill(into, SENTINEL);
                try {
                    code.encode(value, into, 1);
                } catch (RuntimeException e) {
                    throw new AssertionError("the code of " + c.input(0).column() + " cannot encode its value " + value, e);
                }
                assertEquals(SENTINEL, into[0], "wrote before its inputs");
                assertEquals(SENTINEL, into[width + 1], "wrote after its inputs");
                List<Double> vector = new ArrayList<>(width);
                for (int j = 1; j <= width; j++) {
                    double x = into[j];
                    assertTrue(Double.isFinite(x), "value " + value + " codes as " + x);
                    vector.add(x + 0.0); // -0.0 and 0.0 are one input
                }
                Long earlier = seen.putIfAbsent(vector, value);
                if (earlier != null) {
                    fail("values " + earlier + " and " + value + " have the same code " + vector + ": the network could not tell them apart");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> outputCodesReadBackEveryValue() {
        return forEachColumn((side, c) -> {
            if (side != Encoding.Side.OUTPUT || !(fit(side, c) instanceof Outcome.Found<?> found)) {
                return;
            }
            OutputCode code = (OutputCode) found.value();
            int width = code.width();
            assertTrue(width >= 1, "an output code of width " + width);
            for (long value : c.values()) {
                double[] y = new double[width + 2];
                Arrays.fill(y, SENTINEL);
                if (code instanceof OutputCode.Categorical categorical) {
                    int k = categorical.classOf(value);
                    assertTrue(k >= 0, () -> "value " + value + " of " + c.output(0).column() + " is no class of " + categorical.values());
                    Arrays.fill(y, 1, width + 1, 0.0);
                    y[1 + k] = 1;
                } else {
                    y[1] = value;
                }
                double read = code.read(y, 1);
                assertEquals((double) value, read, "value " + value + " reads back as " + read);
            }
        });
    }

    private interface Check {
        void check(Encoding.Side side, ContractColumns.Case column) throws Throwable;
    }

    /** A test per column and side the encoding serves. */
    private Stream<DynamicTest> forEachColumn(Check check) {
        Set<Encoding.Side> sides = encoding().sides();
        List<DynamicTest> tests = new ArrayList<>();
        for (Encoding.Side side : List.of(Encoding.Side.INPUT, Encoding.Side.OUTPUT)) {
            if (sides == null || !sides.contains(side)) {
                continue;
            }
            for (ContractColumns.Case c : columns()) {
                tests.add(DynamicTest.dynamicTest(side.name().toLowerCase(Locale.ROOT) + ": " + c.name(), () -> check.check(side, c)));
            }
        }
        return tests.stream();
    }

    /** Fits the column on one side and fails unless it answers without throwing. */
    private Outcome<?> fit(Encoding.Side side, ContractColumns.Case c) {
        Encoding encoding = encoding();
        Function<ContractColumns.Case, Outcome<?>> fit = side == Encoding.Side.INPUT
                ? column -> encoding.input(column.input(0)) : column -> encoding.output(column.output(0));
        Outcome<?> outcome;
        try {
            outcome = fit.apply(c);
        } catch (RuntimeException e) {
            ColumnValues column = side == Encoding.Side.INPUT ? c.input(0) : c.output(0);
            throw new AssertionError(encoding.id() + " threw on " + column.column() + " (" + c.name() + ") instead of saying why it "
                    + "cannot carry it", e);
        }
        assertNotNull(outcome, () -> encoding.id() + " returned null for " + c.name());
        return outcome;
    }
}
