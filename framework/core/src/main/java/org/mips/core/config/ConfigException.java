package org.mips.core.config;

import org.mips.core.UserException;

/** A configuration file, flag or value that cannot be used: one line naming where and what. */
public final class ConfigException extends UserException {

    public ConfigException(String message) {
        super(message);
    }
}
