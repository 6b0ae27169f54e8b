package org.mips.core.search;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.task.Split;

/** One step of a split's sequence as a tuple of its column values, for the survey's measurements that key maps by steps. */
final class StepRows {

    private StepRows() {
    }

    /** The input values of sequence {@code n} at step {@code t}. */
    static List<Long> inputs(Split split, int n, int t) {
        List<Long> values = new ArrayList<>(split.x().dimension());
        for (int i = 0; i < split.x().dimension(); i++) {
            values.add(split.x().get(n, t, i));
        }
        return List.copyOf(values);
    }

    /** The output values of sequence {@code n} at step {@code t}. */
    static List<Long> outputs(Split split, int n, int t) {
        List<Long> values = new ArrayList<>(split.y().dimension());
        for (int o = 0; o < split.y().dimension(); o++) {
            values.add(split.y().get(n, t, o));
        }
        return List.copyOf(values);
    }
}
