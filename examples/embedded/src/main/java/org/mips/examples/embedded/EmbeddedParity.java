package org.mips.examples.embedded;

import java.nio.file.Path;
import org.mips.core.Mips;
import org.mips.core.config.Configuration;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.result.TaskResult;
import org.mips.core.stages.ProgramText;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.task.Task;

/**
 * mips as a library: the pipeline on the built-in task Parity_All, from its data to a verified program, with the
 * components of the class path (the plugin jars this module depends on) and no plugins directory.
 *
 * <p>{@code java -cp ... org.mips.examples.embedded.EmbeddedParity [DIR]} writes the run's artifacts to {@code DIR}
 * (default {@code runs/Parity_All}) and prints the program and how the task ended.
 */
public final class EmbeddedParity {

    private EmbeddedParity() {
    }

    public static void main(String[] args) {
        RunStore store = RunStore.at(Path.of(args.length > 0 ? args[0] : "runs/Parity_All"));
        TaskResult result = run(Configuration.defaults().with("search.budget", "1m", "EmbeddedParity"), store);
        store.find(RunArtifacts.PROGRAM).ifPresent(program -> System.out.println(ProgramText.of(program)));
        System.out.println(result.task() + ": " + result.status().label() + " (" + result.status().meaning() + ")");
    }

    /** Runs every stage of the pipeline on Parity_All under {@code configuration}, writing the artifacts to {@code store}. */
    public static TaskResult run(Configuration configuration, RunStore store) {
        try (Mips mips = Mips.builder().configuration(configuration).start()) {
            Task task = mips.tasks().find("Parity_All");
            return mips.pipeline().run(PipelineRequest.of(task, store)).result();
        }
    }
}
