package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * A lattice's coordinates normalised: each variable shifted so that the initial state is 0, and negated
 * when its values lie mostly below 0. A lattice detector reads coordinates off the hidden space with
 * whatever offset and sign the network chose, and a formula then carries them as constants
 * ({@code digit + 3}); normalised, the same machine regresses without them.
 */
@Extension
public final class OffsetNumbering implements StateNumbering {

    @Override
    public String id() {
        return "offset";
    }

    @Override
    public String description() {
        return "Each variable shifted so the initial state is 0, and negated when mostly negative";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        int width = machine.variables().size();
        long[] offset = new long[width];
        long[] sign = new long[width];
        boolean changes = false;
        for (int v = 0; v < width; v++) {
            offset[v] = machine.initial().get(v);
            long below = 0;
            long above = 0;
            for (int s = 0; s < graph.size(); s++) {
                long value = graph.state(s).get(v) - offset[v];
                below = Math.min(below, value);
                above = Math.max(above, value);
            }
            sign[v] = -below > above ? -1 : 1;
            changes |= offset[v] != 0 || sign[v] < 0;
        }
        if (!changes) {
            return Outcome.none("the initial state is already 0 and no variable is mostly negative");
        }
        List<List<Long>> codes = new ArrayList<>();
        for (int s = 0; s < graph.size(); s++) {
            List<Long> code = new ArrayList<>();
            for (int v = 0; v < width; v++) {
                code.add(sign[v] * (graph.state(s).get(v) - offset[v]));
            }
            codes.add(code);
        }
        return Codes.apply(graph, codes, machine.variables());
    }
}
