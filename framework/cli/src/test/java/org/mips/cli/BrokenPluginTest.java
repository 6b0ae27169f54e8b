package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.testkit.PluginJarBuilder;

/** Plugins that cannot be used are reported with their reason and skipped; the others still work. */
class BrokenPluginTest {

    @TempDir
    Path plugins;

    private final Path program = Path.of("src/test/resources/binary_addition.json");

    private void assertReported(Cli.Result result, String... fragments) {
        assertEquals(2, result.exit(), result::toString);
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), () -> "missing '" + fragment + "' in:\n" + result);
        }
    }

    @Test
    void jarWithoutPluginIdIsReportedAndSkipped() {
        ThirdPartyPluginTest.pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        PluginJarBuilder.withoutPluginId("1.0").build(plugins.resolve("broken.jar"));
        Cli.Result listing = Cli.run("--plugins-dir", plugins.toString(), "plugins");
        assertReported(listing, "mips: broken.jar: ");
        assertEquals(1, listing.errLines().size(), listing::toString);
        assertTrue(listing.out().contains("acme-pseudo 1.0.0  STARTED"), listing::toString);

        Cli.Result emit = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "pseudo");
        assertEquals(0, emit.exit(), emit::toString);
        assertTrue(emit.err().contains("mips: warning: skipped broken.jar"), emit::toString);
    }

    @Test
    void corruptJarIsReported() throws IOException {
        Files.writeString(plugins.resolve("garbage.jar"), "this is not a zip file");
        assertReported(Cli.run("--plugins-dir", plugins.toString(), "plugins"), "mips: garbage.jar: ");
    }

    @Test
    void missingExtensionClassIsReported() {
        PluginJarBuilder.plugin("ghost", "1.0.0")
                .resource("META-INF/extensions.idx", "com.acme.NotThere\n")
                .build(plugins.resolve("ghost.jar"));
        assertReported(Cli.run("--plugins-dir", plugins.toString(), "plugins"),
                "mips: ghost: extension com.acme.NotThere cannot be loaded: class not found");
    }

    @Test
    void throwingConstructorIsReported() {
        PluginJarBuilder.plugin("grumpy", "1.0.0").source("com.acme.GrumpyEmitter", """
                package com.acme;
                @org.pf4j.Extension
                public class GrumpyEmitter implements org.mips.spi.emit.CodeEmitter {
                    public GrumpyEmitter() { throw new IllegalStateException("no licence key"); }
                    public String id() { return "grumpy"; }
                    public String description() { return ""; }
                    public String fileExtension() { return "g"; }
                    public org.mips.spi.emit.EmittedCode emit(org.mips.spi.program.Program p) { return null; }
                }
                """).build(plugins.resolve("grumpy.jar"));
        assertReported(Cli.run("--plugins-dir", plugins.toString(), "plugins"),
                "mips: grumpy: extension com.acme.GrumpyEmitter cannot be created: IllegalStateException: no licence key");
    }

    @Test
    void duplicateIdNamesBothComponents() {
        ThirdPartyPluginTest.pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        ThirdPartyPluginTest.pseudoPlugin(plugins, "rival-pseudo", "pseudo");
        Cli.Result emit = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "pseudo");
        assertReported(emit, "two components claim emitter id 'pseudo'", "plugin acme-pseudo", "plugin rival-pseudo");
        assertEquals(2, emit.exit());
        assertReported(Cli.run("--plugins-dir", plugins.toString(), "plugins"), "two components claim emitter id 'pseudo'");
    }

    @Test
    void duplicatePluginIdIsOneLineNamingBothFiles() {
        ThirdPartyPluginTest.pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        PluginJarBuilder.plugin("acme-pseudo", "2.0.0").buildZip(plugins.resolve("later.zip"));
        Cli.Result listing = Cli.run("--plugins-dir", plugins.toString(), "plugins");
        assertReported(listing, "mips: later.zip: plugin id 'acme-pseudo' is already taken by acme-pseudo.jar; remove one of the two");
        assertEquals(1, listing.errLines().size(), listing::toString);
        assertFalse(listing.toString().contains("PluginWrapper"), listing::toString);
        assertTrue(listing.out().contains("acme-pseudo 1.0.0  STARTED  (acme-pseudo.jar)"), listing::toString);

        Cli.Result emit = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "pseudo");
        assertEquals(0, emit.exit(), emit::toString);
        assertTrue(emit.err().contains("mips: warning: skipped later.zip: plugin id 'acme-pseudo' is already taken"), emit::toString);
    }
}
