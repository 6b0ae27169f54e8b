package org.mips.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with text that does not parse as JSON, in words about the text: the parser's messages name
 * its own features, settings and classes, which say nothing to someone fixing a file.
 */
final class JsonSyntax {

    /** A character as the parser shows it: {@code 'x' (code 120)} or {@code (CTRL-CHAR, code 10)}. */
    private static final Pattern CHARACTER = Pattern.compile("\\((?:'(.)' \\(code (\\d+)\\)|CTRL-CHAR, code (\\d+))\\)");
    private static final Pattern START = Pattern.compile("start marker at .*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern RANGE = Pattern.compile("Numeric value \\((.*)\\) out of range of (int|long) \\((-?\\d+) - (-?\\d+)\\)");
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+)");
    private static final String VALUE = "a value (a number, a \"string\", an [array], an {object}, true, false or null)";

    /** What a parser's comment after the unexpected character says, and how we say it. */
    private record Expectation(String parser, String ours) {
    }

    private static final List<Expectation> EXPECTATIONS = List.of(
            new Expectation("expected a valid value", "expected " + VALUE),
            new Expectation("expected a value", "expected " + VALUE),
            new Expectation("was expecting a colon", "expected ':' between a field's name and its value"),
            new Expectation("separate Object entries", "expected ',' or '}' after a field of an object"),
            new Expectation("separate Array entries", "expected ',' or ']' after an element of an array"),
            new Expectation("to start field name", "expected a field name in double quotes (and no ',' before a '}')"),
            new Expectation("comment", "JSON has no comments"),
            new Expectation("root-level values", "expected white space between two values"),
            new Expectation("plus signs", "a number cannot start with '+'"),
            new Expectation("in numeric value", "not a valid number"),
            new Expectation("has to be escaped", "a string cannot hold this character as it is; write it escaped, e.g. \\n or \\t"),
            new Expectation("white space", "only spaces, tabs and line breaks may stand between values"));

    private JsonSyntax() {
    }

    /** Whether {@code e} is about the text itself rather than about what a value means. */
    static boolean covers(JsonProcessingException e) {
        return e instanceof StreamReadException || e instanceof StreamConstraintsException;
    }

    /**
     * How many characters before the reported column the problem starts: the parser reports a word it does not
     * know (NaN, yes) after reading it, and the message should point at its first character.
     */
    static int backtrack(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Pattern word : List.of(NON_STANDARD, UNRECOGNIZED)) {
            Matcher named = word.matcher(original);
            if (named.find()) {
                return named.group(1).length();
            }
        }
        return 0;
    }

    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        if (e instanceof InputCoercionException) {
            Matcher range = RANGE.matcher(original);
            return range.find() ? "the number " + range.group(1) + " is out of range (an integer from " + range.group(3) + " to "
                    + range.group(4) + ")" : "a number out of range";
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return endOfInput(original);
        }
        Matcher close = CLOSE.matcher(original);
        if (close.find()) {
            return "'" + close.group(1) + "' where '" + close.group(2) + "' should close the " + (close.group(2).equals("}") ? "object" : "array")
                    + " opened at line " + close.group(3) + ", column " + close.group(4);
        }
        Matcher nonStandard = NON_STANDARD.matcher(original);
        if (nonStandard.find()) {
            return nonStandard.group(1) + " is not a number JSON can hold; write a finite number";
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(original);
        if (unrecognized.find()) {
            return "unknown word '" + unrecognized.group(1) + "'; expected " + VALUE;
        }
        if (original.startsWith("Invalid numeric value")) {
            return original.contains("Leading zeroes") ? "a number cannot start with 0 followed by more digits" : "not a valid number";
        }
        if (original.startsWith("Unrecognized character escape")) {
            Matcher character = CHARACTER.matcher(original);
            return "unknown escape \\" + (character.find() && character.group(1) != null ? character.group(1) : "")
                    + " in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        }
        String found = found(original);
        String expected = EXPECTATIONS.stream().filter(x -> original.contains(x.parser())).findFirst().map(Expectation::ours)
                .orElse("not valid JSON here");
        return found.isEmpty() ? expected : found + "; " + expected;
    }

    /** "unexpected 'x'" for the character the parser stopped at, or nothing when it named none. */
    private static String found(String original) {
        Matcher character = CHARACTER.matcher(original);
        if (!character.find()) {
            return "";
        }
        if (character.group(1) != null) {
            return "unexpected '" + character.group(1) + "'";
        }
        return "unexpected control character (code " + character.group(3) + ")";
    }

    private static String endOfInput(String original) {
        Matcher start = START.matcher(original);
        String where = start.find() ? " opened at line " + start.group(1) + ", column " + start.group(2) : "";
        if (original.contains("close marker for Array") || original.contains("Array entries")) {
            return "the text ends inside the array" + where + "; it lacks its closing ']'";
        }
        if (original.contains("close marker for Object") || original.contains("Object entries")) {
            return "the text ends inside the object" + where + "; it lacks its closing '}'";
        }
        if (original.contains("closing quote")) {
            return "the text ends inside a string; it lacks its closing '\"'";
        }
        return "the text ends before the JSON value is complete";
    }

    private static String limit(String original) {
        Matcher limit = LIMIT.matcher(original);
        if (!limit.find()) {
            return "too large to read";
        }
        String what = switch (limit.group(1)) {
            case "Number value length" -> "a number of " + limit.group(2) + " characters";
            case "String value length" -> "a string of " + limit.group(2) + " characters";
            case "Name length" -> "a field name of " + limit.group(2) + " characters";
            case "Document nesting depth" -> "arrays and objects nested " + limit.group(2) + " deep";
            case "Document length" -> "a text of " + limit.group(2) + " characters";
            case "Token count" -> limit.group(2) + " values";
            default -> limit.group(1).toLowerCase(Locale.ROOT) + " " + limit.group(2);
        };
        return what + ", more than the " + limit.group(3) + " this reader accepts";
    }
}
