package org.mips.emitters.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.spi.program.Program;

/**
 * Java identifiers for one program. Program names keep their spelling unless they are reserved (then
 * they get a trailing {@code _}); generated local names are checked against everything claimed before
 * them. Methods live in their own namespace in Java, so only variables and the class name matter.
 */
final class JavaNames {

    /** Keywords, literals and the restricted identifiers that cannot name a local variable. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed",
            "permits");

    /** Types the emitted class names: a variable or the class itself called so would hide them. */
    static final Set<String> TYPES = Set.of("Math", "System", "String", "Long", "StringBuilder",
            "BufferedReader", "InputStreamReader", "IOException");

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> programNames = new HashMap<>();

    JavaNames(Program program) {
        List<String> declared = new ArrayList<>();
        program.inputs().forEach(i -> declared.add(i.name()));
        program.state().forEach(s -> declared.add(s.name()));
        program.outputs().forEach(o -> declared.add(o.name()));
        // Names that need no change are claimed first, so renaming `new` to `new_` cannot take `new_`
        // away from a program that also declares it.
        for (String name : declared) {
            if (!isReserved(name)) {
                taken.add(name);
                programNames.put(name, name);
            }
        }
        for (String name : declared) {
            if (isReserved(name)) {
                programNames.put(name, fresh(name + "_"));
            }
        }
    }

    /** The Java name of an input, state variable or output of the program. */
    String of(String programName) {
        String name = programNames.get(programName);
        if (name == null) {
            throw new IllegalArgumentException("not a name of the program: " + programName);
        }
        return name;
    }

    /** Claims {@code base}, or {@code base} with trailing underscores if it is taken or reserved. */
    String fresh(String base) {
        String name = base;
        while (isReserved(name) || taken.contains(name)) {
            name += "_";
        }
        taken.add(name);
        return name;
    }

    private static boolean isReserved(String name) {
        return KEYWORDS.contains(name) || TYPES.contains(name);
    }

    /** {@code "binary_addition"} → {@code "BinaryAddition"}; never a reserved word or a type the class uses. */
    static String className(String programName) {
        StringBuilder name = new StringBuilder();
        String spaced = programName.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : spaced.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Program");
        }
        String result = name.toString();
        return TYPES.contains(result) || KEYWORDS.contains(result) ? result + "Program" : result;
    }

    /** {@code nextA} for {@code a}, {@code nextCarry_bit} for {@code carry_bit}: camel case like Java. */
    static String next(String name) {
        return "next" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
