package org.mips.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;
import org.pf4j.util.FileUtils;
import org.pf4j.util.Unzip;

/**
 * The plugins of one directory: jars as they are, plain directories as they are, and zips unpacked
 * into {@code .unpacked/<name>-<hash of the zip>}. PF4J's own repository re-extracts a zip only when
 * the zip is newer than its old extraction, and reproducible builds stamp every zip with the same
 * fixed date, so an upgraded plugin would silently keep running its old code; naming the extraction
 * by content makes any change take effect. Extractions whose zip is gone are removed.
 */
final class UnpackingPluginRepository implements PluginRepository {

    static final String UNPACKED = ".unpacked";

    private final Path root;

    UnpackingPluginRepository(Path root) {
        this.root = root;
    }

    @Override
    public List<Path> getPluginPaths() {
        List<Path> paths = new ArrayList<>();
        Set<Path> unpacked = new HashSet<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (FileUtils.isZipFile(entry)) {
                    Path directory = unpack(entry);
                    unpacked.add(directory);
                    paths.add(directory);
                } else if (FileUtils.isJarFile(entry) || Files.isDirectory(entry)) {
                    paths.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins in " + root, e);
        }
        removeStale(unpacked);
        return paths;
    }

    @Override
    public boolean deletePluginPath(Path pluginPath) {
        try {
            deleteTree(pluginPath);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path unpack(Path zip) {
        String name = zip.getFileName().toString();
        Path directory = root.resolve(UNPACKED).resolve(name.substring(0, name.length() - 4) + "-" + hash(zip));
        if (Files.isDirectory(directory)) {
            return directory;
        }
        Path partial = directory.resolveSibling(directory.getFileName() + ".partial");
        try {
            deleteTree(partial);
            new Unzip(zip.toFile(), partial.toFile()).extract();
            // Renamed only when complete, so an interrupted unpack is never taken for a plugin.
            Files.move(partial, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack plugin " + zip + ": " + e.getMessage(), e);
        }
        return directory;
    }

    private void removeStale(Set<Path> current) {
        Path unpackedRoot = root.resolve(UNPACKED);
        if (!Files.isDirectory(unpackedRoot)) {
            return;
        }
        try (Stream<Path> entries = Files.list(unpackedRoot)) {
            for (Path entry : entries.toList()) {
                if (!current.contains(entry)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            // Leftovers cost disk space only; they are never loaded.
        }
    }

    /** Deletes a file or directory tree; nothing to do if it does not exist. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String hash(Path zip) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(zip), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin " + zip, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
