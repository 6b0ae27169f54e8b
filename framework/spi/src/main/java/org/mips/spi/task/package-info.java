/** Tasks and their data: {@link org.mips.spi.task.Task}, {@link org.mips.spi.task.Dataset} and the {@link org.mips.spi.task.TaskSuite} extension point. */
package org.mips.spi.task;
