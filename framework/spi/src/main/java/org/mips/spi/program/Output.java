package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** One output stream: its value at a step is computed from the updated state and that step's inputs. */
public record Output(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "value", required = true) Expr value) {

    public Output {
        Program.checkName(name, "output");
        Objects.requireNonNull(value, () -> "output '" + name + "': missing 'value'");
    }
}
