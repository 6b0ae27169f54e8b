package org.mips.cli;

import org.mips.spi.network.NetworkFormatException;
import java.io.PrintWriter;
import org.mips.core.UserException;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.plugin.Problems;
import org.mips.tasks.data.DataFormatException;
import picocli.CommandLine;

/**
 * Maps failures to one line on standard error and an exit code: 2 for the user's input, 1 for ours, and 3
 * for a pipeline that ran as it should and found nothing (so that a script can tell it from success).
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;
    static final int NOTHING_FOUND = 3;

    private final boolean debug;

    Errors(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (isUsers(error)) {
            err.println("mips: " + error.getMessage());
            if (debug) {
                error.printStackTrace(err);
            }
            return USER_ERROR;
        }
        err.println("mips: internal error: " + Problems.describe(error)
                + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            error.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /** Whether {@code error} is a problem with the user's input: a file, an option, data, a weight file. */
    static boolean isUsers(Throwable error) {
        return error instanceof UserException || error instanceof DataFormatException || error instanceof NetworkFormatException;
    }

    /** A pipeline command's exit code: 1 when a stage failed, else 3 when a stage found nothing and ended the run, else 0. */
    static int of(PipelineResult result) {
        return result.anyFailed() ? INTERNAL_ERROR : result.stopped() ? NOTHING_FOUND : 0;
    }

    /** How a failure reads in one line: the user's problem as it is, anything else as an internal error. */
    static String oneLine(Exception error) {
        return isUsers(error) ? error.getMessage()
                : "internal error: " + Problems.describe(error);
    }

    /** Unknown options, missing values and the like: the message and where to find help, on one line. */
    static int parameter(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        commandLine.getErr().println("mips: " + error.getMessage() + " (see '"
                + commandLine.getCommandSpec().qualifiedName() + " --help')");
        return USER_ERROR;
    }
}
