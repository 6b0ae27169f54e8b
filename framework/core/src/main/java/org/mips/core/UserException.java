package org.mips.core;

/**
 * A problem with what the user gave us (a file, an option, a plugin): reported as one line naming the
 * input and where in it, with exit code 2. Anything else that goes wrong is an internal error.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
