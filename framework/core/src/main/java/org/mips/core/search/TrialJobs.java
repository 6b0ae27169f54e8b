package org.mips.core.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mips.spi.engine.EngineSession;

/**
 * How a search trains its trials as jobs of an execution engine (on a cluster's executors) instead of in this
 * JVM: each trial is the job {@code mips COMMAND} in a directory holding its {@link TrialJob.Spec}, which trains it
 * as this JVM would have and leaves a {@link TrialReport} there.
 *
 * @param session    where the jobs run
 * @param command    the job's command line: the configuration's settings, then {@value TrialJob#COMMAND}, so that
 *                   the job trains with the search's settings
 * @param task       the built-in task the search trains on, whose data the job rebuilds
 * @param dataDigest the {@link TrialJob#digest} of the search's data
 * @param scratch    a directory for the jobs' directories, each removed once its report is read
 */
public record TrialJobs(EngineSession session, List<String> command, String task, String dataDigest, Path scratch) {

    public TrialJobs {
        Objects.requireNonNull(session, "session");
        command = List.copyOf(command);
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(dataDigest, "dataDigest");
        Objects.requireNonNull(scratch, "scratch");
    }
}
