package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedExpressionTest {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int ATOM = 3;

    private record Printed(List<String> pieces, int precedence) implements PrintedExpression {
    }

    private static Printed atom(String text) {
        return new Printed(List.of(text), ATOM);
    }

    private static Printed chain(Printed left, int leftMin, String symbol, Printed right, int rightMin, int level) {
        return new Printed(PrintedExpression.chain(left, leftMin, symbol, right, rightMin, level), level);
    }

    @Test
    void aChainAtTheSameLevelKeepsItsPieces() {
        Printed sum = chain(atom("a"), SUM, "+", atom("b"), SUM + 1, SUM);
        Printed longer = chain(sum, SUM, "-", atom("c"), SUM + 1, SUM);

        assertEquals(List.of("a", "+ b", "- c"), longer.pieces());
        assertEquals("a + b - c", longer.text());
    }

    @Test
    void operandsBelowTheirMinimumAreParenthesised() {
        Printed difference = chain(atom("b"), SUM, "-", atom("c"), SUM + 1, SUM);

        assertEquals(List.of("a", "- (b - c)"), chain(atom("a"), SUM, "-", difference, SUM + 1, SUM).pieces());
        assertEquals(List.of("(b - c)", "* x"), chain(difference, PRODUCT, "*", atom("x"), PRODUCT + 1, PRODUCT).pieces());
        assertEquals("(b - c)", difference.at(PRODUCT));
        assertEquals("b - c", difference.at(SUM));
    }

    @Test
    void aTighterOperandIsOnePiece() {
        Printed product = chain(atom("a"), PRODUCT, "*", atom("b"), PRODUCT + 1, PRODUCT);

        assertEquals(List.of("a * b", "+ c"), chain(product, SUM, "+", atom("c"), SUM + 1, SUM).pieces());
    }

    @Test
    void twoMinusSignsNeverMeet() {
        assertEquals("-x", PrintedExpression.negation("x"));
        assertEquals("-(-x)", PrintedExpression.negation("-x"));
    }
}
