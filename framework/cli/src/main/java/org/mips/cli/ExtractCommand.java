package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.extract.Candidate;
import org.mips.core.extract.ExtractArtifacts;
import org.mips.core.extract.Extraction;
import org.mips.core.extract.Extractor;
import org.mips.core.extract.HiddenTraces;
import org.mips.core.extract.MachineReplay;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.SequenceBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips extract}: finds the discrete variables a network's hidden states encode and its state machine. */
@Command(name = "extract",
        description = {"Find the discrete variables in a network's hidden states (integer lattices, bits, clusters; "
                + "reference section 5) and the finite state machine it implements.",
                "Records the hidden states at every step of sampled training sequences, runs every detector, keeps the "
                        + "deterministic machine with the smallest description length, replays it beside the network on "
                        + "held-out sequences, and writes representation.json, machine.json, extract.json and "
                        + "hidden-states.svg."})
final class ExtractCommand implements Callable<Integer> {

    static final int TRACE_SEQUENCES = 2000;
    static final int REPLAY_SEQUENCES = 10_000;

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    NetworkOptions input;

    @Option(names = "--detectors", split = ",", paramLabel = "ID",
            description = "Detector ids to try (default: every installed one); 'mips plugins' lists them.")
    List<String> detectorIds;

    @Option(names = "--sequences", paramLabel = "N", defaultValue = "" + TRACE_SEQUENCES,
            description = "Training sequences whose every step goes into the trace (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--replay", paramLabel = "N", defaultValue = "" + REPLAY_SEQUENCES,
            description = "Held-out sequences the machine is replayed on beside the network (default: ${DEFAULT-VALUE}).")
    int replaySequences;

    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "2m",
            description = "How long one detector may run before it is abandoned (default: ${DEFAULT-VALUE}).")
    String timeLimit;

    /** What the stage found: the machine, or null with the reason printed. */
    record Result(StateMachine machine, List<Path> written) {
    }

    @Override
    public Integer call() {
        Duration limit = NetworkOptions.duration("--time-limit", timeLimit);
        if (sequences < 1 || replaySequences < 1) {
            throw new UserException("--sequences and --replay must be at least 1");
        }
        NetworkOptions.Loaded loaded = input.load(root.mips());
        List<RepresentationDetector> detectors = detectors();
        root.warnAboutSkippedPlugins();
        PrintWriter stdout = spec.commandLine().getOut();
        Path dir = input.outDir();
        try {
            Result result = run(loaded, detectors, sequences, replaySequences, limit, dir, stdout, "");
            stdout.println("wrote " + String.join(", ", result.written().stream().map(Path::toString).toList()));
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        return 0;
    }

    /** The stage on {@code loaded}: trace, detectors, machine, replay, artifacts; a line per step on {@code out}. */
    static Result run(NetworkOptions.Loaded loaded, List<RepresentationDetector> detectors, int sequences, int replaySequences,
            Duration limit, Path dir, PrintWriter out, String indent) {
        String task = loaded.task().id();
        SequenceBatch sample = loaded.data().train().x().slice(0, Math.min(sequences, loaded.data().train().count()));
        HiddenTrace trace = HiddenTraces.record(loaded.network(), sample);
        out.println(indent + format("%s: %,d transitions of %,d training sequences, detectors %s", task, trace.rows(), sample.count(),
                String.join(",", detectors.stream().map(RepresentationDetector::id).toList())));
        out.println(indent + format("%-16s %-17s %7s %9s  %s", "DETECTOR", "RESULT", "STATES", "DL (BITS)", "VARIABLES / REASON"));
        Extraction extraction = new Extractor(limit).run(trace, detectors, c -> {
            out.println(indent + line(c));
            out.flush();
        });
        if (extraction.machine().isEmpty()) {
            List<Path> written = ExtractArtifacts.write(dir, task, trace, extraction, null);
            out.println(format("%s: no representation: %s", task, extraction.whyNone()));
            return new Result(null, written);
        }
        Representation representation = extraction.representation().orElseThrow();
        StateMachine machine = extraction.machine().orElseThrow();
        SequenceBatch held = loaded.data().test().x().slice(0, Math.min(replaySequences, loaded.data().test().count()));
        MachineReplay replay = MachineReplay.run(machine, loaded.network(), held);
        List<Path> written = ExtractArtifacts.write(dir, task, trace, extraction, replay);
        Candidate chosen = extraction.candidates().stream().filter(c -> c.status() == Candidate.Status.CHOSEN).findFirst().orElseThrow();
        out.println(indent + format("%s: %s representation, variables %s, %d states, %d transitions, description length %.4f bits; "
                        + "replay on %,d held-out sequences: %s", task, representation.detector(), representation.variables(),
                chosen.states(), machine.transitions().size(), representation.descriptionLength(), replay.sequences(),
                replay.passed() ? "agrees with the network" : replay.agreeing() + " agree; " + replay.disagreement()));
        return new Result(machine, written);
    }

    private List<RepresentationDetector> detectors() {
        if (detectorIds == null) {
            return installed(root.mips().registry().all(RepresentationDetector.class));
        }
        List<RepresentationDetector> chosen = new ArrayList<>();
        for (String id : detectorIds) {
            chosen.add(root.mips().registry().get(RepresentationDetector.class, id.trim()));
        }
        return chosen;
    }

    /** Every installed detector in id order, or one line saying there is none. */
    static List<RepresentationDetector> installed(List<RepresentationDetector> all) {
        if (all.isEmpty()) {
            throw new UserException("no representation detector is installed (is the plugins directory right?)");
        }
        return Extractor.ordered(all);
    }

    private static String line(Candidate c) {
        String detail = c.status() == Candidate.Status.CHOSEN || c.status() == Candidate.Status.LONGER && c.reason().isEmpty()
                ? c.variables().toString() : c.reason();
        return format("%-16s %-17s %7s %9s  %s", c.detector(), c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                c.states() == 0 ? "" : Integer.toString(c.states()),
                Double.isNaN(c.descriptionLength()) ? "" : format("%.4f", c.descriptionLength()), detail);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
