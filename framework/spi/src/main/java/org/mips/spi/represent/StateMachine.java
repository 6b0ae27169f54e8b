package org.mips.spi.represent;

import java.util.List;
import java.util.Objects;

/**
 * The finite state machine a network implements, as observed on a trace.
 *
 * @param variables   names of the state variables
 * @param initial     the state of {@code h = 0}
 * @param transitions observed {@code (state, input) -> next state}, each with how often it was seen
 * @param emissions   observed {@code state -> output}
 */
public record StateMachine(List<String> variables, List<Long> initial, List<Transition> transitions,
        List<Emission> emissions) {

    public StateMachine {
        variables = List.copyOf(variables);
        initial = List.copyOf(initial);
        transitions = List.copyOf(transitions);
        emissions = List.copyOf(emissions);
        if (initial.size() != variables.size()) {
            throw new IllegalArgumentException("initial state has " + initial.size() + " values for "
                    + variables.size() + " variables");
        }
    }

    /** One observed transition. */
    public record Transition(List<Long> state, List<Long> input, List<Long> next, long count) {
        public Transition {
            state = List.copyOf(Objects.requireNonNull(state));
            input = List.copyOf(Objects.requireNonNull(input));
            next = List.copyOf(Objects.requireNonNull(next));
        }
    }

    /** One observed output. */
    public record Emission(List<Long> state, List<Long> output, long count) {
        public Emission {
            state = List.copyOf(Objects.requireNonNull(state));
            output = List.copyOf(Objects.requireNonNull(output));
        }
    }
}
