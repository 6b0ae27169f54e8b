package org.mips.emitters.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mips.spi.program.Program;

/**
 * Python identifiers for one program. Program names keep their spelling unless they are keywords or
 * builtins (then they get a trailing {@code _}); every generated name is checked against everything
 * claimed before it, so a program variable can never be shadowed by, or shadow, a generated one.
 */
final class PythonNames {

    /** Hard keywords; soft keywords ({@code match}, {@code case}, {@code type}) are valid names. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");

    /**
     * Builtin functions and constants. All of them, not only those the emitted code calls, so that a
     * reader (or a later edit) never meets a shadowed builtin.
     */
    private static final Set<String> BUILTINS = Set.of("abs", "aiter", "all", "anext", "any", "ascii", "bin",
            "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
            "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
            "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex",
            "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map",
            "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
            "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod",
            "str", "sum", "super", "tuple", "type", "vars", "zip", "NotImplemented", "Ellipsis");

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> programNames = new HashMap<>();

    PythonNames(Program program) {
        List<String> declared = new ArrayList<>();
        program.inputs().forEach(i -> declared.add(i.name()));
        program.state().forEach(s -> declared.add(s.name()));
        program.outputs().forEach(o -> declared.add(o.name()));
        // Names that need no change are claimed first, so renaming `class` to `class_` cannot take
        // `class_` away from a program that also declares it.
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

    /** The Python name of an input, state variable or output of the program. */
    String of(String programName) {
        String name = programNames.get(programName);
        if (name == null) {
            throw new IllegalArgumentException("not a name of the program: " + programName);
        }
        return name;
    }

    /** Claims {@code base}, or {@code base} with trailing underscores if it is taken or reserved. */
    String fresh(String base) {
        return fresh(base, Set.of());
    }

    /** Like {@link #fresh(String)}, also avoiding {@code avoid}. */
    String fresh(String base, Set<String> avoid) {
        String name = base;
        while (isReserved(name) || taken.contains(name) || avoid.contains(name)) {
            name += "_";
        }
        taken.add(name);
        return name;
    }

    private static boolean isReserved(String name) {
        return KEYWORDS.contains(name) || BUILTINS.contains(name);
    }

    /** {@code "BinaryAddition"}, {@code "binary-addition"} → {@code "binary_addition"}; never empty. */
    static String snakeCase(String text) {
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2");
        String snake = spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            return "program";
        }
        return Character.isDigit(snake.charAt(0)) ? "program_" + snake : snake;
    }
}
