package org.mips.regressors;

import java.util.Arrays;
import java.util.List;
import org.mips.spi.program.Arithmetic;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;

/**
 * Bottom-up enumeration of IR expressions by size (node count) with observational equivalence: an
 * expression is kept in the bank only if its values on the sample rows differ from every kept one, so
 * each size is built from one representative per behaviour of the smaller sizes. The grammar is the
 * whole IR but lookups: constants and variables; {@code - abs not}; {@code + - * // % min max == != < <=
 * and or ^}; and {@code x if c else y}. ({@code >} and {@code >=} are {@code <} and {@code <=} with the
 * operands swapped; {@code and or ^} and conditions take only 0/1-valued operands.) Values follow
 * {@link Arithmetic}, so {@code %} is the floor modulo the emitted programs compute, not the C++ remainder
 * of the reference's search (section 6.4), and a candidate that overflows on some row is dropped.
 *
 * <p>The order of enumeration is fixed, so the same problem gives the same expression. An expression
 * whose values on the sample equal the target's goes to the {@link Judge}, which checks it on every row.
 */
final class BottomUpSearch {

    /** Checks a candidate on every row: -1 if it is exact, else the index of a row it misses. */
    @FunctionalInterface
    interface Judge {
        int missedRow(Expr candidate);
    }

    /** How a search ended. */
    sealed interface Result {
    }

    record Found(Expr expr) implements Result {
    }

    /** A candidate matched the sample but missed this row; the caller adds it to the sample and restarts. */
    record Counterexample(int row) implements Result {
    }

    record Exhausted(String reason) implements Result {
    }

    /** The limits of one search. */
    record Limits(int maxSize, int maxBankValues, Deadline deadline) {
    }

    private static final UnaryOp[] UNARY = {UnaryOp.NEG, UnaryOp.ABS, UnaryOp.NOT};
    /** In the order that decides between equally small formulas: {@code a > 4} before {@code a // 5}. */
    private static final BinaryOp[] BINARY = {
        BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE,
        BinaryOp.MIN, BinaryOp.MAX, BinaryOp.FLOOR_DIV, BinaryOp.FLOOR_MOD, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR
    };
    private static final int DEADLINE_CHECK_INTERVAL = 1 << 12;
    /** Entries at most, whatever the sample's size: bounds the hash table and the expression array. */
    private static final int MAX_ENTRIES = 1 << 20;

    private final List<String> names;
    private final long[][] columns;
    private final long[] target;
    private final List<Long> constants;
    private final Limits limits;
    private final boolean restartOnMiss;
    private final Judge judge;
    private final int m;
    private final int capacity;
    private final long[] scratch;

    private long[] values;
    private Expr[] exprs;
    private int[] hashes;
    private boolean[] bool;
    private boolean[] constant;
    private int count;
    private final int[] sizeStart;
    private final int[] slots;
    private long candidates;
    private Result result;

    /**
     * @param columns       {@code columns[v][i]}: variable {@code v} on sample row {@code i}
     * @param target        the target on the sample rows
     * @param restartOnMiss whether a candidate that misses a row ends the search with a counterexample
     *                      (else it is just rejected)
     */
    BottomUpSearch(List<String> names, long[][] columns, long[] target, List<Long> constants, Limits limits,
            boolean restartOnMiss, Judge judge) {
        this.names = names;
        this.columns = columns;
        this.target = target;
        this.constants = constants;
        this.limits = limits;
        this.restartOnMiss = restartOnMiss;
        this.judge = judge;
        this.m = target.length;
        this.capacity = Math.max(1, Math.min(MAX_ENTRIES, limits.maxBankValues() / Math.max(1, m)));
        this.scratch = new long[m];
        int initial = Math.min(capacity, 1024);
        this.values = new long[initial * m];
        this.exprs = new Expr[initial];
        this.hashes = new int[initial];
        this.bool = new boolean[initial];
        this.constant = new boolean[initial];
        this.sizeStart = new int[limits.maxSize() + 2];
        this.slots = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
    }

    Result run() {
        sizeStart[1] = 0;
        for (long c : constants) {
            Arrays.fill(scratch, c);
            offerLeaf(Expr.constant(c));
        }
        for (int v = 0; v < names.size() && result == null; v++) {
            System.arraycopy(columns[v], 0, scratch, 0, m);
            offerLeaf(Expr.var(names.get(v)));
        }
        for (int size = 2; size <= limits.maxSize() && result == null; size++) {
            sizeStart[size] = count;
            unary(size);
            binary(size);
            conditional(size);
        }
        if (result != null) {
            return result;
        }
        return new Exhausted("no expression of up to " + limits.maxSize() + " nodes fits"
                + (count >= capacity ? " (bank full at " + capacity + " expressions)" : ""));
    }

    private void offerLeaf(Expr leaf) {
        offer(0, 0, 0, 0, 0, leaf);
    }

    private void unary(int size) {
        for (int o = 0; o < UNARY.length && result == null; o++) {
            UnaryOp op = UNARY[o];
            for (int a = sizeStart[size - 1]; a < end(size - 1) && result == null; a++) {
                if (evaluate(op, a)) {
                    offer(1, o, a, 0, 0, null);
                }
            }
        }
    }

    private void binary(int size) {
        for (int o = 0; o < BINARY.length && result == null; o++) {
            BinaryOp op = BINARY[o];
            boolean commutative = isCommutative(op);
            boolean logical = op.category() == BinaryOp.Category.LOGICAL;
            for (int left = 1; left <= size - 2 && result == null; left++) {
                int right = size - 1 - left;
                if (commutative && left > right) {
                    continue;
                }
                for (int a = sizeStart[left]; a < end(left) && result == null; a++) {
                    if (logical && !bool[a]) {
                        continue;
                    }
                    int firstB = commutative && left == right ? a : sizeStart[right];
                    for (int b = firstB; b < end(right) && result == null; b++) {
                        if ((a == b && op != BinaryOp.ADD && op != BinaryOp.MUL) || (logical && !bool[b]) || trivial(op, a, b)) {
                            continue;
                        }
                        if (evaluate(op, a, b)) {
                            offer(2, o, a, b, 0, null);
                        }
                    }
                }
            }
        }
    }

