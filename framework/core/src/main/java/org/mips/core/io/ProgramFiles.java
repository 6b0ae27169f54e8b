package org.mips.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mips.core.UserException;
import org.mips.core.plugin.Problems;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Program;

/** Reads and writes {@link Program}s as JSON, with errors that name the file, line and field. */
public final class ProgramFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

    private ProgramFiles() {
    }

    /** @throws UserException naming the file, and the line, column and field of the first problem */
    public static Program read(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file), Program.class);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new UserException(file + ": " + describe(e));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static String toJson(Program program) {
        try {
            return MAPPER.writeValueAsString(program) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write program " + program.name(), e);
        }
    }

    public static void write(Path file, Program program) {
        AtomicFiles.write(file, toJson(program));
    }

    private static String describe(JsonProcessingException e) {
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
                    .map(c -> MAPPER.convertValue(c, String.class)).collect(Collectors.joining(", "));
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
