package org.mips.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plugin zips that a careless or hostile user might drop into the plugins directory, for tests of how the
 * host refuses them. Each has a valid {@code plugin.properties}, so only the named defect is wrong.
 */
public final class BrokenArchives {

    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int UNIX = 3;
    private static final int SYMLINK_MODE = 0120777;

    private BrokenArchives() {
    }

    /** A zero-byte file named like a zip. */
    public static Path empty(Path zip) {
        return write(zip, new byte[0]);
    }

    /** A plugin zip with one more entry named {@code name}, e.g. {@code ../escaped.txt}. */
    public static Path withEntry(Path zip, String pluginId, String name) {
        return write(zip, zipBytes(pluginId, name, "content"));
    }

    /**
     * A plugin zip with an entry that unzip tools restore as a symbolic link {@code name -> target}
     * (Unix mode in the central directory's external attributes, as {@code zip --symlinks} writes it).
     */
    public static Path withSymlink(Path zip, String pluginId, String name, String target) {
        byte[] bytes = zipBytes(pluginId, name, target);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        // The last central header is the link's: mark it made on Unix with the symlink mode.
        for (int at = bytes.length - 22; at >= 0; at--) {
            if (buffer.getInt(at) == CENTRAL_HEADER) {
                buffer.put(at + 5, (byte) UNIX);
                buffer.putInt(at + 38, SYMLINK_MODE << 16);
                break;
            }
        }
        return write(zip, bytes);
    }

    private static byte[] zipBytes(String pluginId, String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("plugin.properties"));
            out.write(("plugin.id=" + pluginId + "\nplugin.version=1.0.0\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Path write(Path zip, byte[] bytes) {
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            return Files.write(zip, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        }
    }
}
