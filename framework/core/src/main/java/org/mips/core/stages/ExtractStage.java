package org.mips.core.stages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mips.core.extract.Candidate;
import org.mips.core.extract.Codebook;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.extract.Extraction;
import org.mips.core.extract.Extractor;
import org.mips.core.extract.HiddenStatePicture;
import org.mips.core.extract.HiddenTraces;
import org.mips.core.extract.MachineCandidates;
import org.mips.core.extract.MachineReplay;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.SequenceBatch;
import org.pf4j.Extension;

/**
 * Finds the discrete variables in the simplified network's hidden states (reference section 5): records
 * every transition of sampled training sequences, runs the detectors, keeps the deterministic machine with
 * the smallest description length, and replays it beside the network on held-out sequences. Stops the run
 * when no detector yields a deterministic machine.
 */
@Extension
public final class ExtractStage implements Stage {

    public static final Setting<List<String>> DETECTORS = Setting.list("extract.detectors", List.of(),
            "detector ids to try; empty: every installed one");
    public static final Setting<Integer> TRACE_SEQUENCES = Setting.integer("extract.trace-sequences", 2000, 1, Integer.MAX_VALUE,
            "training sequences whose every step goes into the trace");
    public static final Setting<Integer> REPLAY_SEQUENCES = Setting.integer("extract.replay-sequences", 10_000, 1, Integer.MAX_VALUE,
            "held-out sequences the machine is replayed on beside the network");
    public static final Setting<Duration> DETECTOR_TIME_LIMIT = Setting.duration("extract.detector-time-limit", Duration.ofMinutes(2),
            "how long one detector may run before it is abandoned");

    @Override
    public String id() {
        return BuiltInStages.EXTRACT;
    }

    @Override
    public String description() {
        return "Finds the state machine in the network's hidden states with the representation detectors.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.SIMPLIFY);
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.SIMPLIFIED);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.EXTRACT, RunArtifacts.REPRESENTATION, RunArtifacts.MACHINE, RunArtifacts.MACHINES);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(DETECTORS, TRACE_SEQUENCES, REPLAY_SEQUENCES, DETECTOR_TIME_LIMIT);
    }

    /**
     * Every detector at its time limit (the configured ones, or as many as are bundled), with room for the
     * trace and the replay.
     */
    @Override
    public Duration deadline(Settings settings) {
        int detectors = settings.get(DETECTORS).isEmpty() ? BUNDLED_DETECTORS : settings.get(DETECTORS).size();
        return settings.get(DETECTOR_TIME_LIMIT).multipliedBy(detectors).plus(Duration.ofMinutes(5));
    }

    /** The detectors the distribution bundles: linear-lattice, gcd-lattice, boolean, cluster, io-state. */
    private static final int BUNDLED_DETECTORS = 5;

    @Override
    public void check(Settings settings, Components components) {
        if (detectors(components, settings).isEmpty()) {
            throw new IllegalStateException("no representation detector is installed (is the plugins directory right?)");
        }
    }

    @Override
    public String summary(StageContext context) {
        return "detectors " + String.join(",", detectors(context.components(), context.settings()).stream()
                .map(RepresentationDetector::id).toList());
    }

    /** The configured detectors, or every installed one, in id order (which decides ties). */
    static List<RepresentationDetector> detectors(Components components, Settings settings) {
        List<String> ids = settings.get(DETECTORS);
        if (ids.isEmpty()) {
            return Extractor.ordered(components.all(RepresentationDetector.class));
        }
        List<RepresentationDetector> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(components.get(RepresentationDetector.class, id));
        }
        return chosen;
    }

    @Override
    public StageOutcome run(StageContext context) {
        Settings settings = context.settings();
        String task = context.task().id();
        List<RepresentationDetector> detectors = detectors(context.components(), settings);
        Network network = context.artifacts().read(RunArtifacts.SIMPLIFIED);
        SequenceBatch train = context.dataset().train().x();
        SequenceBatch sample = train.slice(0, Math.min(settings.get(TRACE_SEQUENCES), train.count()));
        HiddenTrace trace = HiddenTraces.record(network, sample);
        context.publish(new StageEvents.TraceRecorded(task, trace.rows(), sample.count(), detectors.stream().map(RepresentationDetector::id).toList()));
        Extraction extraction = new Extractor(settings.get(DETECTOR_TIME_LIMIT)).run(trace, detectors,
                candidate -> context.publish(new StageEvents.DetectorFinished(candidate)));
        if (extraction.machine().isEmpty()) {
            context.artifacts().write(RunArtifacts.EXTRACT, new ExtractRecord(task, trace.rows(), extraction.candidates(), null,
                    extraction.whyNone(), null));
            return StageOutcome.stopped("no deterministic state machine: " + extraction.whyNone());
        }
        Representation representation = extraction.representation().orElseThrow();
        StateMachine machine = extraction.machine().orElseThrow();
        SequenceBatch heldOut = context.dataset().test().x();
        SequenceBatch held = heldOut.slice(0, Math.min(settings.get(REPLAY_SEQUENCES), heldOut.count()));
        MachineReplay replay = MachineReplay.run(machine, network, held);
        context.artifacts().write(RunArtifacts.REPRESENTATION, Codebook.of(representation, machine));
        context.artifacts().write(RunArtifacts.MACHINE, machine);
        context.artifacts().write(RunArtifacts.MACHINES, new MachineCandidates(task, extraction.machines()));
        context.artifacts().writeText(RunArtifacts.HIDDEN_STATES, HiddenStatePicture.svg(
                task + ": hidden states by " + representation.detector() + " state", trace, representation, machine));
        context.artifacts().write(RunArtifacts.EXTRACT, new ExtractRecord(task, trace.rows(), extraction.candidates(),
                representation.detector(), "", replay));
        Candidate chosen = extraction.candidates().stream().filter(c -> c.status() == Candidate.Status.CHOSEN).findFirst().orElseThrow();
        context.log(String.format(Locale.ROOT, "%s: %s representation, variables %s, %d states, %d transitions, description length %.4f bits; "
                        + "replay on %,d held-out sequences: %s", task, representation.detector(), representation.variables(),
                chosen.states(), machine.transitions().size(), representation.descriptionLength(), replay.sequences(),
                replay.passed() ? "agrees with the network" : replay.agreeing() + " agree; " + replay.disagreement()));
        return StageOutcome.done();
    }
}
