package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/**
 * The contract every {@link NetworkImporter} must meet. A plugin's test extends this class, returns its importer and
 * writes files in the importer's format (with the format's own library where there is one, so that the test shows the
 * importer reads what the world writes). Its id is a lower-case name and its extensions lower-case names without
 * dots. Every file of {@link ContractTensorFiles} it reads back as written: the same names, shapes, values to the bit
 * and metadata; and a second read gives the same. An empty file, random bytes, a file cut in half and a missing file
 * are bad input, reported as a {@link NetworkFormatException} of one line naming the file, never as another exception
 * or as tensors made up from what was there.
 */
public abstract class AbstractNetworkImporterContractTest {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final long SEED = 20_260_413L;

    @TempDir
    Path directory;

    /** The importer under test; may return a new instance on every call. */
    protected abstract NetworkImporter importer();

    /** Writes {@code content} to {@code file} in the importer's format. */
    protected abstract void write(TensorFile content, Path file) throws IOException;

    /** The files the contract writes and reads back; a subclass may add its own. */
    protected List<ContractTensorFiles.Case> files() {
        return ContractTensorFiles.all();
    }

    @Test
    void idAndDescriptionAreWellFormed() {
        String id = importer().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertTrue(NAME.matcher(id).matches(), () -> "id '" + id + "' is not a lower-case name");
        String description = importer().description();
        assertFalse(description == null || description.isBlank(), "blank description");
        assertEquals(1, description.lines().count(), "a description of more than one line");
    }

    @Test
    void extensionsAreLowerCaseWithoutDots() {
        List<String> extensions = importer().extensions();
        assertNotNull(extensions, "extensions() returned null");
        assertFalse(extensions.isEmpty(), "an importer must name at least one file extension");
        for (String extension : extensions) {
            assertNotNull(extension, "a null extension");
            assertFalse(extension.contains("."), () -> "extension '" + extension + "' must be given without dots");
            assertTrue(NAME.matcher(extension).matches(), () -> "extension '" + extension + "' is not a lower-case name");
        }
        assertEquals(extensions.size(), new TreeSet<>(extensions).size(), "an extension named twice: " + extensions);
    }

    @TestFactory
    Stream<DynamicTest> readsBackWhatWasWritten() {
        return files().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path file = written(c, "roundtrip");
            TensorFile read = read(file);
            Optional<String> difference = difference(c.content(), read);
            assertFalse(difference.isPresent(), () -> difference.get());
        }));
    }

    @TestFactory
    Stream<DynamicTest> readsTheSameFileTheSameWay() {
        return files().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path file = written(c, "twice");
            TensorFile first = read(file);
            TensorFile second = read(file);
            Optional<String> difference = difference(first, second);
            assertFalse(difference.isPresent(), () -> "two reads of one file differ: " + difference.get());
        }));
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = file("empty");
        Files.write(file, new byte[0]);
        assertRejected(file);
    }

    @Test
    void rejectsRandomBytes() throws IOException {
        Random random = new Random(SEED);
        for (int size : new int[] {7, 64, 1000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = file("random-" + size);
            Files.write(file, bytes);
            assertRejected(file);
        }
    }

    @Test
    void rejectsAFileCutInHalf() throws IOException {
        for (ContractTensorFiles.Case c : files()) {
            byte[] whole = Files.readAllBytes(written(c, "whole"));
            Path file = file("cut-" + slug(c.name()));
            Files.write(file, Arrays.copyOf(whole, whole.length / 2));
            assertRejected(file);
        }
    }

    @Test
    void rejectsAMissingFile() {
        assertRejected(file("missing"));
    }

    /** Fails unless reading {@code file} throws a {@link NetworkFormatException} of one line naming it. */
    private void assertRejected(Path file) {
        NetworkFormatException e;
        try {
            TensorFile read = importer().read(file);
            fail(file.getFileName() + " is bad input, but the importer read it as " + (read == null ? "null" : read.tensors().keySet()));
            return;
        } catch (NetworkFormatException expected) {
            e = expected;
        } catch (RuntimeException other) {
            throw new AssertionError(file.getFileName() + " is bad input, which must be reported as a NetworkFormatException, "
                    + "not " + other, other);
        }
        String message = e.getMessage();
        assertNotNull(message, "a NetworkFormatException without a message");
        assertTrue(message.lines().count() == 1 && !message.contains("\n") && !message.contains("\r"),
                () -> "the message is not one line: " + message);
        assertTrue(message.contains(file.getFileName().toString()), () -> "the message does not name the file "
                + file.getFileName() + ": " + message);
    }

    private TensorFile read(Path file) {
        TensorFile read;
        try {
            read = importer().read(file);
        } catch (RuntimeException e) {
            throw new AssertionError("could not read back " + file.getFileName() + ": " + e, e);
        }
        assertNotNull(read, "read returned null");
        return read;
    }

    private Path written(ContractTensorFiles.Case c, String prefix) throws IOException {
        Path file = file(prefix + "-" + slug(c.name()));
        write(c.content(), file);
        return file;
    }

    /** A file in the test's directory with the importer's first extension. */
    private Path file(String stem) {
        List<String> extensions = importer().extensions();
        String extension = extensions == null || extensions.isEmpty() ? "bin" : extensions.get(0);
        return directory.resolve(stem + "." + extension);
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The first way {@code actual} differs from {@code expected}, or empty when they are equal to the bit. */
    static Optional<String> difference(TensorFile expected, TensorFile actual) {
        if (!expected.tensors().keySet().equals(actual.tensors().keySet())) {
            return Optional.of("tensors " + new TreeSet<>(actual.tensors().keySet()) + ", expected "
                    + new TreeSet<>(expected.tensors().keySet()));
        }
        for (String name : new TreeSet<>(expected.tensors().keySet())) {
            Tensor want = expected.tensors().get(name);
            Tensor got = actual.tensors().get(name);
            if (!name.equals(got.name())) {
                return Optional.of("the tensor under '" + name + "' calls itself '" + got.name() + "'");
            }
            if (!Arrays.equals(want.shape(), got.shape())) {
                return Optional.of("tensor '" + name + "' has shape " + got.shapeText() + ", expected " + want.shapeText());
            }
            double[] wantValues = want.values();
            double[] gotValues = got.values();
            for (int i = 0; i < wantValues.length; i++) {
                if (Double.doubleToLongBits(wantValues[i]) != Double.doubleToLongBits(gotValues[i])) {
                    return Optional.of("tensor '" + name + "' value " + i + " is " + gotValues[i] + ", expected " + wantValues[i]);
                }
            }
        }
        Map<String, String> want = expected.metadata();
        Map<String, String> got = actual.metadata();
        if (!want.equals(got)) {
            return Optional.of("metadata " + got + ", expected " + want);
        }
        return Optional.empty();
    }
}
