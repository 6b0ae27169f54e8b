package org.mips.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips tasks}: the tasks mips knows, built-in and from plugins. */
@Command(name = "tasks", description = "List the tasks: id, inputs (dimension x alphabet), outputs, length, "
        + "whether a step-machine specification exists, and a description.")
final class TasksCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        root.warnAboutSkippedPlugins();
        List<Task> tasks = root.mips().tasks().all();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(tasks.stream().map(TaskInfo::of).toList()));
            return 0;
        }
        int width = tasks.stream().mapToInt(t -> t.id().length()).max().orElse(4);
        String format = "%-" + width + "s  %-14s %3s %4s  %-4s  %s%n";
        out.printf(format, "TASK", "INPUT", "OUT", "T", "SPEC", "DESCRIPTION");
        for (Task task : tasks) {
            out.printf(format, task.id(), task.inputDimension() + " x " + task.inputMin() + ".." + task.inputMax(),
                    task.outputDimension(), task.sequenceLength(), task.specification().isPresent() ? "yes" : "no",
                    task.description());
        }
        out.println(tasks.size() + " tasks");
        return 0;
    }

    /** A task as {@code mips tasks --json} lists it. */
    record TaskInfo(String id, List<String> aliases, String description, int inputDimension, long inputMin, long inputMax,
            int outputDimension, int sequenceLength, double trainFraction, int defaultSteps, boolean specification) {

        static TaskInfo of(Task task) {
            return new TaskInfo(task.id(), task.aliases(), task.description(), task.inputDimension(), task.inputMin(), task.inputMax(),
                    task.outputDimension(), task.sequenceLength(), task.trainFraction(), task.defaultSteps(),
                    task.specification().isPresent());
        }
    }
}
