package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.mips.toolkit.run.ExternalTool;
import org.mips.toolkit.run.ScratchDirectory;
import org.mips.toolkit.run.ToolRun;

/** Verifies Dafny text with {@code dafny /compile:0} for tests; a missing dafny fails, as in the contract. */
final class DafnyVerification {

    private DafnyVerification() {
    }

    /** Asserts that {@code source}, saved as {@code fileName}, verifies (exit status 0). */
    static void assertVerifies(String fileName, String source) throws Exception {
        Path dafny = ExternalTool.find("dafny").orElseGet(() -> fail("dafny is not on PATH"));
        try (ScratchDirectory dir = ScratchDirectory.create("mips-dafny-test")) {
            dir.write(fileName, source);
            ToolRun run = ExternalTool.run(List.of(dafny.toString(), "/compile:0", "/nologo", fileName), dir.path(), "",
                    Duration.ofMinutes(2));
            assertEquals(0, run.exitCode(), () -> "dafny rejects " + fileName + ":\n"
                    + String.join("\n", run.stdout().stream().filter(l -> !l.startsWith(" ")).toList())
                    + "\n" + source);
        }
    }
}
