package org.mips.core.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;

class ClaimedTest {

    private static final Program ADDER = new Program("adder", List.of(new Input("a", 0, 1), new Input("b", 0, 1)),
            List.of(new StateVariable("carry", 0, Expr.var("carry"))), List.of(new Output("y", Expr.var("a"))));
    private static final Property BINARY = new Property.SumOfInputs(2, "carry");
    private static final Property TERNARY = new Property.SumOfInputs(3, "carry");
    private static final Refinement REFINEMENT = new Refinement("adder", ADDER, ADDER, List.of(Expr.var("carry")),
            new Reachable.States(List.of(List.of(0L))), "it refines", List.of(BINARY, TERNARY));

    @Test
    void aCoveredPropertyJoinsTheClaim() {
        Claimed claimed = Claimed.of(REFINEMENT, new ProofResult(ProofResult.Status.PROVEN, "verified", "",
                List.of(BINARY, TERNARY), List.of()), "dafny");
        assertEquals("it refines; and " + BINARY.statement() + "; and " + TERNARY.statement(), claimed.claim());
        assertEquals("verified", claimed.detail());
    }

    @Test
    void aPropertyLeftOutIsNamedWithTheProversReason() {
        Claimed claimed = Claimed.of(REFINEMENT, new ProofResult(ProofResult.Status.PROVEN, "verified", "",
                List.of(BINARY), List.of(new ProofResult.Unproven(TERNARY, "unknown property kind SumOfInputs"))), "dafny");
        assertEquals("it refines; and " + BINARY.statement(), claimed.claim());
        assertEquals("verified; not proven: " + TERNARY.statement() + " (unknown property kind SumOfInputs)", claimed.detail());
    }

    @Test
    void aProverThatSaysNothingOfThePropertiesProvesNoneOfThem() {
        Claimed claimed = Claimed.of(REFINEMENT, new ProofResult(ProofResult.Status.PROVEN, "verified", ""), "lean");
        assertEquals("it refines", claimed.claim());
        assertEquals("verified; not proven: " + BINARY.statement() + " (the lean prover left it out of its proof); "
                + TERNARY.statement() + " (the lean prover left it out of its proof)", claimed.detail());
    }
}
