package org.mips.spi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mips.spi.program.Expr.binary;
import static org.mips.spi.program.Expr.constant;
import static org.mips.spi.program.Expr.var;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExprSyntaxTest {

    @Test
    void precedenceFollowsPython() {
        assertEquals(binary(BinaryOp.ADD, var("a"), binary(BinaryOp.MUL, var("b"), constant(2))), ExprSyntax.parse("a + b * 2"));
        assertEquals(binary(BinaryOp.SUB, binary(BinaryOp.SUB, var("a"), var("b")), var("c")), ExprSyntax.parse("a - b - c"));
        assertEquals(binary(BinaryOp.GT, binary(BinaryOp.ADD, var("c"), var("a")), constant(1)), ExprSyntax.parse("c + a > 1"));
        assertEquals(binary(BinaryOp.OR, var("p"), binary(BinaryOp.AND, var("q"), var("r"))), ExprSyntax.parse("p or q and r"));
        assertEquals(Expr.unary(UnaryOp.NOT, binary(BinaryOp.EQ, var("x"), constant(0))), ExprSyntax.parse("not x == 0"));
        assertEquals(Expr.ifThen(var("c"), constant(1), Expr.ifThen(var("d"), constant(2), constant(3))),
                ExprSyntax.parse("1 if c else 2 if d else 3"));
    }

    @Test
    void everyFormPrintsBackToWhatParses() {
        for (String text : List.of("(s + x) % 3", "(carry + a + b) // 2", "carry ^ a ^ b", "a - (b - c)",
                "-x", "-(a + b)", "abs(x - p)", "max(m, x)", "min(a, b) * -3", "not (p or q)",
                "x == p", "(a < b) == (c < d)", "1 if ok and balance == 0 else 0", "(a if c else b) + 1",
                "a * (b // c) % 7", "a + -3")) {
            Expr parsed = ExprSyntax.parse(text);
            assertEquals(text, ExprSyntax.format(parsed));
            assertEquals(parsed, ExprSyntax.parse(ExprSyntax.format(parsed)));
        }
    }

    @Test
    void printsLookupsReadably() {
        Expr table = new Expr.Lookup(List.of(var("a"), var("x")),
                List.of(new Expr.Entry(List.of(0L, 1L), 3), new Expr.Entry(List.of(1L, 1L), -1)), 0);
        assertEquals("{(0, 1): 3, (1, 1): -1}.get((a, x), 0)", ExprSyntax.format(table));
    }

    @Test
    void errorsNameTheColumn() {
        assertEquals("in 'a + * b' at column 5: unexpected '*'",
                assertThrows(IllegalArgumentException.class, () -> ExprSyntax.parse("a + * b")).getMessage());
        assertEquals("in 'pow(a, 2)' at column 10: unknown function 'pow' (known: abs, min, max)",
                assertThrows(IllegalArgumentException.class, () -> ExprSyntax.parse("pow(a, 2)")).getMessage());
        assertEquals("in 'a if b' at column 7: expected 'else'",
                assertThrows(IllegalArgumentException.class, () -> ExprSyntax.parse("a if b")).getMessage());
        assertEquals("in '(a' at column 3: expected ')'",
                assertThrows(IllegalArgumentException.class, () -> ExprSyntax.parse("(a")).getMessage());
    }
}
