package org.mips.tasks.data;

import java.util.Objects;

/**
 * The line of a data file each step of each sequence came from, so that a problem found after reading (two
 * rows that contradict each other) can still point into the file. A JSON Lines sequence is one line; a CSV
 * sequence is one row per step.
 *
 * @param lines       line numbers, counted from 1: one per sequence, or one per step of every sequence
 * @param perSequence how many lines a sequence has: 1, or its length
 */
public record SourceLines(long[] lines, int perSequence) {

    public SourceLines {
        Objects.requireNonNull(lines, "lines");
        if (perSequence < 0 || perSequence > 0 && lines.length % perSequence != 0) {
            throw new IllegalArgumentException(lines.length + " lines do not make sequences of " + perSequence);
        }
    }

    /** Lines not known (data made in memory): places are shown as sequence numbers. */
    public static SourceLines unknown() {
        return new SourceLines(new long[0], 0);
    }

    /** "line 7" for step {@code step} of sequence {@code sequence} (both from 0), or "sequence 3" when lines are not known. */
    public String of(int sequence, int step) {
        if (perSequence == 0) {
            return "sequence " + (sequence + 1);
        }
        return "line " + lines[perSequence == 1 ? sequence : sequence * perSequence + step];
    }
}
