package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.List;
import org.mips.toolkit.source.PrintedExpression;

/**
 * Dafny's expression syntax for the printers: binding strengths, and the forms (conditional,
 * comparison, arithmetic, negation) with the parentheses each needs and no more, plus a few that only
 * help the reader.
 */
final class DafnySyntax {

    // Binding strength, loosest first.
    static final int LET = 0;
    static final int CONDITIONAL = 1;
    static final int LOGIC = 2;
    static final int COMPARISON = 3;
    static final int SUM = 4;
    static final int PRODUCT = 5;
    static final int UNARY = 6;
    static final int ATOM = 7;

    /** A printed expression; see {@link PrintedExpression}. */
    record Printed(List<String> pieces, int precedence) implements PrintedExpression {
        Printed {
            pieces = List.copyOf(pieces);
        }

        Printed(String text, int precedence) {
            this(List.of(text), precedence);
        }
    }

    private DafnySyntax() {
    }

    /** {@code literal} as Dafny writes it. */
    static Printed literal(long literal) {
        return new Printed(Long.toString(literal), literal < 0 ? UNARY : ATOM);
    }

    /** {@code if condition then then else otherwise}, an else-if chain continuing without parentheses. */
    static Printed conditional(Printed condition, Printed then, Printed otherwise) {
        List<String> pieces = new ArrayList<>();
        pieces.add("if " + condition.at(LOGIC));
        pieces.add("then " + then.at(LOGIC));
        if (otherwise.precedence() == CONDITIONAL) {
            pieces.add("else " + otherwise.pieces().get(0));
            pieces.addAll(otherwise.pieces().subList(1, otherwise.pieces().size()));
        } else {
            pieces.add("else " + otherwise.at(CONDITIONAL));
        }
        return new Printed(pieces, CONDITIONAL);
    }

    /**
     * Comparisons do not chain here: both operands bind more tightly. A variable compared with itself
     * becomes {@code 0 == 0} or {@code 0 != 0}: Dafny 2.3 compiles through a C# compiler whose warnings
     * about such comparisons (and about {@code if true}) fail the build.
     */
    static Printed comparison(Printed left, String symbol, Printed right) {
        if (left.precedence() == ATOM && left.text().equals(right.text())) {
            boolean holds = symbol.equals("==") || symbol.equals("<=") || symbol.equals(">=");
            return new Printed(holds ? "0 == 0" : "0 != 0", COMPARISON);
        }
        return chain(left, SUM, symbol, right, SUM, COMPARISON);
    }

    /**
     * {@code left symbol right} for + - * / %, the left operand grouping with the operator at its own
     * level; a right operand starting with a minus is parenthesised, never {@code a - -b}.
     */
    static Printed arithmetic(Printed left, String symbol, Printed right, int rightMin, int level) {
        Printed operand = right.at(rightMin).startsWith("-") ? new Printed("(" + right.text() + ")", ATOM) : right;
        return chain(left, level, symbol, operand, rightMin, level);
    }

    static Printed negation(Printed operand) {
        return new Printed(PrintedExpression.negation(operand.at(UNARY)), UNARY);
    }

    static Printed chain(Printed left, int leftMin, String symbol, Printed right, int rightMin, int level) {
        return new Printed(PrintedExpression.chain(left, leftMin, symbol, right, rightMin, level), level);
    }
}
