package org.mips.emitters.java;

import java.util.Set;
import org.mips.toolkit.source.NameScope;

/**
 * Java's rules for the names in an emitted class: which words cannot name a variable or the class, and
 * how class and temporary names are spelled. Methods live in their own namespace in Java, so only
 * variables and the class name matter.
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
    private static final Set<String> TYPES = Set.of("Math", "System", "String", "Long", "StringBuilder",
            "BufferedReader", "InputStreamReader", "IOException");

    private JavaNames() {
    }

    /** Whether {@code name} cannot be used as a name in the emitted code. */
    static boolean isReserved(String name) {
        return KEYWORDS.contains(name) || TYPES.contains(name);
    }

    /** {@code "binary_addition"} → {@code "BinaryAddition"}; never a reserved word or a type the class uses. */
    static String className(String programName) {
        String name = NameScope.pascalCase(programName);
        String result = name;
        return isReserved(result) ? result + "Program" : result;
    }

    /** {@code nextA} for {@code a}, {@code nextCarry_bit} for {@code carry_bit}: camel case like Java. */
    static String next(String name) {
        return "next" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
