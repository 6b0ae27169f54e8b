package org.mips.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.search.AccuracyText;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.stages.SearchStage;
import org.mips.core.store.RunStore;
import org.mips.core.train.TimingRecord;
import org.mips.core.train.TrainingRecord;
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
        if (threads < 0) {
            throw new UserException("--threads must not be negative");
        }
        Mips mips = root.mips(training.flags());
        Task task = mips.tasks().find(training.taskName);
        TrainingBackend backend = mips.registry().get(TrainingBackend.class, mips.configuration().get(SearchStage.BACKEND));
        RunStore store = RunStore.at(out != null ? out : Path.of("runs", task.id(), "train"));
        TrainingRequest request = TrainingOptions.request(mips.configuration(), mips.registry(), task, architecture, seed).withThreads(threads)
                .withStopWhenPerfect(!keepGoing);

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
            progress.update(evaluation.step(), request.steps(), Progress.format("step %,d/%,d  loss %.5f  accuracy %.5f  %,.0f steps/s",
                    evaluation.step(), request.steps(), evaluation.testLoss(), evaluation.accuracy(),
                    evaluation.step() / Math.max(seconds, 1e-9)));
        });
        long end = System.nanoTime();
        double seconds = (end - (loopStart[0] == 0 ? start : loopStart[0])) / 1e9;
        progress.finish();

        if (!result.network().encodings().equals(request.encodings())) {
            // A backend that does not know encodings trains a scalar network; writing it would pass it off as the one asked for.
            throw new UserException("backend '" + backend.id() + "' returned a network with encodings "
                    + result.network().encodings().describe() + ", not the requested " + request.encodings().describe()
                    + "; it does not support these encodings");
        }
        String stop = result.stop().name().toLowerCase(Locale.ROOT);
        store.write(RunArtifacts.NETWORK, result.network());
        store.write(RunArtifacts.TRAINING, new TrainingRecord(task.id(), backend.id(), architecture.toText(), seed, request.batchSize(),
                result.steps(), stop, result.perfectAtStep().isPresent() ? result.perfectAtStep().getAsInt() : null, result.bestAccuracy(),
                result.curve()));
        store.write(RunArtifacts.TIMING, new TimingRecord(seconds, result.steps() / seconds, (end - start) / 1e9 - seconds,
                backend.description()));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(Progress.format("%s %s seed %d: %s after %,d steps, best accuracy %s, %.1f s (%,.0f steps/s); wrote %s",
                task.id(), architecture.toText(), seed, result.perfect() ? "perfect at step " + result.perfectAtStep().getAsInt() : stop,
                result.steps(), AccuracyText.of(result.bestAccuracy()), seconds, result.steps() / seconds, store.directory()));
        return 0;
    }

    private Architecture parseArchitecture() {
        try {
            return Architecture.parse(arch);
        } catch (IllegalArgumentException e) {
            throw new UserException("--arch: " + e.getMessage());
        }
    }
}
