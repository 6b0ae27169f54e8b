package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.testkit.PluginJarBuilder;

/**
 * A plugin written by someone else: compiled at test time against the SPI only, dropped into a plugins
 * directory, and used by the unchanged host.
 */
class ThirdPartyPluginTest {

    static final String PSEUDO_EMITTER = """
            package com.acme.pseudo;

            import org.mips.spi.emit.CodeEmitter;
            import org.mips.spi.emit.EmittedCode;
            import org.mips.spi.program.Program;
            import org.mips.spi.program.StateVariable;
            import org.pf4j.Extension;

            @Extension
            public class PseudoEmitter implements CodeEmitter {
                @Override public String id() { return "%s"; }
                @Override public String description() { return "Writes programs as pseudocode."; }
                @Override public String fileExtension() { return "txt"; }
                @Override public EmittedCode emit(Program program) {
                    StringBuilder text = new StringBuilder("PROGRAM " + program.name() + "\\n");
                    for (StateVariable s : program.state()) {
                        text.append("STATE ").append(s.name()).append(" = ").append(s.initial()).append("\\n");
                    }
                    return new EmittedCode(id(), program.name() + ".txt", program.name(), text.toString());
                }
            }
            """;

    static Path pseudoPlugin(Path dir, String pluginId, String emitterId) {
        return PluginJarBuilder.plugin(pluginId, "1.0.0")
                .manifest("Plugin-Description", "Pseudocode for the whiteboard.")
                .source("com.acme.pseudo.PseudoEmitter", PSEUDO_EMITTER.formatted(emitterId))
                .build(dir.resolve(pluginId + ".jar"));
    }

    @TempDir
    Path plugins;

    @Test
    void listedByPluginsCommand() {
        pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "plugins");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("acme-pseudo 1.0.0  STARTED  (acme-pseudo.jar)"), result::toString);
        assertTrue(result.out().contains("Pseudocode for the whiteboard."), result::toString);
        assertTrue(result.out().matches("(?s).*emitter\\s+pseudo\\s+Writes programs as pseudocode\\..*"), result::toString);
    }

    @Test
    void usedByEmitCommand() {
        pseudoPlugin(plugins, "acme-pseudo", "pseudo");
        Path program = Path.of("src/test/resources/binary_addition.json");
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "emit", "--program", program.toString(), "--lang", "pseudo");
        assertEquals(0, result.exit(), result::toString);
        assertEquals("PROGRAM binary_addition\nSTATE digit = 0\nSTATE carry = 0\n", result.out());
        // It has no way to run its output, and says so instead of claiming a pass.
        assertTrue(result.err().contains("check pseudo: not available"), result::toString);
    }
}
