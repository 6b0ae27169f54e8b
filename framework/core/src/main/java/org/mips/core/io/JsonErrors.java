package org.mips.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mips.core.plugin.Problems;
import org.mips.spi.program.Expr;

/** What is wrong with a JSON file, in one line: the line, column and field of the first problem, and the problem. */
public final class JsonErrors {

    /** Only to print an enum constant as JSON names it. */
    private static final ObjectMapper NAMES = new ObjectMapper();
    private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(": ");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            where.append("at ").append(path.startsWith(".") ? path.substring(1) : path).append(": ");
        }
        return where + message(e);
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof InvalidTypeIdException kind) {
            Matcher known = KNOWN_IDS.matcher(e.getOriginalMessage());
            return "unknown " + (kind.getBaseType().hasRawClass(Expr.class) ? "expression " : "") + "kind '" + kind.getTypeId() + "'"
                    + (known.find() ? " (known: " + known.group(1) + ")" : "");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String known = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> NAMES.convertValue(c, String.class)).collect(Collectors.joining(", "));
            return "unknown value '" + format.getValue() + "' (known: " + known + ")";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return Problems.describe(cause);
        }
        String original = e.getOriginalMessage();
        return original == null ? e.getClass().getSimpleName() : original.lines().findFirst().orElse(original);
    }
}
