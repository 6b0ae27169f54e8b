package org.mips.core.report;

import java.nio.charset.StandardCharsets;

/**
 * An append-only HTML builder. Text and attribute values always go through {@link #escape}, so a task
 * name, a reason or a line of code can never open a tag; only the report's own markup goes in raw.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(1 << 12);

    /** Escapes the five characters that are special in HTML text and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // Control characters other than tab and newlines are not allowed in HTML text.
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    /**
     * Percent-encodes a relative path for an {@code href}: anything but unreserved characters and
     * {@code /} is encoded, so a path can neither carry a scheme ({@code :}) nor a query or fragment.
     */
    static String href(String relativePath) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Appends markup the report itself wrote (never input text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Opens a tag; {@code attributes} are name/value pairs, the values escaped. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A whole element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A table row of escaped cells; {@code cell} is {@code td} or {@code th}. */
    Html row(String cell, String... cells) {
        open("tr");
        for (String value : cells) {
            element(cell, value);
        }
        return close("tr");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
