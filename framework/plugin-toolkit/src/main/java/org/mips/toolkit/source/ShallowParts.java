package org.mips.toolkit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.mips.spi.program.Expr;

/**
 * An expression cut into parts no deeper than a target language accepts, to be computed one after the
 * other into temporaries: a program may nest {@link org.mips.spi.program.Program#MAX_DEPTH} levels, while
 * CPython refuses 200 nested parentheses and Dafny fails on far shallower chains of subtractions. Every IR
 * operation is total (division by 0 included) and the emitted languages do not trap on overflow, so
 * computing a part that a conditional then leaves unused changes no result.
 *
 * @param parts the subexpressions to compute first, in order; each may read the names of the parts before it
 * @param root  the expression itself, reading the parts by name
 */
public record ShallowParts(List<Part> parts, Expr root) {

    /** A temporary: {@code name = value}. */
    public record Part(String name, Expr value) {
    }

    public ShallowParts {
        parts = List.copyOf(parts);
    }

    /**
     * {@code expr} with each subexpression that would reach {@code maxDepth} levels made a part of its
     * own, named by {@code name} (given 1, 2, ...): then no part and no root is deeper than {@code maxDepth}.
     * An expression less deep than that is its own root, with no parts.
     */
    public static ShallowParts of(Expr expr, int maxDepth, IntFunction<String> name) {
        if (maxDepth < 2) {
            throw new IllegalArgumentException("maxDepth must be at least 2, got " + maxDepth);
        }
        List<Part> parts = new ArrayList<>();
        Cut root = new Cutter(maxDepth, name, parts).cut(expr, true);
        return new ShallowParts(parts, root.expr());
    }

    private record Cut(Expr expr, int depth) {
    }

    /** Recurses once per level, which {@link org.mips.spi.program.Program#MAX_DEPTH} bounds. */
    private record Cutter(int maxDepth, IntFunction<String> name, List<Part> parts) {

        Cut cut(Expr expr, boolean root) {
            List<Expr> children = new ArrayList<>();
            int depth = 0;
            for (Expr child : expr.children()) {
                Cut cut = cut(child, false);
                children.add(cut.expr());
                depth = Math.max(depth, cut.depth());
            }
            depth++;
            Expr rebuilt = rebuild(expr, children);
            if (depth < maxDepth || root) {
                return new Cut(rebuilt, depth);
            }
            String part = name.apply(parts.size() + 1);
            parts.add(new Part(part, rebuilt));
            return new Cut(Expr.var(part), 1);
        }

        private static Expr rebuild(Expr expr, List<Expr> children) {
            if (expr instanceof Expr.Unary u) {
                return Expr.unary(u.op(), children.get(0));
            } else if (expr instanceof Expr.Binary b) {
                return Expr.binary(b.op(), children.get(0), children.get(1));
            } else if (expr instanceof Expr.If) {
                return Expr.ifThen(children.get(0), children.get(1), children.get(2));
            } else if (expr instanceof Expr.Lookup l) {
                return new Expr.Lookup(children, l.entries(), l.otherwise());
            }
            return expr;
        }
    }
}
