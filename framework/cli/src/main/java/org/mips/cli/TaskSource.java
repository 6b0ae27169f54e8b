package org.mips.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.spi.task.Task;
import org.mips.tasks.data.UserData;
import org.mips.tasks.data.UserData.OnContradiction;
import org.mips.tasks.data.UserDataTask;
import org.mips.tasks.data.UserDataset;

/** A built-in task by id, or the user's data as a task: what the commands that run on one task take. */
final class TaskSource {

    private TaskSource() {
    }

    /**
     * @param option how the command names the task, for the message when neither or both are given
     * @param err    where what was changed in the user's data is said
     */
    static Task of(Mips mips, String taskName, Path data, boolean majority, String option, PrintWriter err) {
        if ((taskName == null) == (data == null)) {
            throw new UserException("give " + option + " or --data FILE (one of them)");
        }
        if (data == null) {
            return mips.tasks().find(taskName);
        }
        UserDataset dataset = UserData.read(data, majority ? OnContradiction.MAJORITY : OnContradiction.REFUSE);
        if (!dataset.changes().isEmpty()) {
            err.println("mips: " + data + ": " + dataset.changes());
        }
        return new UserDataTask(dataset);
    }
}
