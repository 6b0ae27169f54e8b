package org.mips.spi.prove;

import java.util.List;
import java.util.OptionalLong;

/**
 * An invariant that contains every state the specification reaches from its initial state on inputs of
 * its alphabet. The prover checks that it is inductive (it holds initially and every step keeps it), so a
 * wrong one makes the proof fail rather than prove something false.
 */
public sealed interface Reachable {

    /**
     * Exactly these states (values in the specification's state order), found by exploring every input
     * from the initial state.
     */
    record States(List<List<Long>> states) implements Reachable {
        public States {
            states = states.stream().map(List::copyOf).toList();
        }
    }

    /** Each state variable within its interval; an empty bound is unbounded on that side. */
    record Box(List<Interval> intervals) implements Reachable {
        public Box {
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * The states in at least one of these boxes (each over every state variable). A flag that a
     * specification keeps beside a count bounds the count differently per value: Balanced_Parenthesis's
     * depth is never negative while the prefix is valid, and anything after; one box cannot say so, and
     * without it the step from a valid negative depth (never reached) breaks the proof.
     */
    record Union(List<Box> boxes) implements Reachable {
        public Union {
            boxes = List.copyOf(boxes);
            if (boxes.isEmpty()) {
                throw new IllegalArgumentException("a union of no boxes contains no state");
            }
            int size = boxes.get(0).intervals().size();
            if (boxes.stream().anyMatch(b -> b.intervals().size() != size)) {
                throw new IllegalArgumentException("the boxes of a union have different numbers of intervals");
            }
        }
    }

    /** {@code min <= v <= max}, either side possibly open. */
    record Interval(OptionalLong min, OptionalLong max) {
    }
}
