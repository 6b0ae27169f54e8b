package org.mips.autoencoders;

import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * Any finite set of states: clusters the hidden states (as many clusters as the data's gap in distances
 * says), reads the trace as a Moore machine over the clusters, and minimises it, so that clusters the
 * network treats alike (same outputs, equivalent successors) become one state. The start state
 * {@code h = 0}, whose output is never observed, joins the nearest state it is compatible with, or stays
 * a state of its own. The one variable is the minimised state's number, 0 for the class of the first
 * state of the trace.
 */
@Extension
public final class ClusterDetector implements RepresentationDetector {

    @Override
    public String id() {
        return "cluster";
    }

    @Override
    public String description() {
        return "Finite machine: clusters of hidden states with the number of clusters from the data, then minimised";
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    private Outcome<MachineStates> find(HiddenTrace trace) {
        Outcome<ClusteredTrace> clustered = ClusteredTrace.of(trace, true);
        if (clustered instanceof Outcome.None<ClusteredTrace> none) {
            return Outcome.none(none.reason());
        }
        ClusteredTrace found = clustered.toOptional().orElseThrow();
        ObservedMachine machine = found.machine();
        Clusters clusters = found.clusters();
        int[] classes = MachineMinimisation.moore(machine);
        classes = MachineMinimisation.attachUnseen(machine, classes, clusters.centres(), true);
        int count = MachineMinimisation.count(classes);
        double[][] representatives = new double[count][];
        int[] chosen = new int[count];
        for (int c = 0; c < classes.length; c++) {
            int k = classes[c];
            if (representatives[k] == null || better(machine, clusters, c, chosen[k])) {
                representatives[k] = clusters.centres()[c];
                chosen[k] = c;
            }
        }
        MachineStates states = new MachineStates(id(), clusters.centres(), classes, representatives, Double.NaN);
        return Consistency.scored(states, found.states(), states::withDescriptionLength,
                "the " + count + "-state machine");
    }

    /**
     * Whether cluster a stands for its class better than b: a state the network moves into beats the
     * start state, then the larger cluster, then the first.
     */
    private static boolean better(ObservedMachine machine, Clusters clusters, int a, int b) {
        boolean aSeen = machine.output()[a] != ObservedMachine.UNSEEN;
        boolean bSeen = machine.output()[b] != ObservedMachine.UNSEEN;
        if (aSeen != bSeen) {
            return aSeen;
        }
        return clusters.sizes()[a] > clusters.sizes()[b];
    }
}
