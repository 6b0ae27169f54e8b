package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * Each state coded by the output it emits: the machine remembers its last output. A running minimum or
 * maximum, the identity and other tasks whose state is what they print become {@code m' = f(m, x)},
 * {@code y = m}. The initial state, which emits nothing, takes the code of the state that reads every
 * input as it does ({@link MachineGraph#initialTwin}: Min_Seen starts as if it had seen the largest digit).
 */
@Extension
public final class LastOutputNumbering implements StateNumbering {

    @Override
    public String id() {
        return "last-output";
    }

    @Override
    public String description() {
        return "States as the output they emit: the last output remembered";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        List<List<Long>> codes = new ArrayList<>();
        for (int s = 0; s < graph.size(); s++) {
            codes.add(graph.output(s));
        }
        if (codes.get(0) == null) {
            int twin = graph.initialTwin();
            if (twin < 0) {
                return Outcome.none("the initial state emits nothing and reads its inputs unlike every other state");
            }
            codes.set(0, codes.get(twin));
        }
        for (int s = 1; s < graph.size(); s++) {
            if (codes.get(s) == null) {
                return Outcome.none("state " + graph.state(s) + " emits nothing");
            }
        }
        int width = codes.get(0).size();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            names.add(width == 1 ? "m" : "m" + k);
        }
        return Codes.apply(graph, codes, names);
    }
}
