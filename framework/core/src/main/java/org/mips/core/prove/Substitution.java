package org.mips.core.prove;

import java.util.Map;
import org.mips.spi.program.Expr;

/** Replaces variables of an expression by expressions, all at once. */
final class Substitution implements Expr.Visitor<Expr> {

    private final Map<String, Expr> replacements;

    private Substitution(Map<String, Expr> replacements) {
        this.replacements = replacements;
    }

    static Expr apply(Expr expr, Map<String, Expr> replacements) {
        return expr.accept(new Substitution(replacements));
    }

    @Override
    public Expr visitConst(Expr.Const c) {
        return c;
    }

    @Override
    public Expr visitVar(Expr.Var v) {
        return replacements.getOrDefault(v.name(), v);
    }

    @Override
    public Expr visitUnary(Expr.Unary u) {
        return new Expr.Unary(u.op(), u.operand().accept(this));
    }

    @Override
    public Expr visitBinary(Expr.Binary b) {
        return new Expr.Binary(b.op(), b.left().accept(this), b.right().accept(this));
    }

    @Override
    public Expr visitIf(Expr.If i) {
        return new Expr.If(i.condition().accept(this), i.then().accept(this), i.otherwise().accept(this));
    }

    @Override
    public Expr visitLookup(Expr.Lookup l) {
        return new Expr.Lookup(l.keys().stream().map(k -> k.accept(this)).toList(), l.entries(), l.otherwise());
    }
}
