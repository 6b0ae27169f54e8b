package org.mips.regressors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;

/**
 * The reference's forms for symmetric functions, which depend only on how many variables are 1 (section
 * 6.3, step 4): the xor chain {@code a ^ b ^ c} (and its negation), the thresholds {@code a + b + c > k}
 * and {@code a + b + c < k}, and otherwise {@code a + b + c == i or ...}. A sum never observed is a
 * don't-care, so the forms fit partial tables too.
 */
final class SymmetricForms {

    private SymmetricForms() {
    }

    /** Every form that fits the table, or none if the table is not symmetric or has fewer than two variables. */
    static List<Expr> of(TruthTable table) {
        int k = table.variables();
        TreeMap<Integer, Boolean> bySum = new TreeMap<>();
        for (boolean on : new boolean[] {true, false}) {
            BitSet minterms = on ? table.on() : table.off();
            for (int m = minterms.nextSetBit(0); m >= 0; m = minterms.nextSetBit(m + 1)) {
                Boolean previous = bySum.putIfAbsent(Integer.bitCount(m), on);
                if (previous != null && previous != on) {
                    return List.of();
                }
            }
        }
        if (k < 2 || !bySum.containsValue(true) || !bySum.containsValue(false)) {
            return List.of();
        }
        List<Expr> forms = new ArrayList<>();
        List<Expr> variables = table.names().stream().map(n -> (Expr) Expr.var(n)).toList();
        if (bySum.entrySet().stream().allMatch(e -> e.getValue() == (e.getKey() % 2 == 1))) {
            forms.add(chain(BinaryOp.XOR, variables));
        }
        if (bySum.entrySet().stream().allMatch(e -> e.getValue() == (e.getKey() % 2 == 0))) {
            forms.add(Expr.unary(UnaryOp.NOT, chain(BinaryOp.XOR, variables)));
        }
        Expr sum = chain(BinaryOp.ADD, variables);
        int lastZero = lastWith(bySum, false);
        int firstOne = firstWith(bySum, true);
        if (lastZero < firstOne) {
            forms.add(Expr.binary(BinaryOp.GT, sum, Expr.constant(lastZero)));
        }
        int lastOne = lastWith(bySum, true);
        int firstZero = firstWith(bySum, false);
        if (lastOne < firstZero) {
            forms.add(Expr.binary(BinaryOp.LT, sum, Expr.constant(firstZero)));
        }
        Expr equalities = null;
        for (var entry : bySum.entrySet()) {
            if (entry.getValue()) {
                Expr equal = Expr.binary(BinaryOp.EQ, sum, Expr.constant(entry.getKey()));
                equalities = equalities == null ? equal : Expr.binary(BinaryOp.OR, equalities, equal);
            }
        }
        forms.add(equalities);
        return forms;
    }

    private static Expr chain(BinaryOp op, List<Expr> operands) {
        Expr result = operands.get(0);
        for (int i = 1; i < operands.size(); i++) {
            result = Expr.binary(op, result, operands.get(i));
        }
        return result;
    }

    private static int firstWith(TreeMap<Integer, Boolean> bySum, boolean value) {
        return bySum.entrySet().stream().filter(e -> e.getValue() == value).mapToInt(e -> e.getKey()).min().orElseThrow();
    }

    private static int lastWith(TreeMap<Integer, Boolean> bySum, boolean value) {
        return bySum.entrySet().stream().filter(e -> e.getValue() == value).mapToInt(e -> e.getKey()).max().orElseThrow();
    }
}
