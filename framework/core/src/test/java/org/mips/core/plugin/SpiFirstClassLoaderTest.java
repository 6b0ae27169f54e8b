package org.mips.core.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiFirstClassLoaderTest {

    @Test
    void sharedPackagesComeFromTheHost() {
        assertTrue(SpiFirstClassLoader.isParentFirst("org.mips.spi.emit.CodeEmitter"));
        assertTrue(SpiFirstClassLoader.isParentFirst("jakarta.inject.Inject"));
        assertTrue(SpiFirstClassLoader.isParentFirst("com.fasterxml.jackson.annotation.JsonProperty"));
        assertTrue(SpiFirstClassLoader.isParentFirst("org.pf4j.Extension"));
    }

    @Test
    void everythingElseIsThePluginsOwn() {
        assertFalse(SpiFirstClassLoader.isParentFirst("org.mips.core.Mips"));
        assertFalse(SpiFirstClassLoader.isParentFirst("org.mips.spinoff.Thing"));
        assertFalse(SpiFirstClassLoader.isParentFirst("com.fasterxml.jackson.databind.ObjectMapper"));
    }
}
