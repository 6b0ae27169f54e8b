package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.Reachable;
import org.mips.spi.prove.Refinement;
import org.mips.spi.prove.Simulation;

/**
 * Writes a {@link Refinement} as one Dafny module (the structure of the reference's proof notes): both
 * programs as pure step functions over datatypes, the abstraction {@code Phi}, the invariant {@code Reach},
 * a lemma for one step, the induction over the input sequence, the theorem at the initial states, and an
 * executable {@code Run} method whose loop invariant ties it to the proven functions. Everything is
 * generated from the IR; field names carry a prefix ({@code s_}, {@code p_}) so no IR name can collide
 * with a Dafny keyword. Only Dafny 2.3 syntax that Dafny 4 still accepts is used: functions in
 * specifications, expressions written out in the method. The theorems of the refinement's properties
 * that this prover knows ({@link PropertyTheorems}) follow in the same module. A {@link Simulation} gets
 * the same module with the listed relation {@code Rel} in place of {@code Phi} and {@code Reach}.
 */
final class ProofModuleWriter {

    /** The refinement, or null for a {@link Simulation}. */
    private final Refinement refinement;
    /** The simulation, or null for a {@link Refinement}. */
    private final Simulation simulation;
    private final Program spec;
    private final Program prog;
    private final List<PropertyTheorems.Theorem> theorems;
    private final StringBuilder out = new StringBuilder();

    private ProofModuleWriter(Refinement refinement, Simulation simulation, Program spec, Program prog, List<PropertyTheorems.Theorem> theorems) {
        this.refinement = refinement;
        this.simulation = simulation;
        this.spec = spec;
        this.prog = prog;
        this.theorems = theorems;
    }

    static String write(Refinement refinement) {
        return new ProofModuleWriter(refinement, null, refinement.specification(), refinement.program(), PropertyTheorems.of(refinement))
                .module(refinement.name(), refinement.claim());
    }

    /** A simulation's module: the same machines and theorem, proven through the listed relation instead of a function. */
    static String write(Simulation simulation) {
        return new ProofModuleWriter(null, simulation, simulation.specification(), simulation.program(), List.of())
                .module(simulation.name(), simulation.claim());
    }

    private String module(String name, String claim) {
        line("// " + name + ": a proof, checked by dafny /compile:0, that");
        line("// " + claim + ".");
        for (PropertyTheorems.Theorem theorem : theorems) {
            if (theorem instanceof PropertyTheorems.Theorem.Proof) {
                line("// And " + theorem.property().statement() + ".");
            } else {
                line("// Not proven here: " + theorem.property().statement() + " ("
                        + ((PropertyTheorems.Theorem.None) theorem).reason() + ").");
            }
        }
        line("// Written by mips from the program and the task's specification; every lemma is generated.");
        line("");
        line("datatype In = In(" + fields("i", prog.inputs().size()) + ")");
        line("datatype Out = Out(" + fields("o", prog.outputs().size()) + ")");
        line("datatype SState = SState(" + stateFields("s_", spec) + ")");
        line("datatype PState = PState(" + stateFields("p_", prog) + ")");
        line("");
        line("predicate InputOk(x: In) {");
        line("  " + IntStream.range(0, spec.inputs().size()).mapToObj(i -> {
            Input in = spec.inputs().get(i);
            return literal(in.min()) + " <= x.i" + i + " <= " + literal(in.max());
        }).collect(Collectors.joining(" && ")));
        line("}");
        line("");
        line("predicate AllOk(xs: seq<In>) {");
        line("  forall i :: 0 <= i < |xs| ==> InputOk(xs[i])");
        line("}");
        line("");
        machine("S", "Spec", "s", "s_", spec);
        machine("P", "Prog", "p", "p_", prog);
        if (simulation != null) {
            relation();
        } else {
            abstraction();
        }
        method();
        for (PropertyTheorems.Theorem theorem : theorems) {
            if (theorem instanceof PropertyTheorems.Theorem.Proof proof) {
                out.append(proof.dafny());
            }
        }
        return out.toString();
    }

