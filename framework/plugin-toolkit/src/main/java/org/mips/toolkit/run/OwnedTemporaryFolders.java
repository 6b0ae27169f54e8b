package org.mips.toolkit.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Temporary folders named after the process that owns them, {@code mips-<what>-pid<pid>-<random>}, so that
 * the folders of a process that is gone can be recognised and removed by the next one. A process killed with
 * {@code kill -9}, or stopped by Ctrl-C while a tool runs, never reaches the {@code finally} that deletes its
 * folder; no shutdown hook runs after {@code kill -9}, and the folder cannot live under the run's folder
 * because emitters and provers are handed a program, not a place (and {@code mips emit} or {@code prove} have
 * no run folder). So the next process sweeps them instead.
 *
 * <p>A folder is removed only when no process with its pid is alive: a pid reused by an unrelated process
 * only delays the removal. The pid must be visible, so processes that share a temporary directory must share
 * a pid namespace (as the commands of one machine or one container do).
 */
final class OwnedTemporaryFolders {

    static final String PREFIX = "mips-";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + ".*-pid(\\d+)-\\d+");

    private OwnedTemporaryFolders() {
    }

    /** Removes the folders of dead processes from {@code parent}, then creates one for this process. */
    static Path create(Path parent, String prefix) throws IOException {
        removeOrphans(parent);
        String owned = (prefix.startsWith(PREFIX) ? prefix : PREFIX + prefix) + "-pid" + ProcessHandle.current().pid() + "-";
        return Files.createTempDirectory(parent, owned);
    }

    /** Removes, as far as it can, every folder in {@code parent} named for a process that is no longer alive. */
    static void removeOrphans(Path parent) {
        List<Path> orphans;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
            orphans = StreamSupport.stream(entries.spliterator(), false)
                    .filter(OwnedTemporaryFolders::isOrphan).toList();
        } catch (IOException e) {
            return; // a leftover costs disk space only
        }
        orphans.forEach(OwnedTemporaryFolders::deleteTree);
    }

    private static boolean isOrphan(Path folder) {
        Matcher owned = OWNED.matcher(folder.getFileName().toString());
        if (!owned.matches() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(owned.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** Deletes {@code root} and everything in it, as far as possible; symbolic links are deleted, never followed. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // A leftover temporary file must not turn a result into an error; the next sweep tries again.
        }
    }
}
