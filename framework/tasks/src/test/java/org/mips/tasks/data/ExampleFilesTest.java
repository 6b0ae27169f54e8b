package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/data-formats.md, kept as test resources: both describe the same data. */
class ExampleFilesTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ExampleFilesTest.class.getResource("/data/" + name).toURI());
    }

    @Test
    void oneValuePerStepExamplesAgree() throws URISyntaxException {
        UserDataset json = UserData.read(resource("parity.jsonl"));
        UserDataset csv = UserData.read(resource("parity.csv"));
        assertEquals(json.x(), csv.x());
        assertEquals(json.y(), csv.y());
        assertEquals(3, json.count());
        assertArrayEquals(new long[][] {{1}, {0}, {1}, {1}}, json.x().sequence(0));
        assertArrayEquals(new long[][] {{1}, {1}, {0}, {1}}, json.y().sequence(0));
    }

    @Test
    void vectorExamplesAgree() throws URISyntaxException {
        UserDataset json = UserData.read(resource("addition.jsonl"));
        UserDataset csv = UserData.read(resource("addition.csv"));
        UserDataset longForm = UserData.read(resource("addition-long-form.jsonl"));
        assertEquals(json.x(), csv.x());
        assertEquals(json.y(), csv.y());
        assertEquals(json.y(), longForm.y());
        assertEquals(2, json.inputDimension());
        assertEquals(1, json.outputDimension());
    }
}
