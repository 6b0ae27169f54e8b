package org.mips.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Pipeline events as JSON Lines, one object per line with its kind in {@code "event"}: what
 * {@code mips run --events FILE} writes and what {@code mips bench} reads from each task's process.
 */
public final class EventLog {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EventLog() {
    }

    /** The event as one line of JSON, without the line break. */
    public static String toLine(PipelineEvent event) {
        try {
            return MAPPER.writerFor(PipelineEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The event a line holds. A published stage event comes back as a {@link PipelineEvent.Replayed} with its
     * kind, text and data.
     *
     * @throws IllegalArgumentException when the line is not an event
     */
    public static PipelineEvent parse(String line) {
        try {
            JsonNode tree = MAPPER.readTree(line);
            if (tree == null || !tree.isObject() || !tree.path("event").isTextual()) {
                throw new IllegalArgumentException("not a pipeline event: " + abbreviated(line));
            }
            if (tree.path("event").asText().equals("published")) {
                return new PipelineEvent.Published(tree.path("stage").asText(), new PipelineEvent.Replayed(tree.path("kind").asText(),
                        tree.path("text").asText(), MAPPER.treeToValue(tree.path("data"), Object.class)));
            }
            return MAPPER.treeToValue(tree, PipelineEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a pipeline event: " + e.getOriginalMessage() + ": " + abbreviated(line), e);
        }
    }

    /** A listener that writes every event to {@code out}, a line each, flushed as it comes. */
    public static PipelineListener writingTo(Writer out) {
        return new PipelineListener() {
            @Override
            public void on(PipelineEvent event) {
                try {
                    synchronized (out) {
                        out.write(toLine(event));
                        out.write('\n');
                        out.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the events: " + e.getMessage(), e);
                }
            }
        };
    }

    private static String abbreviated(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "...";
    }
}
