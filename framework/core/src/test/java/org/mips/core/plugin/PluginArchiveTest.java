package org.mips.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.testkit.BrokenArchives;

class PluginArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aZipBehindAStubIsStillRead() throws Exception {
        Path zip = BrokenArchives.withEntry(dir.resolve("stub.zip"), "stub", "lib/readme.txt");
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, "#!/bin/sh\nexit 0\n".getBytes());
        Files.write(zip, bytes, StandardOpenOption.APPEND);
        PluginArchive.unpack(zip, dir.resolve("out"));
        assertEquals("content", Files.readString(dir.resolve("out/lib/readme.txt")));
    }

    @Test
    void aSymbolicLinkWrittenByInfoZipIsRefused() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("plugin.properties"), "plugin.id=link\nplugin.version=1.0.0\n");
        Files.createSymbolicLink(work.resolve("lib"), Path.of("/etc"));
        assumeTrue(run(work, "zip", "--symlinks", "../link.zip", "plugin.properties", "lib"), "no zip on the path");
        PluginArchive.UnusableArchiveException e = assertThrows(PluginArchive.UnusableArchiveException.class,
                () -> PluginArchive.unpack(dir.resolve("link.zip"), dir.resolve("out")));
        assertEquals("entry 'lib' is a symbolic link, which a plugin may not contain", e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    private static boolean run(Path directory, String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
