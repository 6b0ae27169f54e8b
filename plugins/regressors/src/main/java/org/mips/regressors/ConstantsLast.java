package org.mips.regressors;

import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;

/**
 * Turns {@code 1 < a + b} into {@code a + b > 1} and {@code max(3, a)} into {@code max(a, 3)}. The search
 * builds only {@code <} and {@code <=} (the other two are the same with operands swapped) and tries
 * constants before variables, which leaves constants on the left where people do not write them; a
 * product keeps its coefficient first ({@code 2 * a}). The rewrite keeps the meaning and the size.
 */
final class ConstantsLast implements Expr.Visitor<Expr> {

    private static final ConstantsLast INSTANCE = new ConstantsLast();

    private ConstantsLast() {
    }

    static Expr of(Expr expr) {
        return expr.accept(INSTANCE);
    }

    @Override
    public Expr visitConst(Expr.Const c) {
        return c;
    }

    @Override
    public Expr visitVar(Expr.Var v) {
        return v;
    }

    @Override
    public Expr visitUnary(Expr.Unary u) {
        return Expr.unary(u.op(), u.operand().accept(this));
    }

    @Override
    public Expr visitBinary(Expr.Binary b) {
        Expr left = b.left().accept(this);
        Expr right = b.right().accept(this);
        if (left instanceof Expr.Const && !(right instanceof Expr.Const)) {
            switch (b.op()) {
                case LT:
                    return Expr.binary(BinaryOp.GT, right, left);
                case LE:
                    return Expr.binary(BinaryOp.GE, right, left);
                case ADD, MIN, MAX, EQ, NE, AND, OR, XOR:
                    return Expr.binary(b.op(), right, left);
                default:
                    break;
            }
        }
        return Expr.binary(b.op(), left, right);
    }

    @Override
    public Expr visitIf(Expr.If i) {
        return Expr.ifThen(i.condition().accept(this), i.then().accept(this), i.otherwise().accept(this));
    }

    @Override
    public Expr visitLookup(Expr.Lookup l) {
        return l;
    }
}
