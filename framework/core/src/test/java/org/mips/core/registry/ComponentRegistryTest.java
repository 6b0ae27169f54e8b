package org.mips.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.core.UserException;
import org.mips.core.plugin.PluginFailure;
import org.mips.spi.emit.CodeEmitter;

class ComponentRegistryTest {

    private final EchoEmitter echo = new EchoEmitter(null, null);

    @Test
    void findsByKindAndId() {
        ComponentRegistry registry = new ComponentRegistry(
                List.of(new RegisteredComponent(ComponentKind.EMITTER, "echo", "a", echo)), List.of());
        assertEquals(echo, registry.get(CodeEmitter.class, "echo"));
        assertEquals(List.of(echo), registry.all(CodeEmitter.class));
    }

    @Test
    void unknownIdListsWhatThereIs() {
        ComponentRegistry registry = new ComponentRegistry(
                List.of(new RegisteredComponent(ComponentKind.EMITTER, "echo", "a", echo)), List.of());
        assertEquals("no emitter 'rust'; available: echo",
                assertThrows(UserException.class, () -> registry.get(CodeEmitter.class, "rust")).getMessage());
    }

    @Test
    void duplicateIdsAreAnErrorNamingBoth() {
        ComponentRegistry registry = new ComponentRegistry(List.of(
                new RegisteredComponent(ComponentKind.EMITTER, "echo", "first", echo),
                new RegisteredComponent(ComponentKind.EMITTER, "echo", RegisteredComponent.CLASSPATH, echo)), List.of());
        String expected = "two components claim emitter id 'echo': echo (org.mips.core.registry.EchoEmitter, plugin first)"
                + " and echo (org.mips.core.registry.EchoEmitter, class path)";
        assertEquals(expected, assertThrows(UserException.class, () -> registry.get(CodeEmitter.class, "echo")).getMessage());
        assertEquals(List.of(new PluginFailure("emitter 'echo'", expected)), registry.failures());
        assertEquals(List.of(), registry.all(CodeEmitter.class));
    }
}
