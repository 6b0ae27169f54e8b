package org.mips.spi.program;

/**
 * The meaning of every IR operator. The interpreter calls these and nothing else, so this class is the
 * reference semantics every emitter must reproduce.
 *
 * <ul>
 *   <li>Values are 64-bit signed integers. An operation whose exact result does not fit throws
 *       {@link EvaluationException}: a program that overflows has no defined result, so emitted code
 *       in languages with unbounded integers (Python) agrees wherever the IR is defined.</li>
 *   <li>Booleans are the integers 0 and 1. Logical operators and conditionals treat any non-zero
 *       value as true.</li>
 *   <li>Division and modulo follow Python: {@code floorDiv(-7, 2) == -4}, {@code floorMod(-7, 3) == 2}.
 *       They are total: {@code floorDiv(a, 0) == 0} and {@code floorMod(a, 0) == a}, so that
 *       {@code a == b * floorDiv(a, b) + floorMod(a, b)} holds for every {@code b}.</li>
 * </ul>
 */
public final class Arithmetic {

    private Arithmetic() {
    }

    public static long apply(UnaryOp op, long a) {
        return switch (op) {
            case NEG -> exact(() -> Math.negateExact(a), "-", a);
            case ABS -> exact(() -> Math.absExact(a), "abs", a);
            case NOT -> a == 0 ? 1 : 0;
        };
    }

    public static long apply(BinaryOp op, long a, long b) {
        return switch (op) {
            case ADD -> exact(() -> Math.addExact(a, b), "+", a, b);
            case SUB -> exact(() -> Math.subtractExact(a, b), "-", a, b);
            case MUL -> exact(() -> Math.multiplyExact(a, b), "*", a, b);
            case FLOOR_DIV -> floorDiv(a, b);
            case FLOOR_MOD -> floorMod(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case EQ -> bool(a == b);
            case NE -> bool(a != b);
            case LT -> bool(a < b);
            case LE -> bool(a <= b);
            case GT -> bool(a > b);
            case GE -> bool(a >= b);
            case AND -> bool(a != 0 && b != 0);
            case OR -> bool(a != 0 || b != 0);
            case XOR -> bool((a != 0) != (b != 0));
        };
    }

    /** Python's {@code a // b}, with {@code a // 0 == 0}. */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            return 0;
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw EvaluationException.overflow(a + " // " + b);
        }
        return Math.floorDiv(a, b);
    }

    /** Python's {@code a % b}, with {@code a % 0 == a}. */
    public static long floorMod(long a, long b) {
        return b == 0 ? a : Math.floorMod(a, b);
    }

    public static long bool(boolean value) {
        return value ? 1 : 0;
    }

    public static boolean truth(long value) {
        return value != 0;
    }

    private interface LongOp {
        long get();
    }

    private static long exact(LongOp op, String symbol, long... operands) {
        try {
            return op.get();
        } catch (ArithmeticException overflow) {
            String args = operands.length == 1 ? symbol + "(" + operands[0] + ")"
                    : operands[0] + " " + symbol + " " + operands[1];
            throw EvaluationException.overflow(args);
        }
    }
}
