package org.mips.core.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.spi.task.Split;

/**
 * Whether a task's last output and its current input determine its next output, and if so, whether
 * every input permutes the outputs.
 *
 * <ul>
 *   <li><b>Recurrent</b>: {@code y_t = f(y_{t-1}, x_t)} for every step after the first, on a sample of
 *       the training split. The outputs then carry the whole state (a running minimum, a sum modulo k),
 *       so a network need not count symbols; a majority is not recurrent, its counts are the state.</li>
 *   <li><b>Permuting</b>: recurrent, and for every input the map {@code y -> f(y, x)} is a bijection of
 *       the outputs seen (a group acting on them, as a sum modulo k does). As raw numbers such outputs
 *       wrap around ({@code 4 + 1 = 0} modulo 5), which a scalar network must fold with a sawtooth; as
 *       symbols they are a permutation.</li>
 * </ul>
 */
final class OutputRecurrence {

    /** Sequences of the training split measured. */
    private static final int SAMPLE = 20_000;

    /**
     * What was found.
     *
     * @param outputs distinct output rows seen (0 when not recurrent)
     * @param inputs  distinct input rows seen after the first step (0 when not recurrent)
     */
    record Found(boolean recurrent, boolean permuting, int outputs, int inputs) {
    }

    private OutputRecurrence() {
    }

    static Found of(Split split) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        Map<List<Long>, Map<List<Long>, List<Long>>> maps = new HashMap<>(); // input -> (last output -> output)
        Set<List<Long>> outputs = new HashSet<>();
        for (int n = 0; n < count; n++) {
            List<Long> last = StepRows.outputs(split, n, 0);
            outputs.add(last);
            for (int t = 1; t < length; t++) {
                List<Long> output = StepRows.outputs(split, n, t);
                outputs.add(output);
                List<Long> known = maps.computeIfAbsent(StepRows.inputs(split, n, t), x -> new HashMap<>()).putIfAbsent(last, output);
                if (known != null && !known.equals(output)) {
                    return new Found(false, false, 0, 0);
                }
                last = output;
            }
        }
        boolean permuting = !maps.isEmpty() && outputs.size() > 1;
        for (Map<List<Long>, List<Long>> map : maps.values()) {
            permuting &= map.keySet().equals(outputs) && new HashSet<>(map.values()).equals(outputs);
        }
        return new Found(true, permuting, outputs.size(), maps.size());
    }
}
