package org.mips.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.represent.StateMachine;

class MachineDiagramTest {

    /** A counter modulo {@code states} over inputs 0 and 1, starting at 0, emitting its count. */
    private static MachineDiagram.Machine counter(int states) {
        List<StateMachine.Transition> transitions = new ArrayList<>();
        List<StateMachine.Emission> emissions = new ArrayList<>();
        for (long state = 0; state < states; state++) {
            for (long input = 0; input < 2; input++) {
                transitions.add(new StateMachine.Transition(List.of(state), List.of(input),
                        List.of((state + input) % states), 10 + state));
            }
            emissions.add(new StateMachine.Emission(List.of(state), List.of(state), 5));
        }
        return MachineDiagram.Machine.of(new StateMachine(List.of("count"), List.of(0L), transitions, emissions));
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
        Path dir = Path.of(getClass().getResource("bench/tasks/Binary_Addition").toURI());
        MachineDiagram.Machine machine = MachineDiagram.Machine.of(RunStore.at(dir).read(RunArtifacts.MACHINE));
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
        List<StateMachine.Transition> transitions = new ArrayList<>();
        for (long state = 0; state < 6; state++) {
            for (long next = 0; next < 6; next++) {
                transitions.add(new StateMachine.Transition(List.of(state), List.of(next), List.of(next), 1));
            }
        }
        StateMachine dense = new StateMachine(List.of("s"), List.of(0L), transitions, List.of());
        String svg = MachineDiagram.svg(MachineDiagram.Machine.of(dense), "dense").orElseThrow();
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
        MachineDiagram.Machine machine = new MachineDiagram.Machine(List.of("<v>"), "<a>", List.of("<a>"),
                List.of(new MachineDiagram.Transition("<a>", "&", "<a>", 1)), Map.of("<a>", List.of("<o>")));
        String svg = MachineDiagram.svg(machine, "e").orElseThrow();
        assertTrue(svg.contains("&lt;a&gt;"));
        assertTrue(svg.contains("&lt;v&gt;"));
        assertFalse(svg.contains("<a>"));
        assertFalse(svg.contains("<v>"));
        assertFalse(svg.contains("<o>"));
    }
}
