package org.mips.serviceindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceIndexProcessorTest {

    private static final String GREETER = "package com.acme; public interface Greeter extends org.pf4j.ExtensionPoint { String greet(); }";
    private static final String HELLO = "package com.acme; @org.pf4j.Extension public final class Hello implements Greeter {"
            + " public String greet() { return \"hello\"; } }";

    @TempDir
    Path classes;

    @Test
    void listsEveryExtensionThatServiceLoaderCanCreateUnderItsExtensionPoints() throws Exception {
        String diagnostics = compile(Map.of(
                "com.acme.Greeter", GREETER,
                "com.acme.Hello", HELLO,
                "com.acme.Outer", "package com.acme; public final class Outer { @org.pf4j.Extension public static class Inner"
                        + " extends Base { public String greet() { return \"inner\"; } } }",
                "com.acme.Base", "package com.acme; public abstract class Base implements Greeter, Runnable { public void run() { } }",
                "com.acme.Injected", "package com.acme; @org.pf4j.Extension public final class Injected implements Greeter {"
                        + " public Injected(String name) { } public String greet() { return \"injected\"; } }",
                "com.acme.Plain", "package com.acme; @org.pf4j.Extension public final class Plain implements Runnable { public void run() { } }"));

        assertEquals(List.of(ServiceIndexProcessor.HEADER, "com.acme.Hello", "com.acme.Outer$Inner"), services("com.acme.Greeter"));
        assertFalse(Files.exists(classes.resolve("META-INF/services/java.lang.Runnable")), "Runnable is no extension point");
        assertTrue(diagnostics.contains("Injected.java:1: warning: not listed in META-INF/services/: it has no public no-argument constructor"),
                diagnostics);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            Class<Object> greeter = (Class<Object>) loader.loadClass("com.acme.Greeter");
            List<String> greetings = ServiceLoader.load(greeter, loader).stream()
                    .map(p -> (String) invokeGreet(p.get())).sorted().toList();
            assertEquals(List.of("hello", "inner"), greetings);
        }
    }

    @Test
    void aCompilationOfSomeClassesKeepsTheEarlierEntriesThatStillQualify() throws Exception {
        compile(Map.of("com.acme.Greeter", GREETER, "com.acme.Hello", HELLO));
        compile(Map.of("com.acme.Bye", "package com.acme; @org.pf4j.Extension public final class Bye implements Greeter {"
                + " public String greet() { return \"bye\"; } }"));
        assertEquals(List.of(ServiceIndexProcessor.HEADER, "com.acme.Bye", "com.acme.Hello"), services("com.acme.Greeter"));

        compile(Map.of("com.acme.Hello", "package com.acme; public final class Hello implements Greeter {"
                + " public String greet() { return \"no longer an extension\"; } }", "com.acme.Bye",
                "package com.acme; @org.pf4j.Extension public final class Bye implements Greeter { public String greet() { return \"bye\"; } }"));
        assertEquals(List.of(ServiceIndexProcessor.HEADER, "com.acme.Bye"), services("com.acme.Greeter"));
    }

    private List<String> services(String service) throws IOException {
        return Files.readAllLines(classes.resolve("META-INF/services/" + service));
    }

    private static Object invokeGreet(Object greeter) {
        try {
            return greeter.getClass().getMethod("greet").invoke(greeter);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Compiles the sources into {@link #classes} (also on the class path, as Maven's output directory is) with the processor alone. */
    private String compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = sources.entrySet().stream().<JavaFileObject>map(e -> new Source(e.getKey(), e.getValue())).toList();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + classes;
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            CompilationTask task = compiler.getTask(diagnostics, files, null,
                    List.of("-d", classes.toString(), "-classpath", classPath, "--release", "17"), null, units);
            task.setProcessors(List.of(new ServiceIndexProcessor()));
            assertTrue(task.call(), diagnostics::toString);
        }
        return diagnostics.toString();
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
