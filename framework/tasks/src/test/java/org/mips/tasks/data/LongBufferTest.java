package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LongBufferTest {

    @Test
    void growsAndKeepsOrder() {
        LongBuffer buffer = new LongBuffer(LongBuffer.MAX_SIZE, IllegalStateException::new);
        for (long v = 0; v < 5000; v++) {
            buffer.add(v * 3);
        }
        assertEquals(5000, buffer.size());
        assertArrayEquals(LongStream.range(0, 5000).map(v -> v * 3).toArray(), buffer.toArray());
    }

    @Test
    void reportsWhenFull() {
        LongBuffer small = new LongBuffer(3, () -> Place.in(Path.of("big.jsonl")).line(12).error("full"));
        small.add(1);
        small.add(2);
        small.add(3);
        assertEquals("big.jsonl: line 12: full", assertThrows(DataFormatException.class, () -> small.add(4)).getMessage());
        assertArrayEquals(new long[] {1, 2, 3}, small.toArray());
    }
}
