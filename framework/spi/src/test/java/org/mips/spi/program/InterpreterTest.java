package org.mips.spi.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mips.spi.program.Expr.constant;
import static org.mips.spi.program.Expr.var;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    @Test
    void binaryAdditionAddsNumbersOfEveryLength() {
        Interpreter adder = Interpreter.of(Programs.binaryAddition());
        SplittableRandom random = new SplittableRandom(1);
        for (int length = 0; length <= 40; length++) {
            long[][] xs = new long[length][2];
            long a = 0;
            long b = 0;
            for (int t = 0; t < length; t++) {
                xs[t][0] = random.nextInt(2);
                xs[t][1] = random.nextInt(2);
                a |= xs[t][0] << t;
                b |= xs[t][1] << t;
            }
            long[][] ys = adder.run(xs);
            long sum = 0;
            for (int t = 0; t < length; t++) {
                sum |= ys[t][0] << t;
            }
            long mask = length == 0 ? 0 : (1L << length) - 1;
            assertEquals((a + b) & mask, sum, "length " + length);
        }
    }

    @Test
    void stateUpdatesSimultaneouslyAndOutputsReadTheUpdatedState() {
        long[][] ys = Programs.swap().run(new long[][] {{5}, {6}, {7}});
        // p: 1 -> 2 -> 1 -> 2 (it takes q's old value each step)
        assertArrayEquals(new long[][] {{25}, {16}, {27}}, ys);
    }

    @Test
    void lookupFallsBackToItsDefault() {
        Expr table = new Expr.Lookup(List.of(var("x")),
                List.of(new Expr.Entry(List.of(0L), 10), new Expr.Entry(List.of(2L), 12)), -1);
        Program program = new Program("table", List.of(new Input("x", 0, 3)), List.of(), List.of(new Output("y", table)));
        assertArrayEquals(new long[][] {{10}, {-1}, {12}, {-1}}, program.run(new long[][] {{0}, {1}, {2}, {3}}));
    }

    @Test
    void conditionalTreatsNonZeroAsTrue() {
        Expr choose = Expr.ifThen(var("x"), constant(7), constant(8));
        Program program = new Program("choose", List.of(new Input("x", -2, 2)), List.of(), List.of(new Output("y", choose)));
        assertArrayEquals(new long[][] {{7}, {8}, {7}}, program.run(new long[][] {{-2}, {0}, {2}}));
    }

    @Test
    void wrongInputWidthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Programs.binaryAddition().run(new long[][] {{1, 0}, {1}}));
        assertEquals("step 1 has 1 input values but the program has 2 inputs", e.getMessage());
    }
}
