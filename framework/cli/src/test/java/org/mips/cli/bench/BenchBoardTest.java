package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskStatus;

/** The benchmark's progress display. */
class BenchBoardTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private static TaskResult result(String task, TaskStatus status) {
        return new TaskResult(task, "d", "tasks/" + task, status, "emit", "", null, null, List.of(), null, null, null, List.of(), Map.of(),
                61, null);
    }

    @Test
    void showsEachWorkersTaskAndStage() {
        BenchBoard board = new BenchBoard(new PrintWriter(text), false, 3, 2, now::get);
        BenchTask parity = new BenchTask("Parity_All", "d", List.of("Parity_All"));
        board.started(parity);
        now.addAndGet(5_000_000_000L);
        board.stageStarted(parity, "extract");
        now.addAndGet(12_000_000_000L);

        assertEquals(List.of("mips bench: 0 of 3 done, 0 solved, 0 proven, 0:17 elapsed", "  worker 1: Parity_All, extract 0:12",
                "  worker 2: idle"), board.state());
    }

    @Test
    void printsALinePerFinishedTaskAndTheStateOnceAMinuteOffATerminal() {
        BenchBoard board = new BenchBoard(new PrintWriter(text), false, 2, 1, now::get);
        board.alreadyDone(result("A", TaskStatus.PROVEN));
        board.started(new BenchTask("B", "d", List.of("B")));
        board.tick();
        now.addAndGet(61_000_000_000L);
        board.tick();
        board.finished(result("B", TaskStatus.UNSOLVED));

        assertEquals(List.of("mips bench: 1 of 2 done, 1 solved, 1 proven, 1:01 elapsed; worker 1: B, starting", "[2/2] B: unsolved in 1 min 1 s"),
                text.toString().lines().toList());
        assertEquals("2 of 2 tasks done: 1 solved, 1 proven, in 1 min 1 s", board.summary());
    }

    @Test
    void redrawsItsBlockInPlaceOnATerminal() {
        BenchBoard board = new BenchBoard(new PrintWriter(text), true, 1, 1, now::get);
        board.started(new BenchTask("B", "d", List.of("B")));
        board.finished(result("B", TaskStatus.PROVEN));

        String out = text.toString();
        assertTrue(out.contains("\033[2F\033[J[1/1] B: proven in 1 min 1 s"), out);
    }
}
