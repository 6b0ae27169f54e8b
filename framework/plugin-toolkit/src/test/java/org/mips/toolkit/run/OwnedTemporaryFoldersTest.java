package org.mips.toolkit.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedTemporaryFoldersTest {

    @TempDir
    Path tmp;

    @Test
    void theFoldersOfLiveProcessesAndOthersAreKept() throws Exception {
        Path mine = OwnedTemporaryFolders.create(tmp, "mips-test");
        Path foreign = Files.createDirectory(tmp.resolve("mips-python123"));
        Path alive = Files.createDirectory(tmp.resolve("mips-tool-pid" + ProcessHandle.current().parent().orElseThrow().pid() + "-42"));
        OwnedTemporaryFolders.removeOrphans(tmp);
        assertTrue(Files.isDirectory(mine));
        assertTrue(Files.isDirectory(foreign));
        assertTrue(Files.isDirectory(alive));
        assertTrue(mine.getFileName().toString().startsWith("mips-test-pid" + ProcessHandle.current().pid() + "-"), mine::toString);
    }
}
