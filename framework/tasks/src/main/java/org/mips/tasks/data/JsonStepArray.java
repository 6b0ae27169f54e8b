package org.mips.tasks.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the steps of one field ({@code "x"} or {@code "y"}) of every line into one buffer: either the
 * short form {@code [1, 2, 3]} (one value per step) or {@code [[1, 2], [3, 4]]}. Remembers the
 * number of values per step of the first line, which every later step must repeat.
 */
final class JsonStepArray {

    private final Path file;
    private final String name;
    private final LongBuffer values;
    private int dimension = -1;
    private long dimensionLine;

    JsonStepArray(Path file, String name, LongBuffer values) {
        this.file = file;
        this.name = name;
        this.values = values;
    }

    String name() {
        return name;
    }

    /** Values per step, or -1 before the first line. */
    int dimension() {
        return dimension;
    }

    LongBuffer values() {
        return values;
    }

    /**
     * Reads the field value at the parser's current token, appending its values.
     *
     * @return the number of steps
     */
    int read(JsonParser parser, long line) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw at(line).error("expected an array of steps, got " + JsonTokens.describe(parser));
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            throw at(line).error("empty sequence; a sequence needs at least one step");
        }
        boolean shortForm = token != JsonToken.START_ARRAY;
        int step = 0;
        for (; token != JsonToken.END_ARRAY; token = parser.nextToken(), step++) {
            int size = shortForm ? readNumberStep(parser, line, step) : readArrayStep(parser, line, step);
            checkDimension(size, line, step);
        }
        return step;
    }

    private int readNumberStep(JsonParser parser, long line, int step) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            throw at(line).step(step).error("expected an integer, got an array; step 0 is a plain number, so every step must be one");
        }
        values.add(integer(parser, line, step));
        return 1;
    }

    private int readArrayStep(JsonParser parser, long line, int step) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw at(line).step(step).error("expected an array of values, got " + JsonTokens.describe(parser)
                    + "; step 0 is an array, so every step must be one");
        }
        int size = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(integer(parser, line, step));
            size++;
        }
        if (size == 0) {
            throw at(line).step(step).error("empty step; a step needs at least one value");
        }
        return size;
    }

    private void checkDimension(int size, long line, int step) {
        if (dimension < 0) {
            dimension = size;
            dimensionLine = line;
        } else if (size != dimension) {
            String before = dimensionLine == line ? "the steps before it" : "line " + dimensionLine;
            throw at(line).step(step).error("expected " + countOf(dimension) + " per step like " + before + ", got " + size
                    + "; every step of every sequence must have the same number of values");
        }
    }

    private long integer(JsonParser parser, long line, int step) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return IntegerText.parse(parser.getText(), at(line).step(step));
        }
        throw at(line).step(step).error("expected an integer, got " + JsonTokens.describe(parser));
    }

    private Place at(long line) {
        return Place.in(file).line(line).field(name);
    }

    private static String countOf(int count) {
        return count == 1 ? "1 value" : count + " values";
    }
}
