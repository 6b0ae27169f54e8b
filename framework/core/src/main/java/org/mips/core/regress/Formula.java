package org.mips.core.regress;

import java.util.List;

/**
 * How one state update or output was fitted.
 *
 * @param target    the state variable or output it computes
 * @param regressor the regressor whose expression was kept; empty when none fitted
 * @param formula   the expression in the IR's text form; empty when none fitted
 * @param size      the expression's node count; 0 when none fitted
 * @param rows      distinct observed rows it had to reproduce
 * @param attempts  every regressor tried, in order, with its verdict
 */
public record Formula(String target, String regressor, String formula, int size, int rows, List<String> attempts) {
    public Formula {
        attempts = List.copyOf(attempts);
    }

    public boolean fitted() {
        return !regressor.isEmpty();
    }
}
