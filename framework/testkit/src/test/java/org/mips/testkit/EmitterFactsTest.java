package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mips.spi.program.Arithmetic;
import org.mips.spi.program.BinaryOp;

/** The facts about operators that emitters rely on: {@link BinaryOp#negated()} against {@link Arithmetic}. */
class EmitterFactsTest {

    @Test
    void aNegatedComparisonHoldsExactlyWhenTheComparisonDoesNot() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.category() != BinaryOp.Category.COMPARISON) {
                assertThrows(IllegalArgumentException.class, op::negated, op.name());
                continue;
            }
            for (long a = -1; a <= 1; a++) {
                for (long b = -1; b <= 1; b++) {
                    assertEquals(1 - Arithmetic.apply(op, a, b), Arithmetic.apply(op.negated(), a, b), op + " " + a + " " + b);
                }
            }
        }
    }
}
