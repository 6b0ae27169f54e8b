package org.mips.autoencoders;

import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;

/**
 * The first steps of both finite-state finders: the trace's states clustered, and the machine the
 * clusters make of the trace. Two clusterings are tried (see {@link Clustering}): the gap-based one,
 * which keeps every discrete state apart, and the coarse-to-fine cuts, of which the first whose machine is
 * deterministic is kept, which finds modes that drift; {@code cutsFirst} says which comes first.
 */
record ClusteredTrace(TraceStates states, Clusters clusters, ObservedMachine machine) {

    static Outcome<ClusteredTrace> of(HiddenTrace trace, boolean cutsFirst) {
        Outcome<TraceStates> valid = TraceStates.of(trace);
        if (valid instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = valid.toOptional().orElseThrow();
        double[][] sample = states.sample(Clustering.SAMPLE);
        Outcome<ClusteredTrace> first = cutsFirst ? cuts(states, sample) : gap(states, sample);
        if (first instanceof Outcome.Found<ClusteredTrace>) {
            return first;
        }
        Outcome<ClusteredTrace> second = cutsFirst ? gap(states, sample) : cuts(states, sample);
        if (second instanceof Outcome.Found<ClusteredTrace>) {
            return second;
        }
        return Outcome.none(((Outcome.None<ClusteredTrace>) (cutsFirst ? second : first)).reason());
    }

    /** The coarsest cut whose machine is deterministic. */
    private static Outcome<ClusteredTrace> cuts(TraceStates states, double[][] sample) {
        SpanningTree tree = SpanningTree.of(sample);
        for (int k : Clustering.cutCounts(sample.length)) {
            Clusters cut = Clustering.cut(states.points(), sample, tree, k);
            if (cut != null) {
                Outcome<ObservedMachine> machine = ObservedMachine.of(states, cut.labels(), cut.count());
                if (machine instanceof Outcome.Found<ObservedMachine> found) {
                    return Outcome.found(new ClusteredTrace(states, cut, found.value()));
                }
            }
        }
        return Outcome.none("no cut of the states into 2 to " + Clustering.MAX_CLUSTERS + " clusters is a deterministic machine");
    }

    private static Outcome<ClusteredTrace> gap(TraceStates states, double[][] sample) {
        Outcome<Clusters> clustered = Clustering.of(states.points(), sample);
        if (clustered instanceof Outcome.None<Clusters> none) {
            return Outcome.none(none.reason());
        }
        Clusters clusters = clustered.toOptional().orElseThrow();
        Outcome<ObservedMachine> machine = ObservedMachine.of(states, clusters.labels(), clusters.count());
        return machine.map(m -> new ClusteredTrace(states, clusters, m));
    }
}
