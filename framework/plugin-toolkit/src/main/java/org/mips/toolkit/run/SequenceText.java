package org.mips.toolkit.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text every runnable emitted program's {@code main} reads from standard input and writes to
 * standard output, so that {@link org.mips.spi.emit.CodeEmitter#run} implementations and users drive it alike: one
 * sequence per line, steps separated by spaces, the values of one step separated by commas
 * ({@code 0,1 1,1 0,0}); an empty line is an empty sequence.
 */
public final class SequenceText {

    private SequenceText() {
    }

    public static String format(List<long[][]> sequences) {
        StringBuilder out = new StringBuilder();
        for (long[][] sequence : sequences) {
            out.append(Arrays.stream(sequence)
                    .map(step -> Arrays.stream(step).mapToObj(Long::toString).collect(Collectors.joining(",")))
                    .collect(Collectors.joining(" ")));
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Reads {@code lines} back as sequences of {@code width} values per step.
     *
     * @throws IllegalArgumentException naming the first line that does not have that shape
     */
    public static List<long[][]> parse(List<String> lines, int width) {
        List<long[][]> sequences = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            String[] steps = line.isEmpty() ? new String[0] : line.split("\\s+");
            long[][] sequence = new long[steps.length][];
            for (int t = 0; t < steps.length; t++) {
                String[] values = steps[t].split(",", -1);
                if (values.length != width) {
                    throw new IllegalArgumentException("line " + (n + 1) + ", step " + (t + 1) + ": expected "
                            + width + " comma-separated values but got '" + steps[t] + "'");
                }
                sequence[t] = new long[width];
                for (int k = 0; k < width; k++) {
                    try {
                        sequence[t][k] = Long.parseLong(values[k]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("line " + (n + 1) + ": '" + values[k] + "' is not an integer");
                    }
                }
            }
            sequences.add(sequence);
        }
        return sequences;
    }
}
