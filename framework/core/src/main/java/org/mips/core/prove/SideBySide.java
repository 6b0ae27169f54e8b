package org.mips.core.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;

/**
 * The two machines run on the same random inputs over the specification's alphabet, their states
 * recorded in pairs after every step and at the start: the rows an abstraction function is fitted to.
 *
 * @param specification the specification's state at each recorded moment
 * @param program       the program's state at the same moments
 */
record SideBySide(List<long[]> specification, List<long[]> program) {

    static SideBySide run(Program spec, Program prog, int sequences, int length, long seed) {
        return run(spec, prog, inputs(spec, sequences, length, seed));
    }

    static SideBySide run(Program spec, Program prog, List<long[][]> sequences) {
        StepMachine s = new StepMachine(spec);
        StepMachine p = new StepMachine(prog);
        List<long[]> specStates = new ArrayList<>();
        List<long[]> progStates = new ArrayList<>();
        for (long[][] sequence : sequences) {
            long[] a = s.initial();
            long[] b = p.initial();
            specStates.add(a);
            progStates.add(b);
            for (long[] x : sequence) {
                a = s.step(a, x);
                b = p.step(b, x);
                specStates.add(a);
                progStates.add(b);
            }
        }
        return new SideBySide(specStates, progStates);
    }

    /** The random input sequences both machines run: {@code sequences} of {@code length} steps over the specification's alphabet. */
    static List<long[][]> inputs(Program spec, int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[][]> inputs = new ArrayList<>(sequences);
        for (int n = 0; n < sequences; n++) {
            long[][] sequence = new long[length][];
            for (int t = 0; t < length; t++) {
                sequence[t] = randomInput(spec, random);
            }
            inputs.add(sequence);
        }
        return inputs;
    }

    static long[] randomInput(Program spec, SplittableRandom random) {
        List<Input> inputs = spec.inputs();
        long[] x = new long[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextLong(inputs.get(i).min(), inputs.get(i).max() + 1);
        }
        return x;
    }
}
