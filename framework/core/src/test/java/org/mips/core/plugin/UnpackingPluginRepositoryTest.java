package org.mips.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.testkit.BrokenArchives;

class UnpackingPluginRepositoryTest {

    @TempDir
    Path plugins;

    private final List<PluginFailure> failures = new ArrayList<>();

    private Path zip(String name, String version) throws IOException {
        Path zip = plugins.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("plugin.properties"));
            zipOut.write(("plugin.id=demo\nplugin.version=" + version + "\n").getBytes());
            zipOut.closeEntry();
        }
        // Reproducible builds give every zip the same date; the repository must not rely on it.
        Files.setLastModifiedTime(zip, FileTime.fromMillis(1_767_225_600_000L));
        return zip;
    }

    @Test
    void aRebuiltZipWithTheSameDateIsUnpackedAfresh() throws IOException {
        zip("demo.zip", "1.0.0");
        UnpackingPluginRepository repository = new UnpackingPluginRepository(plugins, failures::add);
        List<Path> first = repository.getPluginPaths();
        assertEquals(1, first.size());
        assertTrue(Files.readString(first.get(0).resolve("plugin.properties")).contains("1.0.0"));

        zip("demo.zip", "2.0.0");
        List<Path> second = repository.getPluginPaths();
        assertEquals(1, second.size());
        assertNotEquals(first.get(0), second.get(0));
        assertTrue(Files.readString(second.get(0).resolve("plugin.properties")).contains("2.0.0"));
        assertFalse(Files.exists(first.get(0)), "the old unpacked copy is removed");
    }

    @Test
    void jarsAndDirectoriesAreTakenAsTheyAreAndHiddenEntriesIgnored() throws IOException {
        Files.writeString(plugins.resolve("a.jar"), "not inspected here");
        Files.createDirectories(plugins.resolve("b-plugin"));
        Files.createDirectories(plugins.resolve(".hidden"));
        Files.writeString(plugins.resolve("notes.txt"), "ignored");
        List<Path> paths = new UnpackingPluginRepository(plugins, failures::add).getPluginPaths();
        assertEquals(List.of(plugins.resolve("a.jar"), plugins.resolve("b-plugin")), paths);
    }

    @Test
    void aZipThatCannotBeUnpackedIsReportedAndLeavesNothingBehind() throws IOException {
        zip("good.zip", "1.0.0");
        BrokenArchives.withEntry(plugins.resolve("slip.zip"), "slip", "lib/../../escaped.txt");
        List<Path> paths = new UnpackingPluginRepository(plugins, failures::add).getPluginPaths();
        assertEquals(1, paths.size());
        assertEquals("good.zip", UnpackingPluginRepository.installedName(paths.get(0)));
        assertEquals(List.of(new PluginFailure("slip.zip", "entry 'lib/../../escaped.txt' points outside the plugin's folder")), failures);
        try (var unpacked = Files.list(plugins.resolve(UnpackingPluginRepository.UNPACKED))) {
            assertEquals(List.of(paths.get(0)), unpacked.toList());
        }
    }

    @Test
    void anInterruptedUnpackingIsRemovedAtTheNextListing() throws IOException {
        Path partial = Files.createDirectories(plugins.resolve(UnpackingPluginRepository.UNPACKED).resolve("gone-0123456789ab.partial/lib"));
        assertEquals(List.of(), new UnpackingPluginRepository(plugins, failures::add).getPluginPaths());
        assertFalse(Files.exists(partial.getParent()));
    }
}
