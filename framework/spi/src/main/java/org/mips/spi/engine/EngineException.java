package org.mips.spi.engine;

/** An engine that cannot start or cannot run a batch; its message is one line for the user. */
public final class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
