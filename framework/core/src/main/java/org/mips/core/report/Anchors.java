package org.mips.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mips.core.result.TaskResult;

/**
 * The {@code id} of each task's section, {@code task-<name>} with anything but letters, digits,
 * {@code _} and {@code -} replaced, and made unique by a suffix should two names clean up alike. The
 * ids also prefix the ids inside each task's SVGs, so those cannot collide either.
 */
final class Anchors {

    private Anchors() {
    }

    static List<String> of(List<TaskResult> tasks) {
        List<String> anchors = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (TaskResult task : tasks) {
            String base = "task-" + task.task().replaceAll("[^A-Za-z0-9_-]", "-");
            String anchor = base;
            for (int n = 2; !taken.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.add(anchor);
        }
        return anchors;
    }
}
