package org.mips.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver's line streams: every line of the attempt that succeeded is handed over once, in order, however its stream went. */
class JobLinesTest {

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final JobLines lines = new JobLines("127.0.0.1", (key, line) -> heard.add(key + ": " + line));

    @AfterEach
    void close() {
        lines.close();
    }

    /** Sends a stream as an executor does: its header, then {@code sent}; closes it. */
    private void stream(LineSink sink, int attempt, String... sent) throws IOException {
        try (Socket socket = new Socket(sink.host(), sink.port());
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(sink.header(attempt) + "\n");
            for (String line : sent) {
                out.write(line + "\n");
            }
        }
    }

    private void awaitHeard(int count) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (heard.size() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    @Test
    void aWholeStreamIsHandedOverAsItComesAndNotAgainAtTheEnd() throws Exception {
        LineSink sink = lines.sink("job");
        stream(sink, 0, "a", "b");
        awaitHeard(2);
        assertEquals(List.of("job: a", "job: b"), heard, "as they come, before the end");
        lines.finish("job", 0, List.of("a", "b"), true);
        assertEquals(List.of("job: a", "job: b"), heard);
    }

    @Test
    void whatACutStreamLeftOutComesFromTheResult() throws Exception {
        stream(lines.sink("job"), 0, "a");
        awaitHeard(1);
        lines.finish("job", 0, List.of("a", "b", "c"), false);
        assertEquals(List.of("job: a", "job: b", "job: c"), heard);
    }

    @Test
    void withoutAStreamTheResultHasEveryLineAndALateStreamIsIgnored() throws Exception {
        LineSink sink = lines.sink("job");
        lines.finish("job", 0, List.of("a", "b"), false);
        assertEquals(List.of("job: a", "job: b"), heard);
        stream(sink, 0, "a", "b");
        Thread.sleep(300);
        assertEquals(List.of("job: a", "job: b"), heard);
    }

    @Test
    void aLostAttemptsLinesAreHandedOverAndTheRetrysFollow() throws Exception {
        LineSink sink = lines.sink("job");
        stream(sink, 0, "a");
        awaitHeard(1);
        stream(sink, 1, "a", "b");
        awaitHeard(3);
        lines.finish("job", 1, List.of("a", "b"), true);
        assertEquals(List.of("job: a", "job: a", "job: b"), heard);
    }

    @Test
    void aConnectionWithoutTheTokenIsNotHeard() throws Exception {
        LineSink real = lines.sink("job");
        stream(new LineSink(real.host(), real.port(), "not-the-token", "job"), 0, "forged");
        Thread.sleep(300);
        assertEquals(List.of(), heard);
    }
}
