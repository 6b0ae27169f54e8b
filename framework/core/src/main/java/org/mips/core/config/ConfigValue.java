package org.mips.core.config;

/**
 * A setting's value as given, before its setting parses it.
 *
 * @param raw    the text (a YAML list is joined with commas)
 * @param source where it was given: {@code conf/mips.yml, line 4}, {@code --set}, {@code --budget}
 */
public record ConfigValue(String raw, String source) {
}
