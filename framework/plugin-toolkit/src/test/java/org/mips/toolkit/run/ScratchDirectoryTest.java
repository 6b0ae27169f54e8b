package org.mips.toolkit.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
