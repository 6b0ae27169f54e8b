package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedDataRoundTripsThroughCheck() throws IOException {
        Path file = dir.resolve("adder.jsonl");
        Cli.Result written = Cli.run("data", "--task", "bit_addition", "--n", "300", "--length", "12", "--seed", "5",
                "--out", file.toString());
        assertEquals(0, written.exit(), written::toString);
        assertEquals("wrote 300 sequences of 12 steps of Binary_Addition to " + file + "\n", written.out());
        assertEquals(300, Files.readAllLines(file).size());

        Cli.Result checked = Cli.run("data", "--check", file.toString());
        assertEquals(0, checked.exit(), checked::toString);
        assertEquals(file + ": jsonl, 300 sequences of 12 steps\n"
                + "  inputs:  2 per step, 0..1\n"
                + "  outputs: 1 per step, 0..1\n"
                + "  split:   270 train / 30 test (fraction 0.90, seeded shuffle)\n", checked.out());
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        Cli.run("data", "--task", "Majority_0_3", "--n", "200", "--out", first.toString());
        Cli.run("data", "--task", "Majority_0_3", "--n", "200", "--out", second.toString());
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void badFilesAreOneLineAndExitTwo() throws IOException {
        Path file = dir.resolve("ragged.jsonl");
        Files.writeString(file, "{\"x\": [1, 2], \"y\": [0, 1]}\n{\"x\": [1, 2, 3], \"y\": [0, 1, 1]}\n");
        Cli.Result result = Cli.run("data", "--check", file.toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("mips: " + file + ": line 2"), result::toString);
    }

    @Test
    void unknownTaskSuggestsANearName() {
        Cli.Result result = Cli.run("data", "--task", "Prev_1", "--out", dir.resolve("x.jsonl").toString());
        assertEquals(2, result.exit());
        assertEquals("mips: no task 'Prev_1'; did you mean Prev1?\n", result.err());
    }

    @Test
    void taskWithoutOutIsNamed() {
        Cli.Result result = Cli.run("data", "--task", "Prev1");
        assertEquals(2, result.exit());
        assertEquals("mips: --task Prev1: give --out FILE.jsonl to say where to write\n", result.err());
    }
}
