package org.mips.spi.task;

import java.util.List;
import org.mips.spi.Component;

/** Contributes tasks, so that a plugin can add a benchmark. Task ids must be unique across suites. */
public interface TaskSuite extends Component {

    /** The tasks of this suite, in the order to list them. */
    List<Task> tasks();
}
