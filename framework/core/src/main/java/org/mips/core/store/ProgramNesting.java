package org.mips.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import org.mips.spi.program.Program;

/**
 * Refuses a program whose expressions nest deeper than {@link Program#MAX_DEPTH}, on the JSON tree, before
 * it is bound to records: the binding recurses once per level and would overflow the stack long before
 * {@link Program}'s own check could run. The walk keeps its own stack, so any depth is measured.
 */
final class ProgramNesting {

    private ProgramNesting() {
    }

    /** Why {@code program} (a program's JSON) is too deep, naming the state variable or output; empty if it is not. */
    static Optional<String> problem(JsonNode program) {
        Optional<String> state = first(program.path("state"), "next", "state variable");
        return state.isPresent() ? state : first(program.path("outputs"), "value", "output");
    }

    private static Optional<String> first(JsonNode list, String field, String what) {
        for (JsonNode item : list) {
            int depth = depth(item.path(field));
            if (depth > Program.MAX_DEPTH) {
                return Optional.of(Program.tooDeep(what + " '" + item.path("name").asText("?") + "'", depth));
            }
        }
        return Optional.empty();
    }

    /** How many JSON objects deep {@code expression} is: an expression's depth, counted as the binding recurses. */
    static int depth(JsonNode expression) {
        record Open(JsonNode node, int depth) {
        }
        int deepest = 0;
        Deque<Open> pending = new ArrayDeque<>();
        pending.push(new Open(expression, 0));
        while (!pending.isEmpty()) {
            Open open = pending.pop();
            int depth = open.depth() + (open.node().isObject() ? 1 : 0);
            deepest = Math.max(deepest, depth);
            for (Iterator<JsonNode> children = open.node().elements(); children.hasNext(); ) {
                pending.push(new Open(children.next(), depth));
            }
        }
        return deepest;
    }
}
