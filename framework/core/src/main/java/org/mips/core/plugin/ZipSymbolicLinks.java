package org.mips.core.plugin;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * The entries of a zip that its central directory marks as Unix symbolic links. {@code java.util.zip} does not
 * expose an entry's external attributes, where {@code zip --symlinks} records the link, and extracts such an
 * entry as a file holding the link's target; so the central directory is read here, for that one bit.
 */
final class ZipSymbolicLinks {

    private static final int END = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int CENTRAL_LENGTH = 46;
    private static final int MADE_ON_UNIX = 3;
    private static final int FILE_TYPE = 0170000;
    private static final int SYMLINK_TYPE = 0120000;
    private static final long UNSET = 0xFFFFFFFFL;

    private ZipSymbolicLinks() {
    }

    /** @throws ZipException if the central directory cannot be found or read */
    static Set<String> in(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip)) {
            int tailLength = (int) Math.min(channel.size(), END_LENGTH + 0xFFFF);
            long tailStart = channel.size() - tailLength;
            ByteBuffer tail = read(channel, tailStart, tailLength);
            int end = tailLength - END_LENGTH;
            while (end >= 0 && tail.getInt(end) != END) {
                end--;
            }
            if (end < 0) {
                throw new ZipException("no end of central directory");
            }
            long size = Integer.toUnsignedLong(tail.getInt(end + 12));
            long offset;
            if (size != UNSET && Integer.toUnsignedLong(tail.getInt(end + 16)) != UNSET) {
                // The directory ends where its end record starts; counted from there, as java.util.zip does,
                // so that bytes prepended to the zip (a self-extracting stub) do not shift it.
                offset = tailStart + end - size;
            } else if (end >= 20 && tail.getInt(end - 20) == ZIP64_LOCATOR) {
                ByteBuffer zip64 = read(channel, tail.getLong(end - 20 + 8), 56);
                if (zip64.getInt(0) != ZIP64_END) {
                    throw new ZipException("no zip64 end of central directory");
                }
                size = zip64.getLong(40);
                offset = zip64.getLong(48);
            } else {
                throw new ZipException("no zip64 end of central directory");
            }
            if (size > Integer.MAX_VALUE || offset < 0 || offset + size > channel.size()) {
                throw new ZipException("central directory out of bounds");
            }
            return links(read(channel, offset, (int) size));
        }
    }

    private static Set<String> links(ByteBuffer directory) throws ZipException {
        Set<String> links = new LinkedHashSet<>();
        int at = 0;
        while (at + CENTRAL_LENGTH <= directory.limit()) {
            if (directory.getInt(at) != CENTRAL) {
                throw new ZipException("bad central directory entry at offset " + at);
            }
            int madeOn = Byte.toUnsignedInt(directory.get(at + 5));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            int mode = directory.getInt(at + 38) >>> 16;
            if (at + CENTRAL_LENGTH + nameLength > directory.limit()) {
                throw new ZipException("truncated central directory");
            }
            if (madeOn == MADE_ON_UNIX && (mode & FILE_TYPE) == SYMLINK_TYPE) {
                byte[] name = new byte[nameLength];
                directory.get(at + CENTRAL_LENGTH, name);
                links.add(new String(name, StandardCharsets.UTF_8)); // as java.util.zip.ZipFile reads names
            }
            at += CENTRAL_LENGTH + nameLength + extraLength + commentLength;
        }
        return links;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("zip ends early");
            }
        }
        return buffer.flip();
    }
}
