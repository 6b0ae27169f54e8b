package org.mips.emitters.python;

import java.util.Locale;
import java.util.Set;

/**
 * Python's rules for the names in an emitted module: keywords and builtins are never used as names,
 * and function names are snake case. One module is one scope: the program's function, its helpers,
 * tables and variables all get distinct names, so none shadows another.
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

    private PythonNames() {
    }

    /** Whether {@code name} cannot be used as a name in the emitted code. */
    static boolean isReserved(String name) {
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
