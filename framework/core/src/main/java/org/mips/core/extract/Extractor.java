package org.mips.core.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.mips.core.pipeline.TimeLimited;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;

/**
 * Runs every detector on a trace and keeps the best representation (reference section 5.3): among those
 * whose machine is deterministic on the trace, the one with the smallest description length (ties go to
 * the detector listed first). A last-resort detector's ({@link RepresentationDetector#lastResort}) is
 * chosen only when no other detector's machine is deterministic. Each detector runs with a time limit on its own thread, so one that fails
 * or hangs only loses its own candidacy.
 */
public final class Extractor {

    private final Duration timeLimit;

    public Extractor(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public Extraction run(HiddenTrace trace, List<RepresentationDetector> detectors, Consumer<Candidate> progress) {
        List<Candidate> candidates = new ArrayList<>();
        List<MachineCandidates.Entry> machines = new ArrayList<>();
        Representation best = null;
        StateMachine bestMachine = null;
        int bestIndex = -1;
        Representation fallback = null;
        StateMachine fallbackMachine = null;
        int fallbackIndex = -1;
        for (RepresentationDetector detector : detectors) {
            Candidate candidate;
            try {
                Outcome<Representation> outcome = TimeLimited.call("mips-detector-" + detector.id(), () -> detector.detect(trace), timeLimit);
                if (outcome instanceof Outcome.None<Representation> none) {
                    candidate = new Candidate(detector.id(), Candidate.Status.NONE, none.reason(), List.of(), 0, Double.NaN);
                } else {
                    Representation found = ((Outcome.Found<Representation>) outcome).value();
                    Outcome<StateMachine> machine = MachineBuilder.build(found, trace);
                    if (machine instanceof Outcome.Found<StateMachine> built) {
                        StateMachine m = built.value();
                        machines.add(new MachineCandidates.Entry(detector.id(), m));
                        candidate = new Candidate(detector.id(), Candidate.Status.LONGER, "", found.variables(), states(m),
                                found.descriptionLength());
                        if (detector.lastResort()) {
                            if (fallback == null || found.descriptionLength() < fallback.descriptionLength()) {
                                fallback = found;
                                fallbackMachine = m;
                                fallbackIndex = candidates.size();
                            }
                        } else if (best == null || found.descriptionLength() < best.descriptionLength()) {
                            best = found;
                            bestMachine = m;
                            bestIndex = candidates.size();
                        }

                    } else {
                        candidate = new Candidate(detector.id(), Candidate.Status.NOT_DETERMINISTIC,
                                ((Outcome.None<StateMachine>) machine).reason(), found.variables(), 0, found.descriptionLength());
                    }
                }
            } catch (TimeoutException | ExecutionException e) {
                candidate = new Candidate(detector.id(), Candidate.Status.FAILED, TimeLimited.describe(e, timeLimit), List.of(), 0,
                        Double.NaN);
            }
            candidates.add(candidate);
        }
        String setAside = best == null ? "" : "a last resort, set aside: " + candidates.get(bestIndex).detector() + " found a machine";
        if (best == null && fallback != null) {
            best = fallback;
            bestMachine = fallbackMachine;
            bestIndex = fallbackIndex;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (i == bestIndex) {
                candidates.set(i, new Candidate(c.detector(), Candidate.Status.CHOSEN, "", c.variables(), c.states(), c.descriptionLength()));
            } else if (c.status() == Candidate.Status.LONGER && detectors.get(i).lastResort() && !setAside.isEmpty()) {
                candidates.set(i, new Candidate(c.detector(), Candidate.Status.SET_ASIDE, setAside, c.variables(), c.states(), c.descriptionLength()));
            } else if (c.status() == Candidate.Status.LONGER) {
                candidates.set(i, new Candidate(c.detector(), c.status(), String.format(java.util.Locale.ROOT,
                        "description length %.6f, more than %.6f", c.descriptionLength(), best.descriptionLength()),
                        c.variables(), c.states(), c.descriptionLength()));
            }
        }
        candidates.forEach(progress);
        // The chosen machine first, the others in the detectors' order (the sort is stable).
        String chosen = bestIndex < 0 ? "" : candidates.get(bestIndex).detector();
        machines.sort(Comparator.comparing(entry -> !entry.detector().equals(chosen)));
        return new Extraction(candidates, Optional.ofNullable(best), Optional.ofNullable(bestMachine), machines);
    }

    /** A machine's distinct states: its initial state and every state a transition leaves or enters. */
    public static int states(StateMachine machine) {
        Set<List<Long>> states = new HashSet<>();
        states.add(machine.initial());
        machine.transitions().forEach(t -> {
            states.add(t.state());
            states.add(t.next());
        });
        return states.size();
    }

    /** The detectors in a stable order: by id, so that ties in description length are decided reproducibly. */
    public static List<RepresentationDetector> ordered(List<RepresentationDetector> detectors) {
        List<RepresentationDetector> sorted = new ArrayList<>(detectors);
        sorted.sort(Comparator.comparing(RepresentationDetector::id));
        return sorted;
    }
}
