package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's time is on disk as it runs, so a session ended by kill -9 still counts in the resumed run's wall time. */
class SessionClockTest {

    @TempDir
    Path out;

    @Test
    void eachTickRewritesThisSessionsTimeBesideTheEarlierOnes() {
        BenchManifest before = new BenchManifest("mips bench --tasks Parity_All", List.of(new BenchTask("Parity_All", "parity", List.of("run", "Parity_All"))), 60, 600, 180, null, null, List.of(),
                List.of(10.0));
        AtomicLong now = new AtomicLong(1_000_000_000L);
        SessionClock clock = new SessionClock(out, before, now::get);

        now.addAndGet(2_500_000_000L);
        clock.tick();
        assertEquals(List.of(10.0, 2.5), BenchManifest.read(out).sessions());

        now.addAndGet(1_000_000_000L);
        clock.tick();
        BenchManifest killedHere = BenchManifest.read(out);
        assertEquals(List.of(10.0, 3.5), killedHere.sessions(), "the session's entry is replaced, not added again");
        assertEquals(13.5, killedHere.wallSeconds(), 1e-9);
    }
}
