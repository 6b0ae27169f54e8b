package org.mips.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips train}: trains one architecture on a task's standard dataset. */
@Command(name = "train",
        description = {"Train one network on a task's standard dataset (the paper's data, seed 42) and write "
                + "network.json, training.json (the evaluation curve) and timing.json to the output directory.",
                "Training stops at the first evaluation whose rounded outputs match every target of the whole "
                        + "test split, unless --keep-going is given."})
final class TrainCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Option(names = "--arch", paramLabel = "n,Lh,wh,Lo,wo", defaultValue = "4,2,16,1,0",
            description = "Hidden size, transition depth and width, readout depth and width (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--seed", defaultValue = "0", description = "Initialisation and batch-order seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Threads; 0 for every core (default). Results do not depend on it.")
    int threads;

    @Option(names = "--keep-going", description = "Train every step even after a perfect evaluation.")
    boolean keepGoing;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<task>/train).")
    Path out;

    @Override
    public Integer call() {
        Architecture architecture = parseArchitecture();
        Task task = training.task(root.mips());
        if (threads < 0) {
            throw new UserException("--threads must not be negative");
        }
        TrainingBackend backend = training.backend(root.mips());
        PrintWriter stdout = spec.commandLine().getOut();
        int total = training.steps(task);
        TrainingRequest request = training.request(task, architecture, seed).withThreads(threads).withStopWhenPerfect(!keepGoing);

        Progress progress = new Progress(spec.commandLine().getErr());
        long start = System.nanoTime();
        // The loop is timed from the first evaluation, after the backend's one-off setup (e.g. copying
        // the million sequences), as the PyTorch reference times its loop without its data loading.
        long[] loopStart = {0};
        TrainingResult result = backend.train(request, evaluation -> {
            long now = System.nanoTime();
            if (evaluation.step() == 0) {
                loopStart[0] = now;
            }
            double seconds = (now - loopStart[0]) / 1e9;
            progress.update(evaluation.step(), total, Progress.format("step %,d/%,d  loss %.5f  accuracy %.5f  %,.0f steps/s",
                    evaluation.step(), total, evaluation.testLoss(), evaluation.accuracy(), evaluation.step() / Math.max(seconds, 1e-9)));
        });
        long end = System.nanoTime();
        double seconds = (end - (loopStart[0] == 0 ? start : loopStart[0])) / 1e9;
        progress.finish();

        Path dir = out != null ? out : Path.of("runs", task.id(), "train");
        JsonArtifacts.write(dir.resolve("network.json"), result.network());
        JsonArtifacts.write(dir.resolve("training.json"), record(task, architecture, result));
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("seconds", seconds);
        timing.put("stepsPerSecond", result.steps() / seconds);
        timing.put("setupSeconds", (end - start) / 1e9 - seconds);
        timing.put("backend", backend.description());
        JsonArtifacts.write(dir.resolve("timing.json"), timing);
        stdout.println(Progress.format("%s %s seed %d: %s after %,d steps, best accuracy %.6f, %.1f s (%,.0f steps/s); wrote %s",
                task.id(), architecture.toText(), seed,
                result.perfect() ? "perfect at step " + result.perfectAtStep().getAsInt() : result.stop().name().toLowerCase(),
                result.steps(), result.bestAccuracy(), seconds, result.steps() / seconds, dir));
        return 0;
    }

    private Architecture parseArchitecture() {
        try {
            return Architecture.parse(arch);
        } catch (IllegalArgumentException e) {
            throw new UserException("--arch: " + e.getMessage());
        }
    }

    private Map<String, Object> record(Task task, Architecture architecture, TrainingResult result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", 1);
        fields.put("task", task.id());
        fields.put("backend", training.backendId);
        fields.put("architecture", architecture.toText());
        fields.put("seed", seed);
        fields.put("batch", training.batch);
        fields.put("steps", result.steps());
        fields.put("stop", result.stop().name().toLowerCase());
        fields.put("perfectAtStep", result.perfectAtStep().isPresent() ? result.perfectAtStep().getAsInt() : null);
        fields.put("bestAccuracy", result.bestAccuracy());
        fields.put("curve", result.curve());
        return fields;
    }
}
