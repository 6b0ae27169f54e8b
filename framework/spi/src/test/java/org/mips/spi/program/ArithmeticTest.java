package org.mips.spi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArithmeticTest {

    @Test
    void divisionAndModuloFollowPython() {
        // Values printed by Python 3: -7 // 2, 7 // -2, -7 % 3, 7 % -3, -7 % -3
        assertEquals(-4, Arithmetic.apply(BinaryOp.FLOOR_DIV, -7, 2));
        assertEquals(-4, Arithmetic.apply(BinaryOp.FLOOR_DIV, 7, -2));
        assertEquals(2, Arithmetic.apply(BinaryOp.FLOOR_MOD, -7, 3));
        assertEquals(-2, Arithmetic.apply(BinaryOp.FLOOR_MOD, 7, -3));
        assertEquals(-1, Arithmetic.apply(BinaryOp.FLOOR_MOD, -7, -3));
    }

    @Test
    void divisionByZeroIsTotalAndKeepsTheDivisionIdentity() {
        for (long a : new long[] {-5, 0, 9}) {
            long q = Arithmetic.apply(BinaryOp.FLOOR_DIV, a, 0);
            long r = Arithmetic.apply(BinaryOp.FLOOR_MOD, a, 0);
            assertEquals(0, q);
            assertEquals(a, 0 * q + r);
        }
    }

    @Test
    void overflowLeavesTheSemantics() {
        assertThrows(EvaluationException.class, () -> Arithmetic.apply(BinaryOp.ADD, Long.MAX_VALUE, 1));
        assertThrows(EvaluationException.class, () -> Arithmetic.apply(BinaryOp.MUL, Long.MIN_VALUE, -1));
        assertThrows(EvaluationException.class, () -> Arithmetic.apply(UnaryOp.ABS, Long.MIN_VALUE));
        assertThrows(EvaluationException.class, () -> Arithmetic.apply(BinaryOp.FLOOR_DIV, Long.MIN_VALUE, -1));
    }

    @Test
    void logicalOperatorsTreatNonZeroAsTrue() {
        assertEquals(1, Arithmetic.apply(BinaryOp.AND, 5, -2));
        assertEquals(0, Arithmetic.apply(BinaryOp.AND, 5, 0));
        assertEquals(1, Arithmetic.apply(BinaryOp.OR, 0, 7));
        assertEquals(0, Arithmetic.apply(BinaryOp.XOR, 3, 4));
        assertEquals(1, Arithmetic.apply(BinaryOp.XOR, 0, 4));
        assertEquals(0, Arithmetic.apply(UnaryOp.NOT, 9));
        assertEquals(1, Arithmetic.apply(UnaryOp.NOT, 0));
    }

    @Test
    void comparisonsGiveZeroOrOne() {
        assertEquals(1, Arithmetic.apply(BinaryOp.LT, -3, 2));
        assertEquals(0, Arithmetic.apply(BinaryOp.GE, -3, 2));
        assertEquals(1, Arithmetic.apply(BinaryOp.NE, 1, 2));
        assertEquals(-3, Arithmetic.apply(BinaryOp.MIN, -3, 2));
        assertEquals(3, Arithmetic.apply(UnaryOp.ABS, -3));
        assertEquals(3, Arithmetic.apply(UnaryOp.NEG, -3));
    }
}
