package org.mips.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.mips.core.io.AtomicFiles;
import org.mips.core.io.JsonErrors;
import org.mips.core.io.JsonShapes;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Artifacts;
import org.mips.spi.program.Program;

/**
 * A run directory: every artifact a typed record in a file of its own, written atomically as indented
 * JSON with map keys sorted (so equal values give equal bytes) and {@code schemaVersion} on top, and read
 * strictly (JSON that does not parse, an unknown field, a value of the wrong type or a newer schema version
 * is an error naming the file, line and field; a network's weights must be finite numbers). Every stage, command, the benchmark and the report read and write artifacts through it.
 *
 * <p>An artifact may be read from a file elsewhere ({@link #withInput}): {@code mips simplify --network
 * FILE} reads the network from {@code FILE} and writes its results into the run directory.
 */
public final class RunStore implements Artifacts {

    private static final String VERSION = "schemaVersion";

    /**
     * Deeper than Jackson's default of 1000, so that a program nested too deep is read as a tree (which Jackson
     * does without recursion) and refused naming its output ({@link ProgramNesting}), not as JSON that does not parse.
     */
    private static final int MAX_JSON_NESTING = 100_000;

    private static final ObjectMapper MAPPER = mapper(new SimpleModule("mips-artifacts"));

    /** Networks are read with finite weights only: a NaN or an infinity would make every later stage meaningless. */
    private static final ObjectMapper NETWORKS = mapper(new SimpleModule("mips-networks").addDeserializer(double[].class, new FiniteReals()));

