package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mips.spi.emit.NameScope;
import org.mips.spi.program.Program;

/**
 * The identifiers of one emitted Dafny method. Program names (inputs, state variables, outputs) keep
 * their spelling unless Dafny cannot take it; every other name the writer needs is claimed with
 * {@link #fresh}, so no name shadows another. Names are claimed in a fixed order, so equal programs
 * get equal names. Not thread-safe: one instance per emitted program.
 *
 * <p>The spi's {@code NameScope} cannot be used: it renames by appending {@code _}, and a Dafny
 * identifier may not begin with {@code _} however it ends.
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

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> programNames = new LinkedHashMap<>();

    /** Claims the program's names: those Dafny accepts first, so that renamed ones cannot take them. */
    DafnyNames(Program program) {
        List<String> declared = new ArrayList<>();
        program.inputs().forEach(i -> declared.add(i.name()));
        program.state().forEach(s -> declared.add(s.name()));
        program.outputs().forEach(o -> declared.add(o.name()));
        for (String name : declared) {
            if (!isReserved(name)) {
                taken.add(name);
                programNames.put(name, name);
            }
        }
        for (String name : declared) {
            if (isReserved(name)) {
                programNames.put(name, fresh(legal(name) + "_"));
            }
        }
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
        String name = programNames.get(programName);
        if (name == null) {
            throw new IllegalArgumentException("not a name of the program: " + programName);
        }
        return name;
    }

    /** Program names Dafny could not take, each with its new spelling, in declaration order. */
    Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        programNames.forEach((name, spelling) -> {
            if (!name.equals(spelling)) {
                renamed.put(name, spelling);
            }
        });
        return renamed;
    }

    /** Claims {@code base} made legal, with {@code _}s appended until it is free and not reserved. */
    String fresh(String base) {
        return fresh(base, Set.of());
    }

    /** Like {@link #fresh(String)}, also avoiding {@code avoid}: names used outside this scope. */
    String fresh(String base, Set<String> avoid) {
        String name = legal(base);
        while (isReserved(name) || taken.contains(name) || avoid.contains(name)) {
            name += "_";
        }
        taken.add(name);
        return name;
    }

    /** {@code name} without leading underscores, starting with a letter. */
    private static String legal(String name) {
        String stripped = name.replaceFirst("^_+", "");
        return stripped.isEmpty() || Character.isDigit(stripped.charAt(0)) ? "v" + stripped : stripped;
    }
}
