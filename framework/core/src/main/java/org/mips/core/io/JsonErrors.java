package org.mips.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mips.core.plugin.Problems;
import org.mips.spi.program.Expr;

/**
 * What is wrong with a JSON file, in one line: the line, column and field of the first problem, and the
 * problem in words about the file. The JSON library's own wording (its settings, classes and token names)
 * never reaches the user.
 */
public final class JsonErrors {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory SCANNER = new JsonFactory();
    private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']*)'");

    private JsonErrors() {
    }

    /** The problem {@code e} reports, with its line, column and field. */
    public static String describe(JsonProcessingException e) {
        return describe(e, null);
    }

    /**
     * The problem {@code e} reports about {@code text}, with its line, column and field; the text lets the
     * message show the value found where another was expected, and locate problems the parser gave no place.
     */
    public static String describe(JsonProcessingException e, String text) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : stopsAt(text);
        if (location != null && location.getLineNr() > 0) {
            int column = location.getColumnNr() - (JsonSyntax.covers(e) ? JsonSyntax.backtrack(e) : 0);
            where.append("line ").append(location.getLineNr()).append(", column ").append(Math.max(1, column)).append(": ");
        }
        List<JsonMappingException.Reference> path = path(e);
        if (!path.isEmpty()) {
            where.append("at ").append(dotted(path)).append(": ");
        }
        return where + message(e, text);
    }

    /** The references of {@code e}'s path, less a missing field's own (the message names it). */
    private static List<JsonMappingException.Reference> path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return List.of();
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.find() && missing.group(1).equals(path.get(path.size() - 1).getFieldName())) {
            return path.subList(0, path.size() - 1);
        }
        return path;
    }

    private static String dotted(List<JsonMappingException.Reference> path) {
        String dotted = path.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return dotted.startsWith(".") ? dotted.substring(1) : dotted;
    }

    private static String message(JsonProcessingException e, String text) {
        if (JsonSyntax.covers(e)) {
            return JsonSyntax.describe(e);
        }
        if (e instanceof JsonValueException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof InvalidTypeIdException kind) {
            if (kind.getTypeId() == null) {
                return "missing field 'kind'";
            }
            Matcher known = KNOWN_IDS.matcher(e.getOriginalMessage());
            return "unknown " + (kind.getBaseType().hasRawClass(Expr.class) ? "expression " : "") + "kind '" + kind.getTypeId() + "'"
                    + (known.find() ? " (known: " + known.group(1) + ")" : "");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "unknown value '" + format.getValue() + "' (" + JsonShapes.expected(format.getTargetType()).replace("one of", "known:") + ")";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return Problems.describe(cause);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch, text);
        }
        String original = e.getOriginalMessage();
        if (e instanceof InvalidDefinitionException && original != null) {
            return original.lines().findFirst().orElse(original); // a fault of ours, not of the file: shown as it is
        }
        return "a value this field cannot hold";
    }

    private static String mismatch(MismatchedInputException e, String text) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher missing = MISSING.matcher(original);
        if (missing.find()) {
            return "missing field '" + missing.group(1) + "'";
        }
        if (original.startsWith("No content to map")) {
            return "the file is empty";
        }
        if (original.startsWith("Trailing token")) {
            return "a second JSON value after the first; the file holds one";
        }
        String expected = JsonShapes.expected(e.getTargetType());
        String found = found(e, text);
        if (expected.isEmpty()) {
            return found.isEmpty() ? "a value this field cannot hold" : found + " cannot stand here";
        }
        return "expected " + expected + (found.isEmpty() ? "" : ", got " + found);
    }

    /** The value at the exception's path in {@code text}, in words; or what the message says it was. */
    private static String found(MismatchedInputException e, String text) {
        if (text != null && !e.getPath().isEmpty()) {
            try {
                JsonNode node = TREES.readTree(text).at(pointer(e.getPath()));
                if (!node.isMissingNode()) {
                    return JsonShapes.found(node);
                }
            } catch (JsonProcessingException unreadable) {
                // The text parsed for the mapping to fail; should it not, the message's own word will do.
            }
        }
        return JsonShapes.found(e.getOriginalMessage());
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : path) {
            pointer = reference.getFieldName() != null ? pointer.appendProperty(reference.getFieldName()) : pointer.appendIndex(reference.getIndex());
        }
        return pointer;
    }

    /**
     * Where a parser reading {@code text} stops, for errors that come without a place (limits on sizes): at the
     * first digit of a number too long, else where it stopped reading.
     */
    private static JsonLocation stopsAt(String text) {
        if (text == null) {
            return null;
        }
        JsonParser parser = null;
        try {
            parser = SCANNER.createParser(text);
            while (parser.nextToken() != null) {
                parser.finishToken();
            }
            parser.close();
            return null;
        } catch (IOException e) {
            if (parser == null) {
                return null;
            }
            int stop = (int) Math.max(0, Math.min(parser.currentLocation().getCharOffset(), text.length()));
            while (stop > 0 && "0123456789.eE+-".indexOf(text.charAt(stop - 1)) >= 0) {
                stop--;
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < stop; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new JsonLocation(ContentReference.unknown(), -1, stop, line, stop - lineStart + 1);
        }
    }
}
