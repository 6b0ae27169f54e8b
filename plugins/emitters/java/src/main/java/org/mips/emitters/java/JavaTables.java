package org.mips.emitters.java;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.spi.program.Expr;

/**
 * The lookups of a program as private static methods, one {@code if} per entry: Java has no
 * {@code switch} on {@code long}, and an if-chain reads like the table it is. Lookups with the same
 * entries and default share one method.
 */
final class JavaTables {

    private record Table(int keys, List<Expr.Entry> entries, long otherwise) {
        static Table of(Expr.Lookup lookup) {
            return new Table(lookup.keys().size(), lookup.entries(), lookup.otherwise());
        }
    }

    private final Map<Table, String> names = new LinkedHashMap<>();

    /** Names a method for each distinct table among {@code lookups}, in order of appearance. */
    JavaTables(List<Expr.Lookup> lookups) {
        List<Table> distinct = lookups.stream().map(Table::of).distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            names.put(distinct.get(i), distinct.size() == 1 ? "table" : "table" + (i + 1));
        }
    }

    String name(Expr.Lookup lookup) {
        return names.get(Table.of(lookup));
    }

    /** The methods, each preceded by a blank line, indented for the class body. */
    String methods() {
        StringBuilder out = new StringBuilder();
        names.forEach((table, name) -> {
            List<String> parameters = table.keys() == 1 ? List.of("key")
                    : IntStream.rangeClosed(1, table.keys()).mapToObj(i -> "key" + i).toList();
            out.append("\n    /** The value for ").append(table.keys() == 1 ? "key" : String.join(", ", parameters))
                    .append(" in the program's table, or ").append(table.otherwise()).append(" if it has none. */\n");
            out.append("    private static long ").append(name).append('(')
                    .append(parameters.stream().map(p -> "long " + p).collect(Collectors.joining(", "))).append(") {\n");
            for (Expr.Entry entry : table.entries()) {
                String condition = IntStream.range(0, parameters.size())
                        .mapToObj(i -> parameters.get(i) + " == " + JavaExpressions.literal(entry.key().get(i)).text())
                        .collect(Collectors.joining(" && "));
                out.append("        if (").append(condition).append(") return ")
                        .append(JavaExpressions.literal(entry.value()).text()).append(";\n");
            }
            out.append("        return ").append(JavaExpressions.literal(table.otherwise()).text()).append(";\n");
            out.append("    }\n");
        });
        return out.toString();
    }
}
