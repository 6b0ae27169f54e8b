package org.mips.toolkit.source;

import java.util.List;
import org.mips.spi.program.Program;

/**
 * Phrases for the doc comments of emitted code, so that code in every language describes a program
 * in the same words.
 */
public final class ProgramDoc {

    private ProgramDoc() {
    }

    /**
     * The inputs with their declared ranges as an English list, each called by its name in the code:
     * {@code x (-4..4)}, {@code x (-4..4) and y (0..3)}, {@code a (0..1), b (0..1) and c (0..1)}.
     */
    public static String inputs(Program program, NameScope names) {
        List<String> described = program.inputs().stream()
                .map(i -> names.of(i.name()) + " (" + i.min() + ".." + i.max() + ")")
                .toList();
        if (described.size() == 1) {
            return described.get(0);
        }
        return String.join(", ", described.subList(0, described.size() - 1)) + " and " + described.get(described.size() - 1);
    }
}
