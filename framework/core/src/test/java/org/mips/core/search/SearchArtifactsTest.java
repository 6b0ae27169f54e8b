package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.spi.network.Network;

class SearchArtifactsTest {

    @TempDir
    Path dir;

    private static SearchOutcome search(ScriptedBackend backend) {
        SearchSettings settings = SearchSettings.defaults().withBudget(Duration.ofMinutes(1)).withWorkers(2).withMaxHidden(2);
        return new ArchitectureSearch(backend, settings).run("Scripted_Task", ScriptedBackend.request(), SearchListener.none());
    }

    @Test
    void searchJsonRoundTripsAndNetworkJsonHoldsTheChosenNetwork() throws IOException {
        SearchOutcome outcome = search(new ScriptedBackend(key -> key.seed() == 0 && key.architecture().transitionDepth() == 1
                ? Act.throwing("boom") : Act.succeeds()));
        List<Path> written = SearchArtifacts.write(dir, outcome);
        assertEquals(List.of(dir.resolve("search.json"), dir.resolve("network.json")), written);

        SearchResult read = SearchArtifacts.read(dir.resolve("search.json"));
        assertEquals(outcome.result(), read);
        String json = Files.readString(dir.resolve("search.json"));
        assertTrue(json.contains("\"architecture\" : \"1,2,1,1,0\""), json);
        assertTrue(json.contains("\"stop\" : \"failed\""), json);
        assertTrue(json.contains("\"reason\" : \"IllegalStateException: boom\""), json);
        assertEquals(outcome.network().orElseThrow(), JsonArtifacts.read(dir.resolve("network.json"), Network.class));
    }

    @Test
    void withoutANetworkAStaleNetworkJsonIsRemoved() throws IOException {
        Files.writeString(dir.resolve("network.json"), "{}");
        SearchOutcome outcome = search(new ScriptedBackend(key -> Act.fails(0.75)));
        assertEquals(List.of(dir.resolve("search.json")), SearchArtifacts.write(dir, outcome));
        assertFalse(Files.exists(dir.resolve("network.json")));
        String json = Files.readString(dir.resolve("search.json"));
        assertTrue(json.contains("\"chosen\" : null"), json);
        assertTrue(json.contains("\"bestAccuracy\" : 0.75"), json);
    }
}
