package org.mips.emitters.dafny;

import java.util.List;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Refinement;

/**
 * The Dafny theorem for each property of a refinement, appended to its proof module, or why this prover
 * has none: a kind it does not know, or a specification that does not have the shape the theorem needs.
 */
final class PropertyTheorems {

    private PropertyTheorems() {
    }

    /** The Dafny text that proves a property, or the reason there is none. */
    sealed interface Theorem {
        Property property();

        record Proof(Property property, String dafny) implements Theorem {
        }

        record None(Property property, String reason) implements Theorem {
        }
    }

    /** One theorem per property of {@code refinement}, in its order. */
    static List<Theorem> of(Refinement refinement) {
        return refinement.properties().stream().map(p -> of(p, refinement.specification())).toList();
    }

    static Theorem of(Property property, Program specification) {
        if (property instanceof Property.SumOfInputs sum) {
            return AdditionTheorem.of(sum, specification);
        }
        return new Theorem.None(property, "unknown property kind " + property.getClass().getSimpleName());
    }
}
