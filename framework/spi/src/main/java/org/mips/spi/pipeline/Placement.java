package org.mips.spi.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a stage goes in the pipeline, relative to other stages by id: after every stage in
 * {@code after} and before every stage in {@code before}. A stage named here that is not installed is
 * ignored, so a plugin may place itself relative to another plugin's stage.
 *
 * @param after  ids of stages it must follow
 * @param before ids of stages it must precede
 */
public record Placement(List<String> after, List<String> before) {

    public Placement {
        after = List.copyOf(after);
        before = List.copyOf(before);
    }

    /**
     * No place asked for: the stage runs after the stages whose artifacts it reads, and, being placed
     * nowhere, after the built-in stages otherwise (a built-in stage placed so keeps its own place).
     */
    public static Placement anywhere() {
        return new Placement(List.of(), List.of());
    }

    /** After {@code stage}. */
    public static Placement after(String stage) {
        return new Placement(List.of(stage), List.of());
    }

    /** Before {@code stage}. */
    public static Placement before(String stage) {
        return new Placement(List.of(), List.of(stage));
    }

    /** Between two stages, e.g. {@code between("regress", "verify")}. */
    public static Placement between(String after, String before) {
        return new Placement(List.of(after), List.of(before));
    }

    /** This placement, and also before {@code stage}. */
    public Placement andBefore(String stage) {
        List<String> more = new ArrayList<>(before);
        more.add(stage);
        return new Placement(after, more);
    }
}
