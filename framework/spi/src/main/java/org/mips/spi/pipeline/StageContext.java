package org.mips.spi.pipeline;

import java.time.Instant;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/** What the pipeline gives a {@link Stage} for one run. */
public interface StageContext {

    /** The task the run is for: a built-in task, a plugin's, or the user's own data. */
    Task task();

    /** The task's standard dataset (the paper's data, seed 42), made once per run and shared by its stages. */
    Dataset dataset();

    /** The run directory's artifacts. */
    Artifacts artifacts();

    /** The effective configuration. */
    Settings settings();

    /** The installed components, e.g. the regressors. */
    Components components();

    /** When the pipeline stops waiting for this stage; work that can plan its time should end before it. */
    Instant deadline();

    /** Tells the run's listeners something this stage did. */
    void publish(StageEvent event);

    /** Tells the run's listeners a line of progress. */
    default void log(String line) {
        publish(new StageEvent.Message(line));
    }
}
