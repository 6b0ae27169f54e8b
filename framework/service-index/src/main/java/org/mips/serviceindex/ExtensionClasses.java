package org.mips.serviceindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What the compiler's model says about an {@code @Extension} class: its extension points, and whether ServiceLoader can create it. */
final class ExtensionClasses {

    static final String EXTENSION_POINT = "org.pf4j.ExtensionPoint";

    private final Elements elements;
    private final Types types;

    ExtensionClasses(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * The binary names of the services the class provides: the {@code points} its annotation names, else every
     * interface in its hierarchy that extends {@code ExtensionPoint}; sorted.
     */
    List<String> extensionPoints(TypeElement type) {
        List<String> named = namedPoints(type);
        if (!named.isEmpty()) {
            return named;
        }
        TypeElement point = elements.getTypeElement(EXTENSION_POINT);
        if (point == null) {
            return List.of();
        }
        Set<String> found = new TreeSet<>();
        collect(type.asType(), types.erasure(point.asType()), found);
        return List.copyOf(found);
    }

    private void collect(TypeMirror type, TypeMirror point, Set<String> found) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (types.asElement(supertype) instanceof TypeElement element) {
                if (element.getKind() == ElementKind.INTERFACE && types.isAssignable(types.erasure(supertype), point)
                        && !element.getQualifiedName().contentEquals(EXTENSION_POINT)) {
                    found.add(elements.getBinaryName(element).toString());
                }
                collect(supertype, point, found);
            }
        }
    }

    private List<String> namedPoints(TypeElement type) {
        List<String> points = new ArrayList<>();
        AnnotationMirror extension = extensionAnnotation(type);
        if (extension == null) {
            return points;
        }
        extension.getElementValues().forEach((key, value) -> {
            if (key.getSimpleName().contentEquals("points") && value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue v && v.getValue() instanceof TypeMirror mirror
                            && types.asElement(mirror) instanceof TypeElement element) {
                        points.add(elements.getBinaryName(element).toString());
                    }
                }
            }
        });
        return points.stream().distinct().sorted().toList();
    }

    private static AnnotationMirror extensionAnnotation(Element type) {
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            Element declaration = annotation.getAnnotationType().asElement();
            if (declaration instanceof TypeElement t && t.getQualifiedName().contentEquals(ServiceIndexProcessor.EXTENSION)) {
                return annotation;
            }
        }
        return null;
    }

    /** Why {@link java.util.ServiceLoader} could not create the class from the class path, or null if it can. */
    String whyNotAProvider(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            return "it is not a class";
        }
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            return "it is not public";
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "it is abstract";
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return "it is an inner class";
        }
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            return "it is a local class";
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return null;
            }
        }
        return "it has no public no-argument constructor";
    }

    /**
     * Whether the class a services file of an earlier compilation lists is still an extension of {@code service}
     * that ServiceLoader can create (false when it is gone).
     */
    boolean stillProvides(String binaryName, String service) {
        TypeElement type = elements.getTypeElement(binaryName.replace('$', '.'));
        return type != null && extensionAnnotation(type) != null && whyNotAProvider(type) == null
                && extensionPoints(type).contains(service);
    }
}
