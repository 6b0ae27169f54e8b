package org.mips.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that parses but that the reader of a file refuses, raised by one of our own deserializers at the
 * value itself (so that it has a line, a column and a path); its message is already in words for the user.
 */
public final class JsonValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    public JsonValueException(JsonParser parser, String message) {
        super(parser, message);
    }
}
