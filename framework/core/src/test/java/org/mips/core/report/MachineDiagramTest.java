package org.mips.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineDiagramTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A counter modulo {@code states} over inputs 0 and 1, starting at 0, emitting its count. */
    private static MachineDiagram.Machine counter(int states) {
        ObjectNode json = MAPPER.createObjectNode();
        json.putArray("variables").add("count");
        json.putArray("initial").add(0);
        ArrayNode transitions = json.putArray("transitions");
        ArrayNode emissions = json.putArray("emissions");
        for (int state = 0; state < states; state++) {
            for (int input = 0; input < 2; input++) {
                ObjectNode transition = transitions.addObject();
                transition.putArray("state").add(state);
                transition.putArray("input").add(input);
                transition.putArray("next").add((state + input) % states);
                transition.put("count", 10 + state);
            }
            ObjectNode emission = emissions.addObject();
            emission.putArray("state").add(state);
            emission.putArray("output").add(state);
            emission.put("count", 5);
        }
        return MachineDiagram.Machine.of(json);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void drawsOneNodePerStateAndMarksTheInitialOne() {
        String svg = MachineDiagram.svg(counter(5), "task-x").orElseThrow();
        assertEquals(5, count(svg, "<circle "));
        assertEquals(1, count(svg, "class=\"state start\""));
        assertEquals(1, count(svg, "class=\"initial\""));
        assertTrue(svg.contains("id=\"task-x-arrow\""));
        assertTrue(svg.contains("url(#task-x-arrow)"));
        // Five self-loops on input 0 and five arrows to the next state on input 1.
        assertEquals(10, count(svg, "<path class=\"edge\""));
        assertFalse(svg.contains("NaN"));
    }

    @Test
    void readsARealMachineWithItsOutputs() throws Exception {
        JsonNode json = MAPPER.readTree(getClass().getResource("bench/tasks/Binary_Addition/machine.json"));
        MachineDiagram.Machine machine = MachineDiagram.Machine.of(json);
        assertEquals(List.of("0,0", "0,1", "1,0", "1,1"), machine.states());
        assertEquals("0,0", machine.initial());
        assertEquals(List.of("1"), machine.outputs().get("0,1"));
        assertEquals("4 states and 16 transitions over b0, b1; initial state (0,0)", MachineDiagram.summary(machine));
        String svg = MachineDiagram.svg(machine, "task-Binary_Addition").orElseThrow();
        assertEquals(4, count(svg, "<circle "));
        assertTrue(svg.contains("out 1"));
    }

    @Test
    void drawsUpToTheLimitAndOnlyDescribesLargerMachines() {
        assertTrue(MachineDiagram.svg(counter(MachineDiagram.MAX_STATES), "m").isPresent());
        MachineDiagram.Machine large = counter(MachineDiagram.MAX_STATES + 1);
        Optional<String> svg = MachineDiagram.svg(large, "m");
        assertTrue(svg.isEmpty());
        assertTrue(MachineDiagram.summary(large).startsWith("13 states and 26 transitions"));
    }

    @Test
    void leavesOutArrowLabelsWhenThereAreTooManyArrows() {
        ObjectNode json = MAPPER.createObjectNode();
        json.putArray("initial").add(0);
        ArrayNode transitions = json.putArray("transitions");
        for (int state = 0; state < 6; state++) {
            for (int next = 0; next < 6; next++) {
                ObjectNode transition = transitions.addObject();
                transition.putArray("state").add(state);
                transition.putArray("input").add(next);
                transition.putArray("next").add(next);
            }
        }
        String svg = MachineDiagram.svg(MachineDiagram.Machine.of(json), "dense").orElseThrow();
        assertEquals(36, count(svg, "<path class=\"edge\""));
        assertTrue(svg.contains("36 arrows: labels left out"));
        assertEquals(2, count(svg, "<text class=\"edge\""), "the note and the start label, no arrow labels");
        String sparse = MachineDiagram.svg(counter(3), "sparse").orElseThrow();
        assertEquals(6 + 1, count(sparse, "<text class=\"edge\""), "six arrow labels and the start label");
    }

    @Test
    void aSingleStateIsDrawnWithoutNaN() {
        String svg = MachineDiagram.svg(counter(1), "one").orElseThrow();
        assertEquals(1, count(svg, "<circle "));
        assertFalse(svg.contains("NaN"));
        assertFalse(svg.contains("Infinity"));
    }

    @Test
    void escapesLabels() {
        ObjectNode json = MAPPER.createObjectNode();
        json.putArray("variables").add("<v>");
        json.putArray("initial").add("<a>");
        ObjectNode transition = json.putArray("transitions").addObject();
        transition.putArray("state").add("<a>");
        transition.putArray("input").add("&");
        transition.putArray("next").add("<a>");
        String svg = MachineDiagram.svg(MachineDiagram.Machine.of(json), "e").orElseThrow();
        assertTrue(svg.contains("&lt;a&gt;"));
        assertFalse(svg.contains("<a>"));
    }
}
