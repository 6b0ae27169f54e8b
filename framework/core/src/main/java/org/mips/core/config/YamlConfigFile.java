package org.mips.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML configuration file into flat dotted keys, as Elasticsearch reads its {@code .yml}:
 * nested maps join their keys with dots ({@code search: {budget: 2m}} is {@code search.budget}), a list
 * of words is one value, and every value remembers its file and line for error messages.
 */
final class YamlConfigFile {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;
    private final Map<String, ConfigValue> values = new LinkedHashMap<>();

    private YamlConfigFile(Path file) {
        this.file = file;
    }

    /** The file's values by key; an empty file has none. */
    static Map<String, ConfigValue> read(Path file) {
        YamlConfigFile reader = new YamlConfigFile(file);
        try (JsonParser parser = YAML.createParser(Files.readString(file))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Map.of();
            }
            if (first != JsonToken.START_OBJECT) {
                throw reader.error(parser, "expected a map of settings, e.g. 'search:' with 'budget: 2m' under it");
            }
            reader.object(parser, "");
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return reader.values;
    }

    private void object(JsonParser parser, String prefix) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                object(parser, key);
            } else if (value == JsonToken.START_ARRAY) {
                put(parser, key, list(parser, key));
            } else {
                put(parser, key, scalar(parser, key));
            }
        }
    }

    private String list(JsonParser parser, String key) throws IOException {
        List<String> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                throw error(parser, key + ": a list holds single words, e.g. [linear, boolean]");
            }
            String item = scalar(parser, key);
            if (item.isEmpty() || item.contains(",")) {
                throw error(parser, key + ": list item '" + item + "' must be a single word");
            }
            items.add(item);
        }
        return String.join(",", items);
    }

    private String scalar(JsonParser parser, String key) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? "" : parser.getText().strip();
    }

    private void put(JsonParser parser, String key, String raw) {
        String where = file + ", line " + parser.currentTokenLocation().getLineNr();
        ConfigValue earlier = values.put(key, new ConfigValue(raw, where));
        if (earlier != null) {
            throw new ConfigException(where + ": " + key + " is set twice (also at " + earlier.source() + ")");
        }
    }

    private ConfigException error(JsonParser parser, String message) {
        return new ConfigException(file + ", line " + parser.currentTokenLocation().getLineNr() + ": " + message);
    }
}
