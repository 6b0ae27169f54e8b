package org.mips.tasks.data;

/**
 * A problem with a user's data file: missing, unreadable, or not in the documented format. The
 * message is one line that names the file and where in it, e.g.
 * {@code data.jsonl: line 7, field "y", step 3: expected an integer, got 2.5}.
 */
public class DataFormatException extends RuntimeException {

    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
