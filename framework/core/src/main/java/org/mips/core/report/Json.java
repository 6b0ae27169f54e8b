package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads of optional JSON fields: the bench artifacts come from runs that may have stopped
 * anywhere, so a missing or null field is a normal value (empty text, NaN, empty list), never an error.
 */
final class Json {

    private Json() {
    }

    static boolean has(JsonNode node, String field) {
        return node != null && node.hasNonNull(field);
    }

    /** The field as text; "" when missing or null. */
    static String text(JsonNode node, String field) {
        return has(node, field) ? text(node.get(field)) : "";
    }

    /** A scalar as text, an array of scalars as "a, b", anything else as its JSON. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(text(item)));
            return String.join(", ", parts);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The field as a number; NaN when missing, null or not a number ("NaN" as text stays NaN). */
    static double number(JsonNode node, String field) {
        if (!has(node, field)) {
            return Double.NaN;
        }
        JsonNode value = node.get(field);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The field formatted as a number, or a dash. */
    static String numberText(JsonNode node, String field) {
        return Fmt.num(number(node, field));
    }

    /** The elements of an array field; empty when missing or not an array. */
    static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        if (has(node, field) && node.get(field).isArray()) {
            node.get(field).forEach(items::add);
        }
        return items;
    }

    /** The field when it is an object, else null. */
    static JsonNode object(JsonNode node, String field) {
        return has(node, field) && node.get(field).isObject() ? node.get(field) : null;
    }
}
