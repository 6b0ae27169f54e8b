package org.mips.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SPI holds contracts and the values that cross between host and plugin, because plugins load it
 * from the host and cannot bring a version of their own. A helper only plugins use belongs in the plugin
 * toolkit, which each plugin bundles. This test finds every public type of the SPI and fails on a class
 * that is none of interface, record, enum, exception or annotation, unless it is listed below with the
 * reason the host needs it too.
 */
class SpiShapeTest {

    /** Classes that are neither contracts nor plain values, and why both sides need them. */
    private static final Map<String, String> HOST_AND_PLUGIN = Map.of(
            "org.mips.spi.program.Arithmetic", "the meaning of every IR operator, which the interpreter and every emitter share",
            "org.mips.spi.program.Interpreter", "the reference semantics the host verifies programs with",
            "org.mips.spi.program.ExprSyntax", "the text form of expressions in artifacts, task specifications and reports",
            "org.mips.spi.emit.ProgramSamples", "the inputs of CodeEmitter's default check, which the host also runs",
            "org.mips.spi.config.Setting", "a value: a typed, documented setting that components declare and the host resolves",
            "org.mips.spi.task.SequenceBatch", "a value: sequences in flat arrays, as datasets and training requests carry them",
            "org.mips.spi.pipeline.BuiltInStages", "the ids of the host's stages, which a plugin's stage places itself against",
            "org.mips.spi.pipeline.StandardArtifacts", "the artifact types the host's stages read and write, for plugins' stages");

    @Test
    void everyPublicClassIsAContractOrAValueOrListed() throws IOException, URISyntaxException {
        Map<String, String> unexpected = new TreeMap<>();
        for (Class<?> type : publicTypes()) {
            if (!isContractOrValue(type) && !HOST_AND_PLUGIN.containsKey(type.getName())) {
                unexpected.put(type.getName(), kind(type));
            }
        }
        assertEquals(Map.of(), unexpected, "public classes of the SPI that look like plugin helpers;"
                + " move them to the plugin toolkit, or list them here with the reason the host needs them");
    }

    @Test
    void theListNamesOnlyClassesThatExist() throws IOException, URISyntaxException {
        List<String> names = publicTypes().stream().map(Class::getName).toList();
        for (String listed : HOST_AND_PLUGIN.keySet()) {
            assertTrue(names.contains(listed), listed + " is listed but is not a public class of the SPI");
        }
    }

    static boolean isContractOrValue(Class<?> type) {
        return type.isInterface() || type.isRecord() || type.isEnum() || type.isSealed()
                || Throwable.class.isAssignableFrom(type) || type.isAnnotation();
    }

    private static String kind(Class<?> type) {
        return Modifier.isFinal(type.getModifiers()) ? "final class" : "class";
    }

    /** The public top-level types compiled from the SPI's sources. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path root = Path.of(Component.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .map(SpiShapeTest::load)
                    .filter(c -> Modifier.isPublic(c.getModifiers()))
                    .<Class<?>>map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SpiShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
