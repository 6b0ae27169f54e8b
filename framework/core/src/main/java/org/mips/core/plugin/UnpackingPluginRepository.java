package org.mips.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mips.core.io.Directories;
import org.mips.core.io.FileDigest;
import org.pf4j.PluginRepository;
import org.pf4j.util.FileUtils;

/**
 * The plugins of one directory: jars as they are, plain directories as they are, and zips unpacked
 * into {@code .unpacked/<name>-<hash of the zip>}. PF4J's own repository re-extracts a zip only when
 * the zip is newer than its old extraction, and reproducible builds stamp every zip with the same
 * fixed date, so an upgraded plugin would silently keep running its old code; naming the extraction
 * by content makes any change take effect. Extractions whose zip is gone are removed, and so are the
 * {@code .partial} folders of an unpacking that was interrupted (by kill -9) or failed. A zip that cannot be
 * unpacked is reported to the failure sink and skipped, like a jar that cannot be loaded, so that one bad
 * archive never stops the others from loading.
 */
final class UnpackingPluginRepository implements PluginRepository {

    static final String UNPACKED = ".unpacked";

    private static final String PARTIAL = ".partial";
    private static final Pattern UNPACKED_NAME = Pattern.compile("(.*)-[0-9a-f]{12}");

    private final Path root;
    private final Consumer<PluginFailure> failures;

    /** @param failures told of each zip that cannot be unpacked, once per {@link #getPluginPaths()} */
    UnpackingPluginRepository(Path root, Consumer<PluginFailure> failures) {
        this.root = root;
        this.failures = failures;
    }

    /** The name of the file the user installed for a plugin path of this repository: for an unpacked zip, the zip's. */
    static String installedName(Path pluginPath) {
        String name = pluginPath.getFileName().toString();
        Path parent = pluginPath.getParent();
        Matcher unpacked = UNPACKED_NAME.matcher(name);
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(UNPACKED) && unpacked.matches()) {
            return unpacked.group(1) + ".zip";
        }
        return name;
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
                    unpack(entry).ifPresent(directory -> {
                        unpacked.add(directory);
                        paths.add(directory);
                    });
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
            Directories.delete(pluginPath);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Path> unpack(Path zip) {
        String name = zip.getFileName().toString();
        Path partial = null;
        try {
            Path directory = root.resolve(UNPACKED).resolve(name.substring(0, name.length() - 4) + "-" + hash(zip));
            if (Files.isDirectory(directory)) {
                return Optional.of(directory);
            }
            partial = directory.resolveSibling(directory.getFileName() + PARTIAL);
            Directories.delete(partial);
            PluginArchive.unpack(zip, partial);
            // Renamed only when complete, so an interrupted unpack is never taken for a plugin.
            Files.move(partial, directory);
            return Optional.of(directory);
        } catch (PluginArchive.UnusableArchiveException e) {
            failures.accept(new PluginFailure(name, e.getMessage()));
        } catch (IOException e) {
            failures.accept(new PluginFailure(name, "cannot unpack: " + Problems.describe(e)));
        }
        if (partial != null) {
            try {
                Directories.delete(partial);
            } catch (IOException e) {
                // Removed with the other leftovers by removeStale, at the latest at the next start.
            }
        }
        return Optional.empty();
    }

    private void removeStale(Set<Path> current) {
        Path unpackedRoot = root.resolve(UNPACKED);
        if (!Files.isDirectory(unpackedRoot)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(unpackedRoot)) {
            entries = list.filter(entry -> !current.contains(entry)).toList();
        } catch (IOException e) {
            return; // Leftovers cost disk space only; they are never loaded.
        }
        for (Path entry : entries) {
            try {
                Directories.delete(entry);
            } catch (IOException e) {
                // As above; the next start tries again.
            }
        }
    }

    /** The first 6 bytes of the zip's SHA-256, in hex: the unpacked folder changes when the zip does. */
    private static String hash(Path zip) throws IOException {
        try {
            return FileDigest.sha256(zip).substring(0, 12);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
