package org.mips.core.plugin;

/**
 * A plugin, or one of its components, that could not be used, and why.
 *
 * @param source the plugin file or id (or {@code classpath}) the problem belongs to
 * @param reason one line
 */
public record PluginFailure(String source, String reason) {
}
