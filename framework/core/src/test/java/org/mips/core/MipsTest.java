package org.mips.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.core.registry.RegisteredComponent;
import org.mips.spi.emit.CodeEmitter;
import org.pf4j.PluginManager;

class MipsTest {

    @Test
    void findsClassPathExtensionsAndCreatesThemThroughGuice() {
        try (Mips mips = Mips.start(Optional.empty())) {
            CodeEmitter echo = mips.registry().get(CodeEmitter.class, "echo");
            assertEquals("org.mips.core.registry.EchoEmitter", echo.getClass().getName());
            PluginManager injected = ((org.mips.core.registry.EchoEmitter) echo).injected;
            assertSame(mips.injector().getInstance(PluginManager.class), injected);
            assertTrue(mips.classpathComponents().stream().anyMatch(c -> c.origin().equals(RegisteredComponent.CLASSPATH)));
            assertTrue(mips.plugins().isEmpty());
            assertTrue(mips.registry().failures().isEmpty(), () -> mips.registry().failures().toString());
        }
    }
}
