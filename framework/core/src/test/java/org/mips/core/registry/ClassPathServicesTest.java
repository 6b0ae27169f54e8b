package org.mips.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.stages.SearchStage;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.testkit.PluginJarBuilder;

class ClassPathServicesTest {

    /** An emitter as a third party writes one; {@code name} is its class's simple name and its id. */
    static String emitter(String pkg, String name, String constructor) {
        return "package " + pkg + ";\n"
                + "import org.mips.spi.emit.*; import org.mips.spi.program.Program;\n"
                + "@org.pf4j.Extension public final class " + name + " implements CodeEmitter {\n"
                + constructor + "\n"
                + "  public String id() { return \"" + name.toLowerCase(java.util.Locale.ROOT) + "\"; }\n"
                + "  public String description() { return \"test\"; }\n"
                + "  public String fileExtension() { return \"txt\"; }\n"
                + "  public EmittedCode emit(Program p) { return new EmittedCode(id(), p.name() + \".txt\", p.name(), p.name()); }\n"
                + "}\n";
    }

    @TempDir
    Path dir;

    @Test
    void theBuiltInStagesAreListedInCoresServicesFiles() {
        ClassPathServices.Listing listing = ClassPathServices.find(ClassPathServices.class.getClassLoader());
        assertEquals(SearchStage.class, listing.classes().get(SearchStage.class.getName()));
        long stages = listing.classes().values().stream().filter(org.mips.spi.pipeline.Stage.class::isAssignableFrom).count();
        assertEquals(BuiltInStages.ALL.size(), stages);
        assertTrue(listing.failures().isEmpty(), listing.failures()::toString);
        assertFalse(listing.classes().containsKey(EchoEmitter.class.getName()),
                "an extension with only an injected constructor is not listed (ServiceLoader could not create it)");
    }

    @Test
    void everyEntryServiceLoaderCannotUseIsAFailureAndTheOthersStillCount() throws Exception {
        Path jar = PluginJarBuilder.plugin("acme", "1.0.0")
                .source("com.acme.Shout", emitter("com.acme", "Shout", ""))
                .source("com.acme.Whisper", emitter("com.acme", "Whisper", "@jakarta.inject.Inject public Whisper(org.mips.spi.config.Settings s) { }"))
                .source("com.acme.Plain", "package com.acme; public final class Plain { }")
                .resource("META-INF/services/org.mips.spi.emit.CodeEmitter", "# by hand\ncom.acme.Missing\ncom.acme.Whisper\ncom.acme.Plain\n"
                        + "com.acme.Shout\n")
                .build(dir.resolve("acme.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ClassPathServices.Listing listing = ClassPathServices.find(loader);
            assertEquals("com.acme.Shout", listing.classes().get("com.acme.Shout").getName());
            assertTrue(listing.classes().containsKey(SearchStage.class.getName()), "the parent's files count too");
            String file = "META-INF/services/org.mips.spi.emit.CodeEmitter lists what ServiceLoader cannot use: org.mips.spi.emit.CodeEmitter: ";
            assertEquals(List.of(
                    new PluginFailure(RegisteredComponent.CLASSPATH, file + "Provider com.acme.Missing not found"),
                    new PluginFailure(RegisteredComponent.CLASSPATH, file + "com.acme.Whisper Unable to get public no-arg constructor"),
                    new PluginFailure(RegisteredComponent.CLASSPATH, file + "com.acme.Plain not a subtype")), listing.failures());
        }
    }
}
