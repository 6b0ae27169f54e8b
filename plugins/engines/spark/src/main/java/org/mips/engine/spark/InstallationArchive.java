package org.mips.engine.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mips.spi.engine.Installation;

/**
 * The mips installation as one zip for {@code spark.archives}, which Spark unpacks on every executor: so a
 * worker needs Java and Spark, not mips. It holds {@code lib/} (the driver's class path: its jars, and any
 * class directory as a jar), {@code plugins/} (the plugins the command uses, but this engine, which a job
 * does not need) and {@code conf/} (the installed configuration).
 */
final class InstallationArchive {

    /** The folder a plugin zip is unpacked into: its name without {@code .zip}, a dash, and a hash of its content. */
    private static final Pattern UNPACKED_NAME = Pattern.compile("(.*)-[0-9a-f]{12}");

    private InstallationArchive() {
    }

    /**
     * Writes the archive of {@code installation} to {@code target}, leaving out the plugin that holds
     * {@code engineJar}.
     */
    static void write(Installation installation, Optional<Path> engineJar, Path target) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            // Jars are compressed already: storing them quickly matters more than a few percent.
            zip.setLevel(Deflater.BEST_SPEED);
            int entry = 0;
            for (Path element : installation.classPath()) {
                String name = String.format(java.util.Locale.ROOT, "lib/%03d-%s", entry++, element.getFileName());
                if (Files.isDirectory(element)) {
                    zip.putNextEntry(new ZipEntry(name + ".jar"));
                    jarOf(element, zip);
                    zip.closeEntry();
                } else if (Files.isRegularFile(element)) {
                    add(zip, name, element);
                }
            }
            if (installation.pluginsDir().isPresent()) {
                for (Map.Entry<String, Path> plugin : plugins(installation.pluginsDir().get(), engineJar).entrySet()) {
                    if (Files.isDirectory(plugin.getValue())) {
                        for (Path file : files(plugin.getValue())) {
                            add(zip, "plugins/" + plugin.getKey() + "/" + slashed(plugin.getValue().relativize(file)), file);
                        }
                    } else {
                        add(zip, "plugins/" + plugin.getKey(), plugin.getValue());
                    }
                }
            }
            Optional<Path> conf = installation.home().map(home -> home.resolve("conf")).filter(Files::isDirectory);
            if (conf.isPresent()) {
                for (Path file : files(conf.get())) {
                    add(zip, "conf/" + slashed(conf.get().relativize(file)), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plugins to ship, by their name in the shipped {@code plugins/}: a zip as the folder mips unpacked it into
     * ({@code .unpacked/<name>-<hash>}), so that the jobs on an executor never unpack it at once into one folder;
     * jars and folders as they are; never the plugin holding {@code engineJar}.
     */
    static Map<String, Path> plugins(Path dir, Optional<Path> engineJar) throws IOException {
        Map<String, Path> unpacked = new TreeMap<>();
        Path unpackedDir = dir.resolve(".unpacked");
        if (Files.isDirectory(unpackedDir)) {
            try (Stream<Path> list = Files.list(unpackedDir)) {
                for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                    Matcher name = UNPACKED_NAME.matcher(folder.getFileName().toString());
                    if (name.matches()) {
                        unpacked.put(name.group(1) + ".zip", folder);
                    }
                }
            }
        }
        Map<String, Path> plugins = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Path shipped = name.endsWith(".zip") && unpacked.containsKey(name) ? unpacked.get(name) : entry;
                String shippedName = shipped == entry ? name : name.substring(0, name.length() - ".zip".length());
                boolean engine = engineJar.map(jar -> jar.toAbsolutePath().normalize().startsWith(shipped.toAbsolutePath().normalize()))
                        .orElse(false);
                if (!engine && (Files.isDirectory(shipped) || Files.isRegularFile(shipped))) {
                    plugins.put(shippedName, shipped);
                }
            }
        }
        return plugins;
    }

    private static void jarOf(Path classes, OutputStream out) throws IOException {
        ZipOutputStream jar = new ZipOutputStream(out) {
            @Override
            public void close() throws IOException {
                finish(); // the outer zip goes on
            }
        };
        for (Path file : files(classes)) {
            add(jar, slashed(classes.relativize(file)), file);
        }
        jar.close();
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
