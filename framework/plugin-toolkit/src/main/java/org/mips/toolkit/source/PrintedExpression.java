package org.mips.toolkit.source;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression printed as source text, split where a long line may break: the model behind an
 * emitter's expression printer that is the same in every language with infix operators and
 * parentheses. A printer implements it with a record that also carries what its own language needs
 * (a static type, whether a value may be a boolean), e.g.
 * {@code record Printed(List<String> pieces, int precedence, Type type) implements PrintedExpression}.
 *
 * <p>{@link #pieces()} is the text split before each operator of the outermost chain: {@code a + b - c}
 * is {@code ["a", "+ b", "- c"]}. Joined with single spaces they are the {@link #text()}; a writer
 * that must break a long line breaks between pieces ({@link LinePacker}).
 *
 * <p>{@link #precedence()} is the level of the outermost operator in the printer's own precedence
 * table, where a larger number binds more tightly (an atom has the largest). {@link #at(int)} and
 * {@link #chain} use it to write only the parentheses the language needs; a printer adds more for the
 * reader by asking for a tighter level than the language requires.
 */
public interface PrintedExpression {

    /** The text, split before each operator of its outermost chain; at least one piece. */
    List<String> pieces();

    /** The level of its outermost operator: larger binds more tightly. */
    int precedence();

    /** The pieces joined with single spaces. */
    default String text() {
        return String.join(" ", pieces());
    }

    /** The text, parenthesised unless its operator binds at least as tightly as {@code level}. */
    default String at(int level) {
        return precedence() >= level ? text() : "(" + text() + ")";
    }

    /**
     * The pieces of {@code left symbol right} for an operator at {@code level}, each operand
     * parenthesised below its minimum level. An operand left bare at {@code level} itself continues the
     * chain, so its pieces are kept and a line may break before any operator of the whole chain.
     *
     * @param leftMin  the loosest level {@code left} may have without parentheses: {@code level} where
     *                 the operator groups to the left ({@code a - b - c}), tighter where it does not
     * @param rightMin the same for {@code right}: usually {@code level + 1}, since {@code a - (b - c)}
     *                 needs its parentheses
     */
    static List<String> chain(PrintedExpression left, int leftMin, String symbol, PrintedExpression right,
            int rightMin, int level) {
        List<String> pieces = new ArrayList<>(spliced(left, leftMin, level));
        List<String> rest = spliced(right, rightMin, level);
        pieces.add(symbol + " " + rest.get(0));
        pieces.addAll(rest.subList(1, rest.size()));
        return pieces;
    }

    private static List<String> spliced(PrintedExpression operand, int min, int level) {
        return operand.precedence() >= min && operand.precedence() == level ? operand.pieces() : List.of(operand.at(min));
    }

    /**
     * {@code -operand}, with parentheses if {@code operand} already starts with a minus: {@code -(-x)},
     * never {@code --x}, which is a decrement in C-like languages and easy to misread in the others.
     *
     * @param operand the operand's text, already parenthesised for a prefix operator
     */
    static String negation(String operand) {
        return operand.startsWith("-") ? "-(" + operand + ")" : "-" + operand;
    }
}
