package org.mips.spi.program;

import static org.mips.spi.program.Expr.binary;
import static org.mips.spi.program.Expr.constant;
import static org.mips.spi.program.Expr.var;

import java.util.List;

/** Small programs for the SPI's own tests. */
final class Programs {

    private Programs() {
    }

    /** Ripple-carry addition, LSB first: both next expressions read the old carry. */
    static Program binaryAddition() {
        Expr carry = var("carry");
        return new Program("binary_addition",
                List.of(new Input("a", 0, 1), new Input("b", 0, 1)),
                List.of(new StateVariable("sum", 0, binary(BinaryOp.XOR, binary(BinaryOp.XOR, carry, var("a")), var("b"))),
                        new StateVariable("carry", 0, binary(BinaryOp.GT,
                                binary(BinaryOp.ADD, binary(BinaryOp.ADD, carry, var("a")), var("b")), constant(1)))),
                List.of(new Output("y", var("sum"))));
    }

    /** Two registers that swap every step; the output reads the updated state. */
    static Program swap() {
        return new Program("swap", List.of(new Input("x", 0, 9)),
                List.of(new StateVariable("p", 1, var("q")), new StateVariable("q", 2, var("p"))),
                List.of(new Output("y", binary(BinaryOp.ADD, binary(BinaryOp.MUL, var("p"), constant(10)), var("x")))));
    }
}
