package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TasksCommandTest {

    @Test
    void listsThe62PaperTasks() {
        Cli.Result result = Cli.run("tasks");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.matches("Binary_Addition\\s+2 x 0\\.\\.1\\s+1\\s+10\\s+yes\\s+Sum of two base-2.*")),
                result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.matches("Bit_Palindrome\\s+1 x 0\\.\\.1\\s+1\\s+10\\s+no\\s+.*")), result::toString);
        assertTrue(result.out().strip().endsWith("62 tasks"), result::toString);
    }

    @Test
    void jsonHasOneRecordPerTask() throws Exception {
        Cli.Result result = Cli.run("tasks", "--json");
        assertEquals(0, result.exit(), result::toString);
        JsonNode tasks = new ObjectMapper().readTree(result.out());
        assertEquals(62, tasks.size());
        JsonNode first = tasks.get(0);
        assertEquals("Abs_Current", first.get("id").asText());
        assertEquals("rnn_abs_value_numerical", first.get("aliases").get(0).asText());
        assertEquals(-100, first.get("inputMin").asLong());
        assertEquals(10_000, first.get("defaultSteps").asInt());
    }
}