    /** Phi, Reach and the induction that carries the abstraction function through every step. */
    private void abstraction() {
        line("// The abstraction function: the program's state that corresponds to a state of the specification.");
        line("function Phi(s: SState): PState {");
        line("  PState(" + (prog.state().isEmpty() ? "0" : refinement.abstraction().stream()
                .map(e -> DafnyExpressions.print(e, specNames("s")::get)).collect(Collectors.joining(", "))) + ")");
        line("}");
        line("");
        reach();
        line("lemma InitialStatesCorrespond()");
        line("  ensures Reach(InitS()) && Phi(InitS()) == InitP()");
        line("{");
        line("  reveal Reach();");
        line("}");
        line("");
        line("// One step from any state the specification can reach keeps the correspondence and the outputs equal.");
        line("lemma StepsCorrespond(s: SState, x: In)");
        line("  requires Reach(s) && InputOk(x)");
        line("  ensures Reach(StepS(s, x))");
        line("  ensures Phi(StepS(s, x)) == StepP(Phi(s), x)");
        line("  ensures OutP(StepP(Phi(s), x), x) == OutS(StepS(s, x), x)");
        line("{");
        line("  reveal Reach();");
        line("}");
        line("");
        line("lemma RunsCorrespond(xs: seq<In>, s: SState)");
        line("  requires Reach(s) && AllOk(xs)");
        line("  ensures ProgRun(xs, Phi(s)) == SpecRun(xs, s)");
        line("  decreases |xs|");
        line("{");
        line("  if |xs| > 0 {");
        line("    StepsCorrespond(s, xs[0]);");
        line("    assert AllOk(xs[1..]);");
        line("    RunsCorrespond(xs[1..], StepS(s, xs[0]));");
        line("  }");
        line("}");
        line("");
        theorem("RunsCorrespond(xs, InitS());");
    }

    /** Rel, the listed pairs, and the induction that carries it through every step. */
    private void relation() {
        line("// The relation: every pair of states the specification and the program reach together on one input");
        line("// sequence. Opaque, like an invariant: the induction only passes it on.");
        line("predicate {:opaque} Rel(s: SState, p: PState) {");
        List<String> cases = new ArrayList<>();
        for (Simulation.Pair pair : simulation.related()) {
            cases.add("(s == SState(" + values(pair.specification()) + ") && p == PState(" + values(pair.program()) + "))");
        }
        line("  " + String.join("\n  || ", cases));
        line("}");
        line("");
        line("lemma InitialStatesCorrespond()");
        line("  ensures Rel(InitS(), InitP())");
        line("{");
        line("  reveal Rel();");
        line("}");
        line("");
        line("// One step from a related pair leads to a related pair, with equal outputs.");
        line("lemma StepsCorrespond(s: SState, p: PState, x: In)");
        line("  requires Rel(s, p) && InputOk(x)");
        line("  ensures Rel(StepS(s, x), StepP(p, x))");
        line("  ensures OutP(StepP(p, x), x) == OutS(StepS(s, x), x)");
        line("{");
        line("  reveal Rel();");
        line("}");
        line("");
        line("lemma RunsCorrespond(xs: seq<In>, s: SState, p: PState)");
        line("  requires Rel(s, p) && AllOk(xs)");
        line("  ensures ProgRun(xs, p) == SpecRun(xs, s)");
        line("  decreases |xs|");
        line("{");
        line("  if |xs| > 0 {");
        line("    StepsCorrespond(s, p, xs[0]);");
        line("    assert AllOk(xs[1..]);");
        line("    RunsCorrespond(xs[1..], StepS(s, xs[0]), StepP(p, xs[0]));");
        line("  }");
        line("}");
        line("");
        theorem("RunsCorrespond(xs, InitS(), InitP());");
    }

