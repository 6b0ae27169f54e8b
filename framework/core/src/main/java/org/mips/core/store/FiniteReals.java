package org.mips.core.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Arrays;
import org.mips.core.io.JsonValueException;

/**
 * Reads an array of reals that must all be finite, as a network's weights and biases must be: the JSON
 * library would take the strings "NaN" and "Infinity" for numbers, and 1e400 as infinity, where JSON itself
 * has no such numbers. Each refusal names the element, with its line and column.
 */
final class FiniteReals extends StdDeserializer<double[]> {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 24;

    FiniteReals() {
        super(double[].class);
    }

    @Override
    public double[] deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartArrayToken()) {
            return (double[]) context.handleUnexpectedToken(double[].class, parser);
        }
        double[] values = new double[8];
        int count = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw refused(parser, count, "expected a finite number, got " + found(parser, token));
            }
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw refused(parser, count, "the number " + shown(parser.getText())
                        + " is out of range; a weight must be a finite number (at most about 1.8e308 in size)");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, 2 * count);
            }
            values[count++] = value;
        }
        return Arrays.copyOf(values, count);
    }

    private static JsonValueException refused(JsonParser parser, int index, String message) {
        JsonValueException e = new JsonValueException(parser, message);
        e.prependPath(double[].class, index);
        return e;
    }

    private static String found(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            return "the end of the text";
        }
        return switch (token) {
            case VALUE_STRING -> "the string \"" + shown(parser.getText()) + "\"";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NULL -> "null";
            default -> parser.getText();
        };
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
