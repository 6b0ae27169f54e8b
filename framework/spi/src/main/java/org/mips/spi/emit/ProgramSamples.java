package org.mips.spi.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;

/** Seeded random input sequences for a program, drawn uniformly from each input's declared range. */
public final class ProgramSamples {

    private ProgramSamples() {
    }

    /**
     * {@code count} sequences cycling through {@code lengths}; the same arguments always give the
     * same sequences.
     */
    public static List<long[][]> random(Program program, int count, int[] lengths, long seed) {
        if (lengths.length == 0) {
            throw new IllegalArgumentException("no sequence lengths given");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Input> inputs = program.inputs();
        List<long[][]> samples = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            long[][] sequence = new long[lengths[n % lengths.length]][inputs.size()];
            for (long[] step : sequence) {
                for (int i = 0; i < step.length; i++) {
                    Input input = inputs.get(i);
                    step[i] = input.min() + random.nextLong(input.max() - input.min() + 1);
                }
            }
            samples.add(sequence);
        }
        return samples;
    }
}
