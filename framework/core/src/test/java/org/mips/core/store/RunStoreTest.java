package org.mips.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.pipeline.ArtifactType;

class RunStoreTest {

    /** A record without a schemaVersion of its own, with a map to show keys are sorted. */
    record Tally(String task, int count, Map<String, Integer> byStage) {
    }

    private static final ArtifactType<Tally> TALLY = ArtifactType.of("tally.json", Tally.class, 2);

    @TempDir
    Path dir;

    @Test
    void writesSchemaVersionFirstAndSortedMapKeysAndReadsItBack() throws Exception {
        RunStore store = RunStore.at(dir);
        Tally tally = new Tally("Parity_All", 3, Map.of("verify", 1, "search", 2));
        store.write(TALLY, tally);
        assertEquals("""
                {
                  "schemaVersion" : 2,
                  "task" : "Parity_All",
                  "count" : 3,
                  "byStage" : {
                    "search" : 2,
                    "verify" : 1
                  }
                }
                """, Files.readString(dir.resolve("tally.json")));
        assertEquals(tally, store.read(TALLY));
        assertEquals(tally, store.find(TALLY).orElseThrow());
    }

    @Test
    void anOlderVersionIsReadAndANewerOneIsRefused() throws Exception {
        Files.writeString(dir.resolve("tally.json"), "{\"schemaVersion\": 1, \"task\": \"t\", \"count\": 1, \"byStage\": {}}");
        assertEquals(1, RunStore.at(dir).read(TALLY).count());
        Files.writeString(dir.resolve("tally.json"), "{\"schemaVersion\": 1, \"task\": \"t\", \"tally\": 1}");
        String older = assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(TALLY)).getMessage();
        assertTrue(older.startsWith(dir.resolve("tally.json") + ": schemaVersion 1 was written by an older mips, and this build "
                + "(which writes 2) cannot read it: line 1, column "), older);
        Files.writeString(dir.resolve("tally.json"), "{\"schemaVersion\": 3, \"task\": \"t\", \"count\": 1, \"byStage\": {}}");
        assertEquals(dir.resolve("tally.json") + ": schemaVersion 3 is newer than this build of mips reads (2); use a newer mips",
                assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(TALLY)).getMessage());
    }

    @Test
    void aFileThatDoesNotParseIsOneLineNamingTheFileLineAndField() throws Exception {
        Files.writeString(dir.resolve("tally.json"), "{\n  \"task\": \"t\",\n  \"count\": \"many\",\n  \"byStage\": {}\n}");
        String message = assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(TALLY)).getMessage();
        assertTrue(message.startsWith(dir.resolve("tally.json") + ": not a valid Tally: line 3, column 12: at count: "), message);
        Files.writeString(dir.resolve("tally.json"), "{\"task\": \"t\", \"count\": 1, \"byStage\": {}, \"colour\": \"red\"}");
        assertEquals(dir.resolve("tally.json") + ": not a valid Tally: line 1, column 53: at colour: unknown field 'colour' "
                + "(known: byStage, count, task)", assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(TALLY)).getMessage());
        Files.writeString(dir.resolve("tally.json"), "[1, 2]");
        assertEquals(dir.resolve("tally.json") + ": not a Tally: line 1, column 1: expected a JSON object, got an array",
                assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(TALLY)).getMessage());
        assertEquals(dir.resolve("none.json") + ": no such file", assertThrows(ArtifactException.class,
                () -> RunStore.at(dir).read(ArtifactType.of("none.json", Tally.class, 1))).getMessage());
    }

    @Test
    void anArtifactCanBeReadFromAFileElsewhereWhichDeletingTheArtifactLeavesAlone() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("other")).resolve("mine.json");
        RunStore.at(dir.resolve("other")).write(TALLY, new Tally("x", 1, Map.of()));
        Files.move(dir.resolve("other/tally.json"), elsewhere);
        RunStore store = RunStore.at(dir).withInput(TALLY, elsewhere);
        assertEquals("x", store.read(TALLY).task());
        store.write(TALLY, new Tally("y", 2, Map.of()));
        assertEquals("x", store.read(TALLY).task(), "reads still come from the given file");
        assertEquals("y", RunStore.at(dir).read(TALLY).task(), "writes go to the run directory");
        RunStore.at(dir).withInput(TALLY, dir.resolve("tally.json")).delete(TALLY);
        assertTrue(Files.exists(dir.resolve("tally.json")), "a file given to read from is never deleted as the run's artifact");
        RunStore.at(dir).withInput(TALLY, dir.resolve("./tally.json")).deleteFile("tally.json");
        assertTrue(Files.exists(dir.resolve("tally.json")));
        store.delete(TALLY);
        assertTrue(Files.exists(elsewhere));
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(n -> n.equals("tally.json")).toList());
    }

    @Test
    void textFilesMustBeSimpleNames() {
        RunStore store = RunStore.at(dir);
        assertEquals(dir.resolve("proof.dfy"), store.writeText("proof.dfy", "lemma L() {}\n"));
        assertThrows(IllegalArgumentException.class, () -> store.writeText("../escape.txt", "no"));
    }
}