    private static ObjectMapper mapper(SimpleModule module) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_NESTING).build()).build())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(module)
                // The store owns schemaVersion: a record need not declare it.
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                            Object bean, String property) throws IOException {
                        if (VERSION.equals(property)) {
                            parser.skipChildren();
                            return true;
                        }
                        return false;
                    }
                })
                .build();
    }

    private final Path directory;
    private final Map<String, Path> inputs;

    private RunStore(Path directory, Map<String, Path> inputs) {
        this.directory = directory;
        this.inputs = Map.copyOf(inputs);
    }

    /** The run directory {@code directory}; it is created when the first file is written. */
    public static RunStore at(Path directory) {
        return new RunStore(directory, Map.of());
    }

    /** This store, reading {@code type} from {@code file} instead of the run directory. */
    public RunStore withInput(ArtifactType<?> type, Path file) {
        Map<String, Path> more = new HashMap<>(inputs);
        more.put(type.fileName(), file);
        return new RunStore(directory, more);
    }

    @Override
    public Path directory() {
        return directory;
    }

    /** Where {@code type} is read from: the run directory, or the file given for it. */
    public Path file(ArtifactType<?> type) {
        return inputs.getOrDefault(type.fileName(), directory.resolve(type.fileName()));
    }

    /** Where the file named {@code fileName} is read from: the run directory, or the file given for it. */
    public Path file(String fileName) {
        return inputs.getOrDefault(fileName, directory.resolve(fileName));
    }

    /** Whether the file of {@code type} exists (without reading it). */
    public boolean has(ArtifactType<?> type) {
        return Files.isRegularFile(file(type));
    }

    @Override
    public <T> T read(ArtifactType<T> type) {
        Path file = file(type);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ArtifactException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ArtifactException(file + ": not UTF-8 text; mips writes and reads its JSON files as UTF-8");
        } catch (IOException e) {
            throw new ArtifactException(file + ": cannot read: " + e.getMessage());
        }
        return parse(file, text, type);
    }

    @Override
    public <T> Optional<T> find(ArtifactType<T> type) {
        return has(type) ? Optional.of(read(type)) : Optional.empty();
    }

    @Override
    public <T> void write(ArtifactType<T> type, T value) {
        AtomicFiles.write(directory.resolve(type.fileName()), toJson(type, value));
    }

    @Override
    public Path writeText(String fileName, String text) {
        Path file = directory.resolve(simpleName(fileName));
        AtomicFiles.write(file, text);
        return file;
    }

    /** Removes the artifact from the run directory, if it is there and is not a file given to read from. */
    public void delete(ArtifactType<?> type) {
        deleteFile(type.fileName());
    }

    /** Removes a file of the run directory, if it is there and is not a file given to read from. */
    public void deleteFile(String fileName) {
        Path file = directory.resolve(simpleName(fileName));
        if (inputs.values().stream().anyMatch(input -> same(input, file))) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b) : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return true; // when in doubt, a file given to read from is kept
        }
    }

    /** The JSON the store writes for {@code value}: {@code schemaVersion} first, then the record's fields. */
    public static <T> String toJson(ArtifactType<T> type, T value) {
        if (!type.type().isInstance(value)) {
            throw new IllegalArgumentException(type + " holds " + type.type().getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        JsonNode tree = MAPPER.valueToTree(value);
        if (!tree.isObject()) {
            throw new IllegalArgumentException(type + ": a " + value.getClass().getSimpleName() + " is not a JSON object");
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put(VERSION, type.schemaVersion());
        for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(VERSION)) {
                out.set(field.getKey(), field.getValue());
            }
        }
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type, e);
        }
    }

    /**
     * Reads {@code text} as the artifact {@code type} holds.
     *
     * @throws ArtifactException naming {@code file}: not JSON, a newer schema version, or a field that is wrong
     */
    public static <T> T parse(Path file, String text, ArtifactType<T> type) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ArtifactException(file + ": not valid JSON: " + JsonErrors.describe(e, text));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ArtifactException(file + ": not a " + type.type().getSimpleName() + ": the file is empty; expected a JSON object");
        }
        if (!tree.isObject()) {
            throw new ArtifactException(file + ": not a " + type.type().getSimpleName() + ": " + firstValue(text)
                    + "expected a JSON object, got " + JsonShapes.found(tree));
        }
        JsonNode version = tree.get(VERSION);
        if (version != null && (!version.canConvertToInt() || version.asInt() < 1)) {
            throw new ArtifactException(file + ": schemaVersion " + version + " is not a version number");
        }
        if (version != null && version.asInt() > type.schemaVersion()) {
            throw new ArtifactException(file + ": schemaVersion " + version.asInt() + " is newer than this build of mips reads ("
                    + type.schemaVersion() + "); use a newer mips");
        }
        String older = version != null && version.asInt() < type.schemaVersion()
                ? "schemaVersion " + version.asInt() + " was written by an older mips, and this build (which writes " + type.schemaVersion()
                        + ") cannot read it: " : "";
        if (type.type() == Program.class) {
            Optional<String> tooDeep = ProgramNesting.problem(tree);
            if (tooDeep.isPresent()) {
                throw new ArtifactException(file + ": not a valid Program: " + tooDeep.get());
            }
        }
        try {
            ObjectReader reader = (Network.class.isAssignableFrom(type.type()) ? NETWORKS : MAPPER).readerFor(type.type());
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new ArtifactException(file + ": " + (older.isEmpty() ? "not a valid " + type.type().getSimpleName() + ": " : older)
                    + JsonErrors.describe(e, text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ArtifactException(file + ": " + (older.isEmpty() ? "not a valid " + type.type().getSimpleName() + ": " : older)
                    + e.getMessage());
        }
    }

    /** "line L, column C: " of the first value in {@code text}, which parses. */
    private static String firstValue(String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            parser.nextToken();
            JsonLocation at = parser.currentTokenLocation();
            return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        } catch (IOException e) {
            return "";
        }
    }

    private static String simpleName(String fileName) {
        Path name = Path.of(fileName);
        if (name.getNameCount() != 1 || name.isAbsolute() || fileName.equals("..") || fileName.equals(".")) {
            throw new IllegalArgumentException("'" + fileName + "' is not a file name in the run directory");
        }
        return fileName;
    }
}
