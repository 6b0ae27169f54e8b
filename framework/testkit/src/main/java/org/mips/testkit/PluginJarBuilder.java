package org.mips.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.mips.spi.Component;
import org.pf4j.Extension;

/**
 * Builds a real plugin jar at test time, the way a third party would: Java sources compiled against the
 * mips SPI, PF4J and {@code jakarta.inject} only (no core, no other plugin), PF4J's annotation processor writing
 * {@code META-INF/extensions.idx}, and the descriptor in the manifest.
 *
 * <pre>{@code
 * Path jar = PluginJarBuilder.plugin("acme", "1.0.0")
 *         .source("com.acme.ShoutEmitter", "package com.acme; ...")
 *         .build(pluginsDir.resolve("acme.jar"));
 * }</pre>
 */
public final class PluginJarBuilder {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();

    private PluginJarBuilder(String pluginId, String version) {
        if (pluginId != null) {
            manifest.put("Plugin-Id", pluginId);
        }
        manifest.put("Plugin-Version", version);
        manifest.put("Plugin-Provider", "test");
    }

    /** A plugin with this id and version in its manifest. */
    public static PluginJarBuilder plugin(String pluginId, String version) {
        return new PluginJarBuilder(pluginId, version);
    }

    /** A jar whose manifest lacks {@code Plugin-Id}: what a broken or foreign jar looks like to the host. */
    public static PluginJarBuilder withoutPluginId(String version) {
        return new PluginJarBuilder(null, version);
    }

    /** Adds a source file for the class {@code className}. */
    public PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /**
     * Adds a file to the jar, replacing a generated one of the same path (e.g. an
     * {@code META-INF/extensions.idx} that names a class the jar lacks).
     */
    public PluginJarBuilder resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /** Adds a manifest attribute, e.g. {@code Plugin-Description}. */
    public PluginJarBuilder manifest(String name, String value) {
        manifest.put(name, value);
        return this;
    }

    /**
     * Compiles the sources and writes the jar.
     *
     * @throws IllegalStateException with the compiler's diagnostics if the sources do not compile
     */
    public Path build(Path jar) {
        try {
            Path classes = Files.createTempDirectory("plugin-classes");
            try {
                compile(classes);
                for (Map.Entry<String, String> resource : resources.entrySet()) {
                    Path file = classes.resolve(resource.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, resource.getValue());
                }
                writeJar(classes, jar);
            } finally {
                deleteTree(classes);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the sources and writes a plugin zip as the bundled plugins ship: {@code plugin.properties}
     * with the descriptor, and the plugin's jar under {@code lib/}.
     *
     * @throws IllegalStateException with the compiler's diagnostics if the sources do not compile
     */
    public Path buildZip(Path zip) {
        try {
            Path work = Files.createTempDirectory("plugin-zip");
            try {
                Path jar = build(work.resolve("plugin.jar"));
                StringBuilder properties = new StringBuilder();
                Map<String, String> keys = Map.of("Plugin-Id", "plugin.id", "Plugin-Version", "plugin.version",
                        "Plugin-Provider", "plugin.provider", "Plugin-Description", "plugin.description");
                manifest.forEach((name, value) -> {
                    if (keys.containsKey(name)) {
                        properties.append(keys.get(name)).append('=').append(value).append('\n');
                    }
                });
                Files.createDirectories(zip.toAbsolutePath().getParent());
                try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                    out.putNextEntry(new java.util.zip.ZipEntry("plugin.properties"));
                    out.write(properties.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.closeEntry();
                    out.putNextEntry(new java.util.zip.ZipEntry("lib/" + manifest.getOrDefault("Plugin-Id", "plugin") + ".jar"));
                    out.write(Files.readAllBytes(jar));
                    out.closeEntry();
                }
            } finally {
                deleteTree(work);
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK");
        }
        if (sources.isEmpty()) {
            return;
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        String classPath = String.join(java.io.File.pathSeparator,
                location(Component.class), location(Extension.class), location(jacksonAnnotations()), location(jakarta.inject.Inject.class));
        List<String> options = List.of("-d", classes.toString(), "-classpath", classPath,
                "-processorpath", location(Extension.class), "--release", "17", "-implicit:class");
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            boolean ok = compiler.getTask(diagnostics, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("plugin sources do not compile:\n" + diagnostics);
            }
        }
    }

    private void writeJar(Path classes, Path jar) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, mf);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
    }

    private static Class<?> jacksonAnnotations() {
        try {
            return Class.forName("com.fasterxml.jackson.annotation.JsonProperty");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("jackson-annotations is not on the test class path", e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
