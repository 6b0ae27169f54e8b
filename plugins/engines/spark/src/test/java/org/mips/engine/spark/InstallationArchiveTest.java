package org.mips.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.engine.Installation;

class InstallationArchiveTest {

    @TempDir
    Path dir;

    private Path file(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void shipsTheClassPathThePluginsAsMipsUnpackedThemAndTheConfigurationButNotThisEngine() throws IOException {
        Path jar = file("lib/a.jar", "jar bytes");
        file("classes/org/x/A.class", "class bytes");
        file("home/conf/mips.yml", "search:\n");
        file("plugins/cpu.zip", "zip");
        file("plugins/.unpacked/cpu-0123456789ab/lib/cpu.jar", "cpu");
        file("plugins/own.jar", "own");
        file("plugins/spark-plugin.zip", "spark zip");
        Path engine = file("plugins/.unpacked/spark-plugin-ba9876543210/lib/engine.jar", "engine");
        file("plugins/.unpacked/gone-0123456789ab/lib/gone.jar", "an extraction whose zip is gone");

        Installation installation = new Installation(Optional.of(dir.resolve("home")), Optional.of(dir.resolve("plugins")), "java", List.of(),
                List.of(jar, dir.resolve("classes")), "org.x.Main");
        Path archive = dir.resolve("mips.zip");
        InstallationArchive.write(installation, Optional.of(engine), archive);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            TreeSet<String> names = new TreeSet<>(zip.stream().map(ZipEntry::getName).toList());
            assertEquals(new TreeSet<>(List.of("lib/000-a.jar", "lib/001-classes.jar", "plugins/cpu/lib/cpu.jar", "plugins/own.jar",
                    "conf/mips.yml")), names);
        }
    }

    @Test
    void aJobFileOutsideItsDirectoryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DirectoryFiles.write(dir.resolve("job"), Map.of("../escape.txt", new byte[0])));
    }

    @Test
    void aDirectoryGoesAndComesBackAsItWas() throws IOException {
        file("job/a.txt", "a");
        file("job/trials/b.json", "{}");
        Map<String, byte[]> files = DirectoryFiles.read(dir.resolve("job"));
        assertEquals(new TreeSet<>(List.of("a.txt", "trials/b.json")), files.keySet());
        file("copy/stale.json", "a file the job deleted");
        DirectoryFiles.replace(dir.resolve("copy"), files);
        assertEquals("{}", Files.readString(dir.resolve("copy/trials/b.json")));
        assertEquals(files.keySet(), DirectoryFiles.read(dir.resolve("copy")).keySet(), "the directory holds what the job left, no more");
    }
}
