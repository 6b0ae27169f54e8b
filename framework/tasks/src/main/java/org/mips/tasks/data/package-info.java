/**
 * A user's own input/output sequences, read from JSON Lines or CSV files into
 * {@link org.mips.spi.task.SequenceBatch}es and offered as a {@link org.mips.spi.task.Task}.
 *
 * <p>{@link org.mips.tasks.data.UserData#read} picks the reader by file extension; every problem in a
 * file is a {@link org.mips.tasks.data.DataFormatException} whose one-line message names the file and,
 * when known, the line, column, field and step. The formats are described in
 * {@code docs/data-formats.md}.
 */
package org.mips.tasks.data;
