package org.mips.toolkit.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalToolTest {

    @TempDir
    Path temp;

    @Test
    void findsTheFirstExecutableOnTheSearchPath() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path notExecutable = Files.createDirectory(temp.resolve("plain"));
        Files.writeString(notExecutable.resolve("tool"), "");
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path tool = Files.writeString(bin.resolve("tool"), "");
        assertTrue(tool.toFile().setExecutable(true));
        String searchPath = String.join(File.pathSeparator, empty.toString(), "", notExecutable.toString(), bin.toString());

        assertEquals(Optional.of(tool), ExternalTool.find("tool", searchPath));
        assertEquals(Optional.empty(), ExternalTool.find("other", searchPath));
        assertEquals(Optional.empty(), ExternalTool.find("tool", null));
    }

    @Test
    void givesStdinAndReturnsOutputErrorsAndStatus() throws Exception {
        ToolRun run = ExternalTool.run(ToolFixture.command("echo", "3"), temp, "one\ntwo ä\n", Duration.ofSeconds(30));

        assertEquals(new ToolRun(3, List.of("one", "two ä"), List.of("read 2 lines"), false), run);
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "the streams' files are not left in the working directory");
        }
    }

    @Test
    void killsAToolThatRunsTooLongWithEveryProcessItStarted() throws Exception {
        long start = System.nanoTime();
        ToolRun run = ExternalTool.run(ToolFixture.command("parent"), temp, "", Duration.ofMillis(1500));

        assertTrue(run.timedOut());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "returned soon after the timeout");
        assertEquals(1, run.stdout().size(), () -> "the parent printed its child's pid: " + run);
        Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(run.stdout().get(0)));
        if (child.isPresent()) {
            try {
                child.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                child.get().destroyForcibly();
                fail("the child outlived its killed parent");
            }
        }
    }
}