    /** The theorem at the initial states, from the initial correspondence and the induction ({@code runs}, the call). */
    private void theorem(String runs) {
        line("// The theorem: on every input sequence over the alphabet, of every length, the outputs are equal.");
        line("lemma ProgramMeetsSpecification(xs: seq<In>)");
        line("  requires AllOk(xs)");
        line("  ensures ProgRun(xs, InitP()) == SpecRun(xs, InitS())");
        line("{");
        line("  InitialStatesCorrespond();");
        line("  " + runs);
        line("}");
        line("");
    }

    /** A state's values as a datatype's arguments; a state without variables is the placeholder 0. */
    private static String values(List<Long> state) {
        return state.isEmpty() ? "0" : state.stream().map(ProofModuleWriter::literal).collect(Collectors.joining(", "));
    }

    /** InitX, StepX, OutX and XRun for one machine. */
    private void machine(String tag, String runName, String self, String prefix, Program program) {
        String type = tag + "State";
        line("function Init" + tag + "(): " + type + " {");
        line("  " + type + "(" + (program.state().isEmpty() ? "0"
                : program.state().stream().map(v -> literal(v.initial())).collect(Collectors.joining(", "))) + ")");
        line("}");
        line("");
        Map<String, String> names = names(self, prefix, program);
        line("function Step" + tag + "(" + self + ": " + type + ", x: In): " + type + " {");
        line("  " + type + "(" + (program.state().isEmpty() ? "0" : program.state().stream()
                .map(v -> DafnyExpressions.print(v.next(), names::get)).collect(Collectors.joining(",\n    "))) + ")");
        line("}");
        line("");
        line("// The outputs of a step, from the updated state and the step's inputs.");
        line("function Out" + tag + "(" + self + ": " + type + ", x: In): Out {");
        line("  Out(" + program.outputs().stream().map(o -> DafnyExpressions.print(o.value(), names::get))
                .collect(Collectors.joining(",\n    ")) + ")");
        line("}");
        line("");
        line("function " + runName + "Run(xs: seq<In>, " + self + ": " + type + "): seq<Out>");
        line("  decreases |xs|");
        line("{");
        line("  if |xs| == 0 then [] else [Out" + tag + "(Step" + tag + "(" + self + ", xs[0]), xs[0])] + " + runName
                + "Run(xs[1..], Step" + tag + "(" + self + ", xs[0]))");
        line("}");
        line("");
    }

    private void reach() {
        line("// Contains every state the specification reaches; StepsCorrespond proves it is kept by every step.");
        line("// Opaque: the induction only passes it on, and a list of states unfolded there sends Z3 searching.");
        line("predicate {:opaque} Reach(s: SState) {");
        Map<String, String> names = specNames("s");
        if (spec.state().isEmpty()) {
            line("  s.s_none == 0");
        } else if (refinement.reachable() instanceof Reachable.States states) {
            List<String> cases = new ArrayList<>();
            for (List<Long> state : states.states()) {
                cases.add("s == SState(" + state.stream().map(ProofModuleWriter::literal).collect(Collectors.joining(", ")) + ")");
            }
            line("  " + String.join("\n  || ", cases));
        } else if (refinement.reachable() instanceof Reachable.Union union) {
            line("  " + union.boxes().stream().map(b -> "(" + bounds(b, names) + ")").collect(Collectors.joining("\n  || ")));
        } else {
            line("  " + bounds((Reachable.Box) refinement.reachable(), names));
        }
        line("}");
        line("");
    }

