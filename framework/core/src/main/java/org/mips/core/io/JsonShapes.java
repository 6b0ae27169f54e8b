package org.mips.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kinds of JSON value, in words: what a field expects (from the Java type it is read into) and what the
 * file holds there, so that a mismatch reads "expected an integer, got the string "many"".
 */
public final class JsonShapes {

    /** Only to print an enum constant as JSON names it. */
    private static final ObjectMapper NAMES = new ObjectMapper();
    /** How a mismatch names the value it found, when the document is not at hand. */
    private static final Pattern FOUND = Pattern.compile("(?:from|coerce) (Array|Object|String|Integer|Floating-point|Boolean|Null|null)");
    private static final int SHOWN = 40;

    private JsonShapes() {
    }

    /** "an integer", "a string", "one of a, b"...: what a value read into {@code type} must be; empty when unknown. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class || type == BigDecimal.class
                || type == Number.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> NAMES.convertValue(c, String.class))
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "a value";
        }
        return "an object";
    }

    /** The value {@code node} in words: "an array", "the string "x"", "the number 1.5", "null". */
    public static String found(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isTextual()) {
            return "the string \"" + shown(node.asText()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + shown(node.asText());
        }
        return node.isNull() ? "null" : node.asText();
    }

    /** The kind of value a mismatch's message names, for when the document is not at hand; empty when it names none. */
    static String found(String message) {
        Matcher found = FOUND.matcher(message == null ? "" : message);
        if (!found.find()) {
            return "";
        }
        return switch (found.group(1)) {
            case "Array" -> "an array";
            case "Object" -> "an object";
            case "String" -> "a string";
            case "Integer" -> "an integer";
            case "Floating-point" -> "a number with a fraction";
            case "Boolean" -> "true or false";
            default -> "null";
        };
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
