package org.mips.autoencoders;

import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;

/**
 * The first steps of both finite-state finders: the trace's states clustered, and the machine the
 * clusters make of the trace.
 */
record ClusteredTrace(TraceStates states, Clusters clusters, ObservedMachine machine) {

    static Outcome<ClusteredTrace> of(HiddenTrace trace) {
        Outcome<TraceStates> valid = TraceStates.of(trace);
        if (valid instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = valid.toOptional().orElseThrow();
        Outcome<Clusters> clustered = Clustering.of(states.points(), states.sample(Clustering.SAMPLE));
        if (clustered instanceof Outcome.None<Clusters> none) {
            return Outcome.none(none.reason());
        }
        Clusters clusters = clustered.toOptional().orElseThrow();
        Outcome<ObservedMachine> machine = ObservedMachine.of(states, clusters.labels(), clusters.count());
        return machine.map(m -> new ClusteredTrace(states, clusters, m));
    }
}