    /** The box as a conjunction of bounds, a point interval as an equation. */
    private String bounds(Reachable.Box box, Map<String, String> names) {
        List<String> bounds = new ArrayList<>();
        for (int v = 0; v < spec.state().size(); v++) {
            String field = names.get(spec.state().get(v).name());
            Reachable.Interval interval = box.intervals().get(v);
            if (interval.min().isPresent() && interval.min().equals(interval.max())) {
                bounds.add(field + " == " + literal(interval.min().getAsLong()));
                continue;
            }
            if (interval.min().isPresent()) {
                bounds.add(literal(interval.min().getAsLong()) + " <= " + field);
            }
            if (interval.max().isPresent()) {
                bounds.add(field + " <= " + literal(interval.max().getAsLong()));
            }
        }
        return bounds.isEmpty() ? "true" : String.join(" && ", bounds);
    }

    /** The executable program, proven to compute the specification's outputs. */
    private void method() {
        Map<String, String> locals = new HashMap<>();
        for (int i = 0; i < prog.inputs().size(); i++) {
            locals.put(prog.inputs().get(i).name(), "x.i" + i);
        }
        for (StateVariable v : prog.state()) {
            locals.put(v.name(), "p_" + v.name());
        }
        Function<String, String> name = locals::get;
        String state = prog.state().isEmpty() ? "PState(0)"
                : "PState(" + prog.state().stream().map(v -> "p_" + v.name()).collect(Collectors.joining(", ")) + ")";
        line("// The program itself, executable; its loop invariant ties it to ProgRun, hence to the specification.");
        line("method Run(xs: seq<In>) returns (ys: seq<Out>)");
        line("  requires AllOk(xs)");
        line("  ensures ys == SpecRun(xs, InitS())");
        line("{");
        line("  ProgramMeetsSpecification(xs);");
        for (StateVariable v : prog.state()) {
            line("  var p_" + v.name() + " := " + literal(v.initial()) + ";");
        }
        line("  ys := [];");
        line("  var i := 0;");
        line("  while i < |xs|");
        line("    invariant 0 <= i <= |xs|");
        line("    invariant ys + ProgRun(xs[i..], " + state + ") == ProgRun(xs, InitP())");
        line("  {");
        line("    var x := xs[i];");
        // Unfolding ProgRun by one step in the prover's view keeps it from searching the sequence axioms.
        line("    ghost var before := " + state + ";");
        line("    assert xs[i..] == [x] + xs[i + 1..];");
        line("    assert ProgRun(xs[i..], before) == [OutP(StepP(before, x), x)] + ProgRun(xs[i + 1..], StepP(before, x));");
        if (!prog.state().isEmpty()) {
            line("    " + prog.state().stream().map(v -> "p_" + v.name()).collect(Collectors.joining(", ")) + " := "
                    + prog.state().stream().map(v -> DafnyExpressions.print(v.next(), name)).collect(Collectors.joining(", ")) + ";");
        }
        line("    assert " + state + " == StepP(before, x);");
        line("    var out := Out(" + prog.outputs().stream().map(o -> DafnyExpressions.print(o.value(), name))
                .collect(Collectors.joining(", ")) + ");");
        line("    assert out == OutP(StepP(before, x), x);");
        line("    ys := ys + [out];");
        line("    i := i + 1;");
        line("  }");
        line("  assert xs[i..] == [];");
        line("}");
    }

    private Map<String, String> specNames(String self) {
        return names(self, "s_", spec);
    }

    /** IR names to Dafny text inside a machine's functions: state fields of {@code self}, inputs of {@code x}. */
    static Map<String, String> names(String self, String prefix, Program program) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < program.inputs().size(); i++) {
            names.put(program.inputs().get(i).name(), "x.i" + i);
        }
        for (StateVariable v : program.state()) {
            names.put(v.name(), self + "." + prefix + v.name());
        }
        return names;
    }

    static String fields(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i + ": int").collect(Collectors.joining(", "));
    }

    static String stateFields(String prefix, Program program) {
        if (program.state().isEmpty()) {
            return prefix + "none: int";
        }
        return program.state().stream().map(v -> prefix + v.name() + ": int").collect(Collectors.joining(", "));
    }

    static String literal(long value) {
        return value < 0 ? "(" + value + ")" : Long.toString(value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
