package org.mips.toolkit.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScratchDirectoryTest {

    @Test
    void writesOnlyIntoItselfAndIsDeletedWithItsContents() throws Exception {
        Path root;
        try (ScratchDirectory dir = ScratchDirectory.create("mips-test")) {
            root = dir.path();
            Path file = dir.write("../elsewhere/Main.java", "class Main {}\n");
            Files.createDirectories(root.resolve("classes/nested"));
            Files.writeString(root.resolve("classes/nested/Main.class"), "");

            assertEquals(root.resolve("Main.java"), file);
            assertEquals("class Main {}\n", Files.readString(file));
        }
        assertFalse(Files.exists(root));
    }

    /**
     * A process killed while it holds a scratch directory (kill -9, or SIGTERM as Ctrl-C ends it) cannot delete
     * it; the next process that creates one removes it.
     */
    @ParameterizedTest(name = "forcibly: {0}")
    @ValueSource(booleans = {true, false})
    void theDirectoryOfAKilledProcessIsRemovedByTheNextOne(boolean forcibly, @TempDir Path tmp) throws Exception {
        Process holder = new ProcessBuilder(ScratchFixture.command(tmp, "hold")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path left;
        try (BufferedReader out = holder.inputReader(StandardCharsets.UTF_8)) {
            left = Path.of(out.readLine());
        } finally {
            if (forcibly) {
                holder.destroyForcibly();
            } else {
                holder.destroy();
            }
            holder.waitFor();
        }
        assertTrue(Files.isDirectory(left), "the killed process left " + left);

        Process next = new ProcessBuilder(ScratchFixture.command(tmp, "use")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String used = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, next.waitFor());

        assertFalse(Files.exists(left), left + " is still there");
        assertFalse(Files.exists(Path.of(used)));
        try (Stream<Path> rest = Files.list(tmp)) {
            assertEquals(List.of(), rest.toList());
        }
    }
}
