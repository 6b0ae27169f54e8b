package org.mips.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.Mips;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.stages.SearchStage;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.pipeline.Stage;
import org.mips.testkit.PluginJarBuilder;

class ComponentScannerTest {

    private static final String ECHO_SOURCE = """
            package org.mips.core.registry;
            import org.mips.spi.emit.*; import org.mips.spi.program.Program;
            @org.pf4j.Extension public class EchoEmitter implements CodeEmitter {
              public String id() { return "echo"; }
              public String description() { return "the plugin's copy"; }
              public String fileExtension() { return "txt"; }
              public EmittedCode emit(Program p) { return new EmittedCode(id(), p.name() + ".txt", p.name(), p.name()); }
            }
            """;

    @TempDir
    Path plugins;

    @Test
    void aClassInTheServicesFilesAndInTheExtensionIndexIsRegisteredOnce() {
        ClassLoader loader = getClass().getClassLoader();
        assertTrue(ClassPathServices.find(loader).classes().containsKey(SearchStage.class.getName()));
        try (Mips mips = Mips.start(Optional.empty())) {
            assertTrue(mips.registry().failures().isEmpty(), () -> mips.registry().failures().toString());
            List<RegisteredComponent> search = mips.registry().components(ComponentKind.STAGE).stream()
                    .filter(c -> c.id().equals("search")).toList();
            assertEquals(1, search.size());
            assertSame(SearchStage.class, search.get(0).instance().getClass());
            assertSame(search.get(0).instance(), mips.registry().get(Stage.class, "search"));
        }
    }

    @Test
    void aClassOnTheClassPathIsNotRegisteredAgainFromAPluginWithACopyOfIt() {
        PluginJarBuilder.plugin("copy", "1.0.0").source("org.mips.core.registry.EchoEmitter", ECHO_SOURCE).build(plugins.resolve("copy.jar"));
        try (Mips mips = Mips.start(Optional.of(plugins))) {
            assertTrue(mips.registry().failures().isEmpty(), () -> mips.registry().failures().toString());
            CodeEmitter echo = mips.registry().get(CodeEmitter.class, "echo");
            assertSame(EchoEmitter.class, echo.getClass(), "the class path's copy is the one used");
            assertEquals(List.of("copy"), mips.plugins().stream().map(p -> p.id()).toList());
            assertEquals(List.of(), mips.plugins().get(0).components());
        }
    }

    @Test
    void twoDifferentClassesWithTheSameIdAreStillAConflict() {
        PluginJarBuilder.plugin("other", "1.0.0").source("com.acme.EchoEmitter", ECHO_SOURCE.replace("package org.mips.core.registry;",
                "package com.acme;")).build(plugins.resolve("other.jar"));
        try (Mips mips = Mips.start(Optional.of(plugins))) {
            assertEquals(List.of(new PluginFailure("emitter 'echo'", "two components claim emitter id 'echo': "
                    + "echo (org.mips.core.registry.EchoEmitter, class path) and echo (com.acme.EchoEmitter, plugin other)")),
                    mips.registry().failures());
        }
    }
}
