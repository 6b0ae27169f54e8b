package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.io.AtomicFiles;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;
import org.mips.tasks.data.JsonLinesWriter;
import org.mips.tasks.data.UserData;
import org.mips.tasks.data.UserData.OnContradiction;
import org.mips.tasks.data.UserDataTask;
import org.mips.tasks.data.UserDataset;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips data}: write a task's data as JSON Lines, or check a user's data file. */
@Command(name = "data",
        description = {"Write a task's data to a JSON Lines file, or check a data file of your own.",
                "Without --n, --task writes the task's standard dataset (the paper's 1,000,000 sequences, "
                        + "training rows first); with --n or --length it writes fresh sequences.",
                "Data formats: docs/data-formats.md."})
final class DataCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--task", paramLabel = "ID", description = "Task id or alias (see 'mips tasks').")
        String task;

        @Option(names = "--check", paramLabel = "FILE", description = "Validate a .jsonl or .csv file and print its shape.")
        Path check;
    }

    @Option(names = "--n", paramLabel = "N", description = "Number of fresh sequences to generate.")
    Integer count;

    @Option(names = "--length", paramLabel = "T", description = "Steps per sequence (default: the task's length).")
    Integer length;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--majority", description = "With --check: where sequences with the same inputs up to a step have different outputs "
            + "there, report the most common output kept instead of refusing the file.")
    boolean majority;

    @Option(names = "--out", paramLabel = "FILE", description = "JSON Lines file to write (with --task).")
    Path out;

    @Override
    public Integer call() {
        return mode.check != null ? check(mode.check) : write(root.mips().tasks().find(mode.task));
    }

    private int write(Task task) {
        if (out == null) {
            throw new UserException("--task " + task.id() + ": give --out FILE.jsonl to say where to write");
        }
        if ((count != null && count < 1) || (length != null && length < 1)) {
            throw new UserException("--n and --length must be at least 1");
        }
        Split data;
        if (count == null && length == null) {
            Dataset dataset = task.dataset(seed);
            data = concat(dataset.train(), dataset.test());
        } else {
            Task.Generator generator = task.generator().orElseThrow(() ->
                    new UserException("task " + task.id() + " cannot generate fresh sequences; omit --n and --length"));
            data = generator.generate(count == null ? 1000 : count, length == null ? task.sequenceLength() : length, seed);
        }
        Split written = data;
        try {
            AtomicFiles.write(out, writer -> JsonLinesWriter.write(writer, written.x(), written.y()));
        } catch (UncheckedIOException e) {
            throw new UserException("--out: " + e.getMessage());
        }
        spec.commandLine().getOut().printf("wrote %,d sequences of %d steps of %s to %s%n",
                data.count(), data.x().length(), task.id(), out);
        return 0;
    }

    private int check(Path file) {
        UserDataset data = UserData.read(file, majority ? OnContradiction.MAJORITY : OnContradiction.REFUSE);
        UserDataTask task = new UserDataTask(data);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%s: %s, %,d sequences of %d steps%n", file, data.format().id(), data.count(), data.length());
        stdout.printf("  inputs:  %d per step, %d..%d%n", data.inputDimension(), data.xMin(), data.xMax());
        stdout.printf("  outputs: %d per step, %d..%d%n", data.outputDimension(), data.yMin(), data.yMax());
        stdout.printf("  split:   %,d train / %,d test (fraction %.2f, seeded shuffle)%n",
                task.trainCount(), data.count() - task.trainCount(), task.trainFraction());
        if (!data.changes().isEmpty()) {
            stdout.printf("  changes: %s%n", data.changes());
        }
        return 0;
    }

    private static Split concat(Split first, Split second) {
        return new Split(SequenceBatch.concat(first.x(), second.x()), SequenceBatch.concat(first.y(), second.y()));
    }
}
