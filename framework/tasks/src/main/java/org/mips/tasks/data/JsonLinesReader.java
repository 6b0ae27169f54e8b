package org.mips.tasks.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.mips.spi.task.SequenceBatch;

/**
 * Reads JSON Lines user data: one sequence per line, {@code {"x": [[1, 2], [3, 4]], "y": [[0], [1]]}}
 * or, for one value per step, {@code {"x": [1, 3], "y": [0, 1]}}. Blank lines are skipped. Each line
 * is streamed through its own small parser, so that a million lines take seconds and every message
 * carries the line number.
 */
public final class JsonLinesReader {

    // NaN and Infinity are parsed as numbers so that they are reported as non-integers, not as bad JSON.
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    // Jackson's messages carry the location of the per-line parser and character codes; the message
    // gives the file's own line and column instead.
    private static final Pattern SOURCE = Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern VALUE_KINDS = Pattern.compile("(?:expected a valid value|was expecting) \\(JSON String, Number.*'false'\\)");

    private final LineSource lines;
    private final JsonStepArray x;
    private final JsonStepArray y;
    private final LongBuffer lineNumbers;
    private int length = -1;
    private long lengthLine;
    private int count;

    private JsonLinesReader(LineSource lines) {
        this.lines = lines;
        this.x = new JsonStepArray(lines.file(), "x", LongBuffer.forValuesOf("x", lines::place));
        this.y = new JsonStepArray(lines.file(), "y", LongBuffer.forValuesOf("y", lines::place));
        this.lineNumbers = LongBuffer.forValuesOf("line", lines::place);
    }

    /** @throws DataFormatException naming the file, and the line, column, field and step of the first problem */
    public static UserDataset read(Path file) {
        try (LineSource lines = LineSource.open(file)) {
            return new JsonLinesReader(lines).readAll();
        }
    }

    private UserDataset readAll() {
        boolean blankLines = false;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                blankLines = true;
            } else {
                readLine(line);
            }
        }
        if (count == 0) {
            throw Place.in(lines.file()).error("no sequences; the file " + (blankLines ? "has only blank lines" : "is empty"));
        }
        return new UserDataset(lines.file(), FileFormat.JSON_LINES,
                new SequenceBatch(count, length, x.dimension(), x.values().toArray()),
                new SequenceBatch(count, length, y.dimension(), y.values().toArray()),
                new SourceLines(lineNumbers.toArray(), 1));
    }

    private void readLine(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw lines.place().error("expected an object {\"x\": [...], \"y\": [...]}, got " + JsonTokens.describe(parser)
                        + (parser.currentToken() == JsonToken.START_ARRAY ? "; JSON Lines has one object per line, not one array" : ""));
            }
            int xSteps = -1;
            int ySteps = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("x")) {
                    xSteps = readField(x, xSteps, parser);
                } else if (name.equals("y")) {
                    ySteps = readField(y, ySteps, parser);
                } else {
                    throw lines.place().error("unknown field \"" + IntegerText.shown(name) + "\"; a line has only \"x\" and \"y\"");
                }
            }
            if (parser.nextToken() != null) {
                throw lines.place().column(parser.currentTokenLocation().getColumnNr())
                        .error("a second JSON value on the line; put each sequence on its own line");
            }
            checkLengths(xSteps, ySteps);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw lines.place().error("cannot parse: " + e.getMessage(), e); // cannot happen for a String source
        }
        lineNumbers.add(lines.lineNumber());
        count++;
    }

    private int readField(JsonStepArray field, int stepsSoFar, JsonParser parser) throws IOException {
        if (stepsSoFar >= 0) {
            throw lines.place().error("field \"" + field.name() + "\" appears twice");
        }
        return field.read(parser, lines.lineNumber());
    }

    private void checkLengths(int xSteps, int ySteps) {
        if (xSteps < 0 || ySteps < 0) {
            throw lines.place().error("missing field \"" + (xSteps < 0 ? "x" : "y") + "\"; a line needs both \"x\" (inputs) and \"y\" (outputs)");
        }
        if (xSteps != ySteps) {
            throw lines.place().error("\"x\" has " + steps(xSteps) + " but \"y\" has " + ySteps + "; they need one vector per step each");
        }
        if (length < 0) {
            length = xSteps;
            lengthLine = lines.lineNumber();
        } else if (xSteps != length) {
            throw lines.place().error("the sequence has " + steps(xSteps) + ", but the sequences before it (from line " + lengthLine + ") have " + length
                    + "; all sequences must have the same length because a dataset is a fixed-length batch");
        }
    }

    private DataFormatException malformed(JsonProcessingException e) {
        Place place = lines.place();
        JsonLocation location = e.getLocation();
        if (location != null && location.getColumnNr() > 0) {
            place = place.column(location.getColumnNr());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return place.error("malformed JSON: the line ends before the JSON object is complete; each sequence must be one whole JSON object on one line", e);
        }
        String message = original.lines().findFirst().orElse(e.getClass().getSimpleName());
        message = VALUE_KINDS.matcher(CODE.matcher(SOURCE.matcher(message).replaceAll("")).replaceAll("")).replaceAll("expected a value");
        return place.error("malformed JSON: " + message, e);
    }

    private static String steps(int count) {
        return count == 1 ? "1 step" : count + " steps";
    }
}
