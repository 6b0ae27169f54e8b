package org.mips.core.prove;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Property;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;

/**
 * What a proof's record claims and says, from the obligation and the prover's verdict: the claim takes
 * each property of a refinement that the proof covers, and the detail names each one it does not, with
 * the prover's reason, so that a property is never claimed unchecked nor dropped without a word.
 *
 * @param claim  what the proof establishes if the verdict is proven
 * @param detail the verdict's line, followed by the properties left unproven
 */
record Claimed(String claim, String detail) {

    static Claimed of(Obligation obligation, ProofResult result, String prover) {
        if (obligation instanceof Simulation simulation && !simulation.properties().isEmpty()) {
            return new Claimed(simulation.claim(), result.detail() + "; not proven: " + String.join("; ", simulation.properties().stream()
                    .map(p -> p.statement() + " (a relation between the states does not carry the specification's theorems over)").toList()));
        }
        if (!(obligation instanceof Refinement refinement)) {
            return new Claimed(obligation.claim(), result.detail());
        }
        StringBuilder claim = new StringBuilder(refinement.claim());
        List<String> unproven = new ArrayList<>();
        for (Property property : refinement.properties()) {
            if (result.covered().contains(property)) {
                claim.append("; and ").append(property.statement());
            } else {
                unproven.add(property.statement() + " (" + reason(property, result, prover) + ")");
            }
        }
        String detail = unproven.isEmpty() ? result.detail() : result.detail() + "; not proven: " + String.join("; ", unproven);
        return new Claimed(claim.toString(), detail);
    }

    private static String reason(Property property, ProofResult result, String prover) {
        return result.unproven().stream().filter(u -> u.property().equals(property)).map(ProofResult.Unproven::reason)
                .findFirst().orElse("the " + prover + " prover left it out of its proof");
    }
}
