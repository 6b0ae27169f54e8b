package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;

/** Seeded random IR expressions over given variables with every form and operator, for differential tests. */
final class RandomExpressions {

    private final SplittableRandom random;
    private final List<String> variables;

    RandomExpressions(long seed, List<String> variables) {
        this.random = new SplittableRandom(seed);
        this.variables = variables;
    }

    /** An expression at most {@code depth} levels deep; small constants keep it far from overflow. */
    Expr next(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return random.nextBoolean() ? Expr.var(variables.get(random.nextInt(variables.size())))
                    : Expr.constant(random.nextInt(-5, 6));
        }
        return switch (random.nextInt(10)) {
            case 0, 1 -> Expr.unary(UnaryOp.values()[random.nextInt(UnaryOp.values().length)], next(depth - 1));
            case 2 -> Expr.ifThen(next(depth - 1), next(depth - 1), next(depth - 1));
            case 3 -> lookup(depth);
            default -> Expr.binary(BinaryOp.values()[random.nextInt(BinaryOp.values().length)], next(depth - 1), next(depth - 1));
        };
    }

    private Expr lookup(int depth) {
        int keys = 1 + random.nextInt(2);
        List<Expr> keyExprs = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            keyExprs.add(next(depth - 1));
        }
        List<Expr.Entry> entries = new ArrayList<>();
        List<List<Long>> seen = new ArrayList<>();
        for (int e = random.nextInt(4); e > 0; e--) {
            List<Long> key = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                key.add((long) random.nextInt(-2, 3));
            }
            if (!seen.contains(key)) {
                seen.add(key);
                entries.add(new Expr.Entry(key, random.nextInt(-9, 10)));
            }
        }
        return new Expr.Lookup(keyExprs, entries, random.nextInt(-9, 10));
    }
}
