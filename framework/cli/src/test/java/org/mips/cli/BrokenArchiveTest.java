package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mips.testkit.BrokenArchives;
import org.mips.testkit.PluginJarBuilder;

/**
 * A plugin zip that cannot be unpacked safely is reported and skipped like a broken jar: {@code mips plugins}
 * exits 2 naming it, other commands ({@code emit}, {@code tasks}, {@code run}) warn and go on with the good
 * plugins, and no half-unpacked folder stays.
 */
class BrokenArchiveTest {

    @TempDir
    Path plugins;

    @TempDir
    Path out;

    private final Path program = Path.of("src/test/resources/binary_addition.json");

    static Stream<Arguments> archives() {
        return Stream.of(
                Arguments.of("empty.zip", (Function<Path, Path>) BrokenArchives::empty, "empty"),
                Arguments.of("slip.zip", (Function<Path, Path>) zip -> BrokenArchives.withEntry(zip, "slip", "../escaped.txt"),
                        "../escaped.txt"),
                Arguments.of("absolute.zip", (Function<Path, Path>) zip -> BrokenArchives.withEntry(zip, "absolute", "/tmp/escaped.txt"),
                        "/tmp/escaped.txt"),
                Arguments.of("link.zip", (Function<Path, Path>) zip -> BrokenArchives.withSymlink(zip, "link", "lib", "/etc"),
                        "symbolic link"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void isReportedAndSkipped(String name, Function<Path, Path> archive, String reason) throws IOException {
        ThirdPartyPluginTest.pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        archive.apply(plugins.resolve(name));

        Cli.Result listing = Cli.run("--plugins-dir", plugins.toString(), "plugins");
        assertEquals(2, listing.exit(), listing::toString);
        assertEquals(1, listing.errLines().size(), listing::toString);
        assertTrue(listing.err().startsWith("mips: " + name + ": "), listing::toString);
        assertTrue(listing.err().contains(reason), listing::toString);
        assertTrue(listing.out().contains("acme-pseudo 1.0.0  STARTED"), listing::toString);

        Cli.Result emit = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "pseudo");
        assertEquals(0, emit.exit(), emit::toString);
        assertTrue(emit.err().contains("mips: warning: skipped " + name + ": "), emit::toString);

        Cli.Result tasks = Cli.run("--plugins-dir", plugins.toString(), "tasks");
        assertEquals(0, tasks.exit(), tasks::toString);

        PluginJarBuilder.plugin("acme-table", "1.0.0").source("com.acme.table.Tabulate", TestPlugins.TABULATE)
                .build(plugins.resolve("acme-table.jar"));
        TestPlugins.parityMachine(out);
        Cli.Result run = Cli.run("--plugins-dir", plugins.toString(), "--set", "pipeline.skip=prove,emit",
                "run", "Parity_All", "--from", "regress", "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("mips: warning: skipped " + name + ": "), run::toString);

        assertFalse(Files.exists(plugins.resolve("escaped.txt")), "nothing is written outside the plugin's folder");
        assertEquals(0, leftovers(plugins.resolve(".unpacked")), "no partial unpacking is left");
    }

    private static long leftovers(Path unpacked) throws IOException {
        if (!Files.isDirectory(unpacked)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(unpacked)) {
            return entries.count();
        }
    }
}
