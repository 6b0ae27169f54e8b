package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mips.spi.program.Program;
import org.mips.toolkit.source.NameScope;

/**
 * The identifiers of one emitted Dafny method: the spi's {@link NameScope} with Dafny's reserved
 * words, where a name is first made legal (no leading {@code _}, which no trailing {@code _} could
 * mend, and no leading digit). Not thread-safe: one instance per emitted program.
 */
final class DafnyNames {

    /**
     * Keywords of Dafny 2.3 (each checked to be rejected as a variable name) and of Dafny 4, plus the
     * built-in type names, so that the code stays valid in both.
     */
    private static final Set<String> KEYWORDS = Set.of("abstract", "allocated", "array", "as", "assert", "assume",
            "bool", "break", "by", "calc", "case", "char", "class", "codatatype", "colemma", "const", "constructor",
            "continue", "copredicate", "datatype", "decreases", "default", "downto", "else", "ensures", "exists",
            "expect", "export", "extends", "false", "for", "forall", "fresh", "function", "ghost", "greatest",
            "hide", "if", "imap", "import", "in", "include", "inductive", "int", "invariant", "is", "iset",
            "iterator", "label", "least", "lemma", "map", "match", "method", "modifies", "modify", "module",
            "multiset", "nameonly", "nat", "new", "newtype", "null", "object", "old", "older", "opaque", "opened",
            "ORDINAL", "predicate", "print", "protected", "reads", "real", "refines", "requires", "return",
            "returns", "reveal", "seq", "set", "static", "string", "then", "this", "to", "trait", "true",
            "twostate", "type", "unchanged", "var", "while", "witness", "yield", "yields");

    /** {@code array2}, {@code bv8}, ...: whole families of type names. */
    private static final Pattern TYPE_FAMILIES = Pattern.compile("array[0-9]*|bv[0-9]+");

    private final Program program;
    private final NameScope scope;

    /** Claims the program's names: those Dafny accepts first, so that renamed ones cannot take them. */
    DafnyNames(Program program) {
        this.program = program;
        this.scope = new NameScope(program, DafnyNames::isReserved, DafnyNames::legal);
    }

    /** Whether Dafny cannot take {@code name} as the name of a variable or method. */
    static boolean isReserved(String name) {
        return KEYWORDS.contains(name) || TYPE_FAMILIES.matcher(name).matches() || name.startsWith("_");
    }

    /** {@code "binary_addition"} → {@code "BinaryAddition"}; starts with a letter, never a keyword. */
    static String methodName(String programName) {
        String name = NameScope.pascalCase(programName);
        // ORDINAL is the only keyword a PascalCase name can be.
        return isReserved(name) ? name + "Program" : name;
    }

    /**
     * The Dafny spelling of an input, state variable or output.
     *
     * @throws IllegalArgumentException if the program declares no such name
     */
    String of(String programName) {
        return scope.of(programName);
    }

    /** The scope itself, for the spi's helpers that take one. */
    NameScope scope() {
        return scope;
    }

    /** Program names Dafny could not take, each with its new spelling, in declaration order. */
    Map<String, String> renamed() {
        List<String> declared = new ArrayList<>();
        program.inputs().forEach(i -> declared.add(i.name()));
        program.state().forEach(s -> declared.add(s.name()));
        program.outputs().forEach(o -> declared.add(o.name()));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String name : declared) {
            if (!scope.of(name).equals(name)) {
                renamed.put(name, scope.of(name));
            }
        }
        return renamed;
    }

    /** Claims {@code base} made legal, with {@code _}s appended until it is free and not reserved. */
    String fresh(String base) {
        return scope.fresh(base);
    }

    /** Like {@link #fresh(String)}, also avoiding {@code avoid}: names used outside this scope. */
    String fresh(String base, Set<String> avoid) {
        return scope.fresh(base, avoid);
    }

    /** {@code name} without leading underscores, starting with a letter. */
    private static String legal(String name) {
        String stripped = name.replaceFirst("^_+", "");
        return stripped.isEmpty() || Character.isDigit(stripped.charAt(0)) ? "v" + stripped : stripped;
    }
}
