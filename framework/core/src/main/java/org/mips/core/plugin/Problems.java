package org.mips.core.plugin;

/** Turns exceptions into the one-line reasons shown to users. */
public final class Problems {

    private Problems() {
    }

    /** The innermost message worth showing, prefixed by its exception type when that says something. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String type = root.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
            return "class not found: " + firstLine;
        }
        return root instanceof RuntimeException && !(root instanceof IllegalArgumentException)
                && !type.endsWith("PluginRuntimeException") ? type + ": " + firstLine : firstLine;
    }
}
