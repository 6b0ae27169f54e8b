package org.mips.examples.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mips.core.Mips;
import org.mips.core.registry.ComponentKind;
import org.mips.core.registry.RegisteredComponent;
import org.mips.spi.Component;
import org.mips.spi.regress.Regressor;

/** The bundled jars' {@code META-INF/services} files, read by a plain ServiceLoader and by the host. */
class ServiceFilesTest {

    @Test
    void aPlainServiceLoaderFindsAndCreatesTheBundledRegressors() {
        List<String> ids = ServiceLoader.load(Regressor.class).stream().map(p -> p.get().id()).sorted().toList();
        assertEquals(List.of("boolean", "linear", "symbolic", "table"), ids);
    }

    @Test
    void everyExtensionPointsServicesListTheComponentsTheHostRegisters() {
        try (Mips mips = Mips.start(Optional.empty())) {
            assertTrue(mips.registry().failures().isEmpty(), () -> mips.registry().failures().toString());
            for (ComponentKind kind : ComponentKind.values()) {
                List<String> plain = ServiceLoader.load(kind.type()).stream().map(p -> ((Component) p.get()).id()).sorted().toList();
                List<String> registered = mips.registry().components(kind).stream().map(RegisteredComponent::id).toList();
                assertFalse(plain.isEmpty(), kind.label());
                assertEquals(registered, plain, kind.label());
            }
        }
    }
}
