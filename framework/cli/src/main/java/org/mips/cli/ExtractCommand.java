package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.extract.Candidate;
import org.mips.core.extract.Codebook;
import org.mips.core.extract.Extraction;
import org.mips.core.extract.Extractor;
import org.mips.core.extract.HiddenStatePicture;
import org.mips.core.extract.HiddenTraces;
import org.mips.core.extract.MachineReplay;
import org.mips.core.io.AtomicFiles;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.search.Durations;
import org.mips.spi.network.Network;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
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

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "FILE", description = "A network (simplified.json or network.json).")
    Path network;

    @Option(names = "--task", paramLabel = "ID",
            description = "The task (default: read from training.json, search.json or simplify.json beside the network).")
    String taskName;

    @Option(names = "--detectors", split = ",", paramLabel = "ID",
            description = "Detector ids to try (default: every installed one); 'mips plugins' lists them.")
    List<String> detectorIds;

    @Option(names = "--sequences", paramLabel = "N", defaultValue = "2000",
            description = "Training sequences whose every step goes into the trace (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--replay", paramLabel = "N", defaultValue = "10000",
            description = "Held-out sequences the machine is replayed on beside the network (default: ${DEFAULT-VALUE}).")
    int replaySequences;

    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "2m",
            description = "How long one detector may run before it is abandoned (default: ${DEFAULT-VALUE}).")
    String timeLimit;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the network's directory).")
    Path out;

    @Override
    public Integer call() {
        Duration limit;
        try {
            limit = Durations.parse(timeLimit);
        } catch (IllegalArgumentException e) {
            throw new UserException("--time-limit: " + e.getMessage());
        }
        if (sequences < 1 || replaySequences < 1) {
            throw new UserException("--sequences and --replay must be at least 1");
        }
        Network net = JsonArtifacts.read(network, Network.class);
        Task task = root.mips().tasks().find(taskName != null ? taskName : RunFiles.taskBeside(network));
        List<RepresentationDetector> detectors = detectors();
        root.warnAboutSkippedPlugins();
        Dataset data = task.dataset(Task.STANDARD_DATA_SEED);
        if (data.inputDimension() != net.inputDim() || data.outputDimension() != net.outputDim()) {
            throw new UserException(network + ": the network has " + net.inputDim() + " inputs and " + net.outputDim()
                    + " outputs but " + task.id() + " has " + data.inputDimension() + " and " + data.outputDimension());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        SequenceBatch sample = data.train().x().slice(0, Math.min(sequences, data.train().count()));
        HiddenTrace trace = HiddenTraces.record(net, sample);
        stdout.println(format("%s: extracting from %s (%s): %,d transitions of %,d training sequences, detectors %s",
                task.id(), network, net.architecture().toText(), trace.rows(), sample.count(),
                String.join(",", detectors.stream().map(RepresentationDetector::id).toList())));
        stdout.println(format("%-16s %-17s %7s %9s  %s", "DETECTOR", "RESULT", "STATES", "DL (BITS)", "VARIABLES / REASON"));
        Extraction extraction = new Extractor(limit).run(trace, detectors, c -> {
            stdout.println(line(c));
            stdout.flush();
        });
        Path dir = out != null ? out : network.toAbsolutePath().getParent();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task.id());
        record.put("traceRows", trace.rows());
        record.put("candidates", extraction.candidates());
        try {
            if (extraction.machine().isEmpty()) {
                record.put("chosen", null);
                record.put("reason", extraction.whyNone());
                JsonArtifacts.write(dir.resolve("extract.json"), record);
                stdout.println(format("%s: no representation: %s; wrote %s", task.id(), extraction.whyNone(), dir.resolve("extract.json")));
                return 0;
            }
            Representation representation = extraction.representation().orElseThrow();
            StateMachine machine = extraction.machine().orElseThrow();
            SequenceBatch held = data.test().x().slice(0, Math.min(replaySequences, data.test().count()));
            MachineReplay replay = MachineReplay.run(machine, net, held);
            record.put("chosen", representation.detector());
            record.put("replay", replay);
            JsonArtifacts.write(dir.resolve("representation.json"), Codebook.of(representation, machine));
            JsonArtifacts.write(dir.resolve("machine.json"), machine);
            JsonArtifacts.write(dir.resolve("extract.json"), record);
            AtomicFiles.write(dir.resolve("hidden-states.svg"), HiddenStatePicture.svg(
                    task.id() + ": hidden states by " + representation.detector() + " state", trace, representation, machine));
            Candidate chosen = extraction.candidates().stream().filter(c -> c.status() == Candidate.Status.CHOSEN).findFirst().orElseThrow();
            stdout.println(format("%s: %s representation, variables %s, %d states, %d transitions, description length %.4f bits; "
                            + "replay on %,d held-out sequences: %s", task.id(), representation.detector(), representation.variables(),
                    chosen.states(), machine.transitions().size(), representation.descriptionLength(), replay.sequences(),
                    replay.passed() ? "agrees with the network" : replay.agreeing() + " agree; " + replay.disagreement()));
            stdout.println("wrote " + dir.resolve("representation.json") + ", " + dir.resolve("machine.json") + ", "
                    + dir.resolve("extract.json") + ", " + dir.resolve("hidden-states.svg"));
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        return 0;
    }

    private List<RepresentationDetector> detectors() {
        if (detectorIds == null) {
            List<RepresentationDetector> all = root.mips().registry().all(RepresentationDetector.class);
            if (all.isEmpty()) {
                throw new UserException("no representation detector is installed (is the plugins directory right?)");
            }
            return Extractor.ordered(all);
        }
        List<RepresentationDetector> chosen = new ArrayList<>();
        for (String id : detectorIds) {
            chosen.add(root.mips().registry().get(RepresentationDetector.class, id.trim()));
        }
        return chosen;
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
