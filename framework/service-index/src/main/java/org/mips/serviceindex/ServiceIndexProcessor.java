package org.mips.serviceindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/<extension point>} for every class annotated {@code @org.pf4j.Extension}, so
 * that {@link java.util.ServiceLoader} finds on the class path exactly what PF4J's {@code extensions.idx} lists,
 * from the same annotation and so never out of step with it.
 *
 * <p>A class is listed under every interface it implements (directly or through its superclasses and
 * superinterfaces) that extends {@code org.pf4j.ExtensionPoint}, or under the {@code points} its annotation
 * names. Only classes that {@code ServiceLoader} can create are listed: public, not abstract, top level or
 * static, with a public no-argument constructor. Any other gets a compiler warning and stays out of the
 * services files; PF4J's index still lists it, so a host that reads the index still finds it.
 *
 * <p>An incremental compilation (an IDE's) sees only the changed classes, so the entries of an existing file
 * are kept while their class still qualifies. The processor claims nothing: PF4J's own processor sees the same
 * annotations. It refers to PF4J's types by name and needs no library at all.
 *
 * <p>Ours rather than Google's AutoService: that one reads its own {@code @AutoService} annotation, which every
 * component would have to repeat beside {@code @Extension}, naming its extension points by hand; one annotation
 * cannot drift from another.
 */
@SupportedAnnotationTypes(ServiceIndexProcessor.EXTENSION)
public final class ServiceIndexProcessor extends AbstractProcessor {

    static final String EXTENSION = "org.pf4j.Extension";
    static final String SERVICES = "META-INF/services/";
    static final String HEADER = "# Written at build time from the @Extension classes of this module.";

    private final Map<String, SortedSet<String>> providers = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        ExtensionClasses classes = new ExtensionClasses(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        TypeElement extension = processingEnv.getElementUtils().getTypeElement(EXTENSION);
        if (extension != null) {
            for (Element element : round.getElementsAnnotatedWith(extension)) {
                if (element instanceof TypeElement type) {
                    add(classes, type);
                }
            }
        }
        if (round.processingOver()) {
            providers.forEach((service, names) -> write(classes, service, names));
        }
        return false;
    }

    private void add(ExtensionClasses classes, TypeElement type) {
        List<String> points = classes.extensionPoints(type);
        if (points.isEmpty()) {
            return; // not an extension of any extension point: nothing a ServiceLoader could ask for
        }
        String problem = classes.whyNotAProvider(type);
        if (problem != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "not listed in " + SERVICES + ": " + problem
                    + "; java.util.ServiceLoader needs a public, non-abstract, top-level or static class with a public "
                    + "no-argument constructor (PF4J's extensions.idx still lists it)", type);
            return;
        }
        String name = processingEnv.getElementUtils().getBinaryName(type).toString();
        points.forEach(point -> providers.computeIfAbsent(point, p -> new TreeSet<>()).add(name));
    }

    private void write(ExtensionClasses classes, String service, SortedSet<String> names) {
        SortedSet<String> all = new TreeSet<>(names);
        for (String earlier : existing(service)) {
            if (classes.stillProvides(earlier, service)) {
                all.add(earlier);
            }
        }
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICES + service);
            try (Writer out = file.openWriter()) {
                out.write(HEADER + "\n");
                for (String name : all) {
                    out.write(name + "\n");
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + SERVICES + service + ": " + e.getMessage());
        }
    }

    /** The class names a services file of an earlier compilation lists; none when there is no such file. */
    private List<String> existing(String service) {
        List<String> names = new ArrayList<>();
        try {
            FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", SERVICES + service);
            try (InputStream in = file.openInputStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.replaceFirst("#.*", "").strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return List.of(); // no earlier file (javac reports a missing resource as an IOException)
        }
        return names;
    }
}
