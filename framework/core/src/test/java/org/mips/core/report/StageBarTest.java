package org.mips.core.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StageBarTest {

    @Test
    void readsInPipelineOrderWhateverTheOrderOfTheKeys() {
        Map<String, Double> sorted = new TreeMap<>(Map.of("emit", 3.0, "search", 20.0, "verify", 1.0, "custom", 2.0));

        String html = StageBar.html(sorted, 26);

        int search = html.indexOf("search 20");
        int verify = html.indexOf("verify 1");
        int emit = html.indexOf("emit 3");
        int custom = html.indexOf("custom 2");
        assertTrue(search >= 0 && search < verify && verify < emit && emit < custom, html);
    }
}
