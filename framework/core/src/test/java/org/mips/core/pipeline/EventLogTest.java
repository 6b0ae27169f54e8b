package org.mips.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mips.core.result.TaskResult;
import org.mips.spi.pipeline.StageEvent;
import org.mips.spi.pipeline.StageOutcome;

class EventLogTest {

    /** A stage event of some plugin's own type. */
    record Audited(String program, int findings) implements StageEvent {
        @Override
        public String text() {
            return program + ": " + findings + " findings";
        }
    }

    @Test
    void everyEventIsOneLineThatReadsBack() {
        List<PipelineEvent> events = List.of(
                new PipelineEvent.RunStarted("Parity_All", "parity", "runs/Parity_All", List.of("search", "emit"), null),
                new PipelineEvent.StageStarted("search", "smallest perfect network", 360),
                new PipelineEvent.ArtifactWritten("search", "search.json"),
                new PipelineEvent.StageEnded("search", StageOutcome.stopped("no perfect network"), 12.5),
                new PipelineEvent.StageEnded("emit", StageOutcome.done(), 1),
                new PipelineEvent.StageSkipped("emit", "it needs program.json"),
                new PipelineEvent.RunEnded(TaskResult.failed("Parity_All", "parity", "no such file")));
        StringWriter out = new StringWriter();
        PipelineListener log = EventLog.writingTo(out);
        events.forEach(event -> event.deliverTo(log));
        List<String> lines = out.toString().lines().toList();
        assertEquals(events.size(), lines.size());
        assertEquals("{\"event\":\"stage-ended\",\"stage\":\"search\",\"outcome\":{\"status\":\"stopped\",\"reason\":\"no perfect network\"},"
                + "\"seconds\":12.5}", lines.get(3));
        for (int i = 0; i < events.size(); i++) {
            assertEquals(events.get(i), EventLog.parse(lines.get(i)));
        }
    }

    @Test
    void aPublishedEventKeepsItsKindTextAndDataWhateverItsType() {
        String line = EventLog.toLine(new PipelineEvent.Published("audit", new Audited("parity", 2)));
        assertEquals("{\"event\":\"published\",\"stage\":\"audit\",\"kind\":\"Audited\",\"text\":\"parity: 2 findings\","
                + "\"data\":{\"program\":\"parity\",\"findings\":2}}", line);
        PipelineEvent.Published read = assertInstanceOf(PipelineEvent.Published.class, EventLog.parse(line));
        assertEquals("Audited", read.kind());
        assertEquals("parity: 2 findings", read.text());
        assertEquals(Map.of("program", "parity", "findings", 2), read.data());
    }

    @Test
    void aLineThatIsNotAnEventIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventLog.parse("== search: smallest perfect network"));
        assertThrows(IllegalArgumentException.class, () -> EventLog.parse("{\"stage\": \"search\"}"));
    }
}
