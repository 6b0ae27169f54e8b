package org.mips.emitters.python;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mips.spi.program.Expr;
import org.mips.toolkit.source.NameScope;

/**
 * The lookups of a program as module-level dict constants, read with {@code TABLE.get(key, default)}.
 * Lookups with the same entries share one constant; the default stays at the call site.
 */
final class PythonTables {

    private static final int LINE = 88;

    /** What a dict constant holds: single keys are plain ints, several keys a tuple. */
    private record Contents(boolean tupleKeys, List<Expr.Entry> entries) {
        static Contents of(Expr.Lookup lookup) {
            return new Contents(lookup.keys().size() > 1, lookup.entries());
        }
    }

    private final Map<Contents, String> names = new LinkedHashMap<>();

    /** Names a constant for each distinct table among {@code lookups}, in order of appearance. */
    PythonTables(List<Expr.Lookup> lookups, NameScope identifiers) {
        List<Contents> distinct = lookups.stream().map(Contents::of).distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            names.put(distinct.get(i), identifiers.fresh(distinct.size() == 1 ? "TABLE" : "TABLE_" + (i + 1)));
        }
    }

    String name(Expr.Lookup lookup) {
        return names.get(Contents.of(lookup));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** One assignment per table, on one line if it fits, else one entry per line. */
    String definitions() {
        StringBuilder out = new StringBuilder();
        names.forEach((contents, name) -> {
            List<String> items = contents.entries().stream()
                    .map(e -> key(contents, e) + ": " + e.value())
                    .toList();
            String oneLine = name + " = {" + String.join(", ", items) + "}";
            if (oneLine.length() <= LINE || items.isEmpty()) {
                out.append(oneLine).append('\n');
            } else {
                out.append(name).append(" = {\n");
                items.forEach(item -> out.append("    ").append(item).append(",\n"));
                out.append("}\n");
            }
        });
        return out.toString();
    }

    private static String key(Contents contents, Expr.Entry entry) {
        String values = entry.key().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return contents.tupleKeys() ? "(" + values + ")" : values;
    }
}
