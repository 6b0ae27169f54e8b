package org.mips.core.store;

import org.mips.core.UserException;

/** A run artifact that is missing, does not parse, or is newer than this build: bad input, naming the file. */
public final class ArtifactException extends UserException {

    public ArtifactException(String message) {
        super(message);
    }
}
