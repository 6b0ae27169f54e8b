package org.mips.tasks.data;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** How the JSON value at a parser's current token is named in messages ("an array", "the string \"3\""). */
final class JsonTokens {

    private JsonTokens() {
    }

    static String describe(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "the string \"" + IntegerText.shown(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> IntegerText.shown(parser.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> parser.currentToken().asString();
        };
    }
}
