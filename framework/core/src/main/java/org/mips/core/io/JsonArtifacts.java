package org.mips.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mips.core.UserException;

/**
 * Run artifacts as JSON: indented, with map keys sorted so that equal values give equal bytes, and
 * written atomically.
 */
public final class JsonArtifacts {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private JsonArtifacts() {
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static void write(Path file, Object value) {
        AtomicFiles.write(file, toJson(value));
    }

    /** @throws UserException naming the file and what is wrong with it */
    public static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(Files.readString(file), type);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new UserException(file + ": not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + e.getMessage());
        }
    }
}
