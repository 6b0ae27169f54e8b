package org.mips.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mips.core.UserException;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.PipelineListener;
import org.mips.core.result.TaskResult;

/**
 * {@code mips run --events}: the run's events as JSON Lines, to a file or to standard output. A run that
 * cannot start still gets an end, failed with the reason, so that whoever reads the events (mips bench)
 * learns why; one that crashed after it started gets none, and counts as failed.
 */
final class RunEvents implements PipelineListener, AutoCloseable {

    private final Writer out;
    private final PipelineListener log;
    private final boolean ownsOut;
    private boolean started;

    private RunEvents(Writer out, boolean ownsOut) {
        this.out = out;
        this.log = EventLog.writingTo(out);
        this.ownsOut = ownsOut;
    }

    /** The events of {@code --events} ({@code null}: none; {@code -}: standard output). */
    static RunEvents open(String option, PrintWriter stdout) {
        if (option == null) {
            return new RunEvents(Writer.nullWriter(), true);
        }
        if (option.equals("-")) {
            return new RunEvents(stdout, false);
        }
        try {
            return new RunEvents(Files.newBufferedWriter(Path.of(option), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UserException("--events " + option + ": cannot write: " + e.getMessage());
        }
    }

    @Override
    public synchronized void on(PipelineEvent event) {
        started |= event instanceof PipelineEvent.RunStarted;
        event.deliverTo(log);
    }

    /** Ends a run that could not start, for the events' reader; nothing when it had started. */
    synchronized void couldNotStart(String task, Exception why) {
        if (!started) {
            on(new PipelineEvent.RunEnded(TaskResult.failed(task, "", Errors.oneLine(why))));
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsOut) {
            out.close();
        } else {
            out.flush();
        }
    }
}
