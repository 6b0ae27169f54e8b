package org.mips.spi.emit;

import java.util.List;
import java.util.Objects;

/** What happened when emitted code was run by its language's own toolchain. */
public sealed interface RunResult {

    /** The code ran; {@code outputs.get(n)[t][k]} is output {@code k} at step {@code t} of sequence {@code n}. */
    record Ran(List<long[][]> outputs) implements RunResult {
        public Ran {
            outputs = List.copyOf(outputs);
        }
    }

    /** The toolchain is not installed here (e.g. no {@code python3} on the path). */
    record Unavailable(String reason) implements RunResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The toolchain is there but the code did not compile or run; {@code reason} quotes its error. */
    record Failed(String reason) implements RunResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
