package org.mips.core.regress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.regress.Regressor;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Task;

/**
 * Turns a state machine into a program (reference section 6): one regression problem per state
 * variable (its next value from the state and the input, over every observed transition) and per
 * output (from the updated state, over every observed state), each given to the regressors in order
 * until one returns an expression; the first fit wins, so regressors are listed cheapest first. A
 * regressor that throws or overruns its time only loses its turn.
 */
public final class ProgramAssembler {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final FormulaFitter fitter;
    /** How long one machine's formulas may take in all; null: no limit beyond the fitter's. */
    private final Duration whole;

    /**
     * @param regressors tried in this order for every target
     * @param timeLimit  how long one regressor may take on one target
     */
    public ProgramAssembler(List<Regressor> regressors, Duration timeLimit) {
        this(new FormulaFitter(regressors, timeLimit));
    }

    /** With a fitter of one's own (one that looks for better formulas after the first, say). */
    public ProgramAssembler(FormulaFitter fitter) {
        this(fitter, null);
    }

    /**
     * @param whole how long one machine's formulas may take in all: past it no regressor starts, and the
     *              targets left get no formula (so the machine gets no program)
     */
    public ProgramAssembler(FormulaFitter fitter, Duration whole) {
        this.fitter = fitter;
        this.whole = whole;
    }

    public Synthesis assemble(Task task, StateMachine machine) {
        Instant until = whole == null ? Instant.MAX : Instant.now().plus(whole);
        List<String> inputs = inputNames(task.inputDimension());
        List<String> state = stateNames(machine.variables(), inputs);
        List<String> outputs = outputNames(task.outputDimension());
        List<String> transitionColumns = new ArrayList<>(state);
        transitionColumns.addAll(inputs);
        // Every target its first formula, then the improvements: so that when the machine's time runs out,
        // it is an improvement that is left out, never a target's only formula.
        List<FormulaFitter.Pending> targets = new ArrayList<>();
        for (int v = 0; v < state.size(); v++) {
            Map<List<Long>, Long> rows = new LinkedHashMap<>();
            for (StateMachine.Transition t : machine.transitions()) {
                List<Long> row = new ArrayList<>(t.state());
                row.addAll(t.input());
                rows.put(row, t.next().get(v));
            }
            targets.add(fitter.start("next_" + state.get(v), transitionColumns, rows));
        }
        for (int k = 0; k < outputs.size(); k++) {
            Map<List<Long>, Long> rows = new LinkedHashMap<>();
            for (StateMachine.Emission e : machine.emissions()) {
                rows.put(e.state(), e.output().get(k));
            }
            targets.add(fitter.start(outputs.get(k), state, rows));
        }
        targets.forEach(t -> t.first(until));
        targets.forEach(t -> t.improve(until));
        List<Formula> formulas = new ArrayList<>();
        List<StateVariable> variables = new ArrayList<>();
        List<Output> outs = new ArrayList<>();
        for (int j = 0; j < targets.size(); j++) {
            FormulaFitter.Fit fit = targets.get(j).fit();
            formulas.add(fit.formula());
            if (fit.expr() == null) {
                continue;
            }
            if (j < state.size()) {
                variables.add(new StateVariable(state.get(j), machine.initial().get(j), fit.expr()));
            } else {
                outs.add(new Output(outputs.get(j - state.size()), fit.expr()));
            }
        }
        if (formulas.stream().anyMatch(f -> !f.fitted())) {
            return new Synthesis(formulas, java.util.Optional.empty());
        }
        List<Input> ins = new ArrayList<>();
        for (String name : inputs) {
            ins.add(new Input(name, task.inputMin(), task.inputMax()));
        }
        return new Synthesis(formulas, java.util.Optional.of(new Program(task.id(), ins, variables, outs)));
    }

    static List<String> inputNames(int dimension) {
        if (dimension == 1) {
            return List.of("x");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            names.add("x" + i);
        }
        return names;
    }

    static List<String> outputNames(int dimension) {
        if (dimension == 1) {
            return List.of("y");
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < dimension; k++) {
            names.add("y" + k);
        }
        return names;
    }

    /** The representation's names when they are distinct identifiers clear of the inputs' and outputs', else a, b, c, ... */
    static List<String> stateNames(List<String> variables, List<String> inputs) {
        boolean usable = variables.stream().distinct().count() == variables.size()
                && variables.stream().allMatch(v -> IDENTIFIER.matcher(v).matches() && !inputs.contains(v) && !v.matches("y\\d*")
                        && !v.startsWith("next_"));
        if (usable) {
            return List.copyOf(variables);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            names.add(i < 26 && "xy".indexOf('a' + i) < 0 ? String.valueOf((char) ('a' + i)) : "s" + i);
        }
        return names;
    }
}
