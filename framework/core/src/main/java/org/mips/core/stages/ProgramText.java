package org.mips.core.stages;

import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

/** A program in the IR's text form for a console, long formulas shortened (the whole ones are in program.json). */
public final class ProgramText {

    private ProgramText() {
    }

    public static String of(Program program) {
        StringBuilder text = new StringBuilder("program " + program.name() + "(" + String.join(", ",
                program.inputs().stream().map(i -> i.name() + " in " + i.min() + ".." + i.max()).toList()) + "):\n");
        for (StateVariable v : program.state()) {
            text.append("  ").append(v.name()).append(" = ").append(v.initial()).append("; each step ").append(v.name()).append(" := ")
                    .append(StageEvents.shortened(ExprSyntax.format(v.next()), RunArtifacts.PROGRAM.fileName())).append('\n');
        }
        program.outputs().forEach(o -> text.append("  output ").append(o.name()).append(" = ")
                .append(StageEvents.shortened(ExprSyntax.format(o.value()), RunArtifacts.PROGRAM.fileName())).append('\n'));
        return text.toString().stripTrailing();
    }
}