    private void conditional(int size) {
        for (int c = 1; c <= size - 3 && result == null; c++) {
            for (int t = 1; t <= size - 2 - c && result == null; t++) {
                int e = size - 1 - c - t;
                for (int i = sizeStart[c]; i < end(c) && result == null; i++) {
                    if (!bool[i] || constant[i]) {
                        continue;
                    }
                    for (int j = sizeStart[t]; j < end(t) && result == null; j++) {
                        for (int k = sizeStart[e]; k < end(e) && result == null; k++) {
                            if (j != k) {
                                select(i, j, k);
                                offer(3, 0, i, j, k, null);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * End of the bank's entries of {@code size}. Operands are smaller than the size being built, whose
     * start is already set, so the entries being added now are never operands of their own size.
     */
    private int end(int size) {
        return sizeStart[size + 1];
    }

    /**
     * Whether {@code op(a, b)} is known to be a constant or one of its operands (or that negated) before
     * evaluating it: two constants, {@code x + 0}, {@code x * 1}, {@code x // 1}, {@code x % 0}, a logical
     * operator with a constant. Its values would be in the bank already; this only saves the evaluation.
     */
    private boolean trivial(BinaryOp op, int a, int b) {
        if (!constant[a] && !constant[b]) {
            return false;
        }
        if ((constant[a] && constant[b]) || op.category() == BinaryOp.Category.LOGICAL) {
            return true;
        }
        long left = constant[a] ? values[a * m] : Long.MIN_VALUE;
        long right = constant[b] ? values[b * m] : Long.MIN_VALUE;
        return switch (op) {
            case ADD -> left == 0 || right == 0;
            case SUB -> right == 0;
            case MUL -> left == 0 || left == 1 || right == 0 || right == 1;
            case FLOOR_DIV, FLOOR_MOD -> right == 0 || right == 1;
            default -> false;
        };
    }

    private boolean evaluate(UnaryOp op, int a) {
        return Vectors.apply(op, values, a * m, scratch, m);
    }

    private boolean evaluate(BinaryOp op, int a, int b) {
        return Vectors.apply(op, values, a * m, b * m, scratch, m);
    }

    private void select(int condition, int then, int otherwise) {
        int baseC = condition * m;
        for (int i = 0; i < m; i++) {
            scratch[i] = values[(Arithmetic.truth(values[baseC + i]) ? then : otherwise) * m + i];
        }
    }

    /**
     * Considers the expression whose values are in {@code scratch}: the judge hears of it if it matches
     * the target, the bank keeps it if its values are new. It is built only in those two cases.
     */
    private void offer(int shape, int op, int a, int b, int c, Expr leaf) {
        if (result != null) {
            return;
        }
        if ((++candidates % DEADLINE_CHECK_INTERVAL) == 0 && limits.deadline().passed()) {
            result = new Exhausted("deadline passed after " + candidates + " candidates");
            return;
        }
        Expr built = null;
        if (Arrays.equals(scratch, target)) {
            built = build(shape, op, a, b, c, leaf);
            int missed = judge.missedRow(built);
            if (missed < 0) {
                result = new Found(built);
                return;
            }
            if (restartOnMiss) {
                result = new Counterexample(missed);
                return;
            }
        }
        if (count >= capacity) {
            return;
        }
        int hash = hash(scratch);
        int slot = hash & (slots.length - 1);
        while (slots[slot] != 0) {
            int other = slots[slot] - 1;
            if (hashes[other] == hash && Arrays.equals(values, other * m, other * m + m, scratch, 0, m)) {
                return;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        store(built != null ? built : build(shape, op, a, b, c, leaf), hash);
        slots[slot] = count;
    }

    private void store(Expr expr, int hash) {
        if (count == exprs.length) {
            int grown = Math.min(capacity, exprs.length * 2);
            values = Arrays.copyOf(values, grown * m);
            exprs = Arrays.copyOf(exprs, grown);
            hashes = Arrays.copyOf(hashes, grown);
            bool = Arrays.copyOf(bool, grown);
            constant = Arrays.copyOf(constant, grown);
        }
        System.arraycopy(scratch, 0, values, count * m, m);
        exprs[count] = expr;
        hashes[count] = hash;
        boolean isBool = true;
        boolean isConstant = true;
        for (int i = 0; i < m; i++) {
            isBool &= scratch[i] == 0 || scratch[i] == 1;
            isConstant &= scratch[i] == scratch[0];
        }
        bool[count] = isBool;
        constant[count] = isConstant;
        count++;
    }

    private Expr build(int shape, int op, int a, int b, int c, Expr leaf) {
        return switch (shape) {
            case 0 -> leaf;
            case 1 -> Expr.unary(UNARY[op], exprs[a]);
            case 2 -> Expr.binary(BINARY[op], exprs[a], exprs[b]);
            default -> Expr.ifThen(exprs[a], exprs[b], exprs[c]);
        };
    }

    private static boolean isCommutative(BinaryOp op) {
        return switch (op) {
            case ADD, MUL, MIN, MAX, EQ, NE, AND, OR, XOR -> true;
            default -> false;
        };
    }

    private static int hash(long[] vector) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : vector) {
            h = (h ^ v) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h ^ (h >>> 32));
    }
}
