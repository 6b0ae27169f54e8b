package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mips.tasks.data.DataFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserDataTest {

    private static final String JSON_LINES = "{\"x\": [1, 2], \"y\": [3, 4]}\n";
    private static final String KNOWN = "unknown data file type; the known extensions are .jsonl, .ndjson, .json (JSON Lines); .csv (CSV)";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"data.jsonl", "data.ndjson", "data.json", "DATA.JSONL"})
    void readsJsonLinesByExtension(String name) {
        UserDataset data = UserData.read(write(dir, name, JSON_LINES));
        assertEquals(FileFormat.JSON_LINES, data.format());
        assertEquals(dir.resolve(name), data.file());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.csv", "Data.CSV"})
    void readsCsvByExtension(String name) {
        UserDataset data = UserData.read(write(dir, name, "sequence,step,x,y\n0,0,1,3\n0,1,2,4\n"));
        assertEquals(FileFormat.CSV, data.format());
        assertEquals(UserData.read(write(dir, "same.jsonl", JSON_LINES)).x(), data.x());
    }

    @Test
    void unknownExtension() {
        DataFiles.assertFails(UserData::read, write(dir, "data.txt", JSON_LINES), KNOWN);
    }

    @Test
    void noExtension() {
        DataFiles.assertFails(UserData::read, write(dir, "data", JSON_LINES), KNOWN);
    }

    @Test
    void missingFileOfAKnownType() {
        DataFiles.assertFails(UserData::read, dir.resolve("missing.csv"), "no such file");
    }

    @Test
    void formatIds() {
        assertEquals("jsonl", FileFormat.JSON_LINES.id());
        assertEquals("csv", FileFormat.CSV.id());
    }
}
