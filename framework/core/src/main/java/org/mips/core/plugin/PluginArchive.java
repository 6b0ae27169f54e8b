package org.mips.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a plugin zip, checking every entry before anything is written: an entry that is absolute, climbs
 * out with {@code ..}, or is a symbolic link is refused, since it could only be a mistake or an attack, and a
 * zip that cannot be read is refused with the reader's reason. The message of the {@link UnusableArchiveException}
 * is one line for the user.
 */
final class PluginArchive {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private PluginArchive() {
    }

    /** Why an archive was refused, in one line without the archive's name. */
    static final class UnusableArchiveException extends Exception {
        UnusableArchiveException(String reason) {
            super(reason);
        }
    }

    /** Unpacks {@code zip} into {@code target}, which must not exist yet. */
    static void unpack(Path zip, Path target) throws UnusableArchiveException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = archive.stream().toList();
            check(entries, ZipSymbolicLinks.in(zip));
            Files.createDirectories(target);
            for (ZipEntry entry : entries) {
                Path file = target.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, file);
                } catch (FileAlreadyExistsException e) {
                    throw new UnusableArchiveException("entry '" + entry.getName() + "' appears twice");
                }
            }
        } catch (ZipException e) {
            throw new UnusableArchiveException("not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UnusableArchiveException("cannot unpack: " + Problems.describe(e));
        }
    }

    private static void check(List<? extends ZipEntry> entries, Set<String> links) throws UnusableArchiveException {
        Path root = Path.of("plugin");
        for (ZipEntry entry : entries) {
            String name = entry.getName();
            if (links.contains(name)) {
                throw new UnusableArchiveException("entry '" + name + "' is a symbolic link, which a plugin may not contain");
            }
            if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
                throw new UnusableArchiveException("entry '" + name + "' has an absolute path");
            }
            try {
                if (List.of(name.split("[/\\\\]")).contains("..") || !root.resolve(name).normalize().startsWith(root)) {
                    throw new UnusableArchiveException("entry '" + name + "' points outside the plugin's folder");
                }
            } catch (InvalidPathException e) {
                throw new UnusableArchiveException("entry '" + name + "' is not a valid file name: " + e.getReason());
            }
        }
    }
}
