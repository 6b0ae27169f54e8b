package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineMinimisationTest {

    private static final int U = ObservedMachine.UNSEEN;
    private static final List<Code> TWO_INPUTS = List.of(new Code(new long[] {0}), new Code(new long[] {1}));

    /** Cluster 0 is the start (output unseen); 2 and 3 have equal outputs and successors. */
    private static ObservedMachine machine() {
        int[][] successor = {{1, 2}, {1, 2}, {4, 1}, {4, 1}, {4, 4}};
        int[] output = {U, 0, 1, 1, 0};
        return new ObservedMachine(successor, output, TWO_INPUTS);
    }

    @Test
    void mooreMergesEquivalentStatesOnly() {
        int[] classes = MachineMinimisation.moore(machine());
        assertEquals(classes[2], classes[3]);
        assertEquals(4, MachineMinimisation.count(classes), "1 and 4 share an output but not their successors");
    }

    @Test
    void theStartJoinsTheStateItBehavesLike() {
        ObservedMachine machine = machine();
        double[][] centres = {{0}, {5}, {1}, {2}, {3}};
        int[] classes = MachineMinimisation.attachUnseen(machine, MachineMinimisation.moore(machine), centres, true);
        assertEquals(classes[1], classes[0], "the start moves like cluster 1");
        assertEquals(3, MachineMinimisation.count(classes));
    }

    /** Merging 1 and 4 would force 2 and 4 together, which emit different outputs. */
    @Test
    void aMergeThatForcesConflictingOutputsFails() {
        ObservedMachine machine = machine();
        assertTrue(MachineMinimisation.merge(machine, new int[] {0, 1, 2, 3, 4}, 1, 4, true).isEmpty());
    }

    @Test
    void withoutCascadeOnlyTheTwoClassesMerge() {
        int[][] successor = {{1, U}, {2, 3}, {2, 2}, {3, 3}};
        int[] output = {U, 0, 0, 0};
        ObservedMachine machine = new ObservedMachine(successor, output, TWO_INPUTS);
        int[] identity = {0, 1, 2, 3};
        assertTrue(MachineMinimisation.merge(machine, identity, 0, 2, false).isEmpty(), "would need 1 and 2 merged too");
        // With cascade: 1 joins 2, then their successors 3 and 2 on input 1 join too; all emit 0.
        assertArrayEquals(new int[] {0, 0, 0, 0}, MachineMinimisation.merge(machine, identity, 0, 2, true).orElseThrow());
    }
}
