package org.mips.core.report;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.mips.core.emit.EmitRecord;

/**
 * The code a task emitted, each file in a collapsible block with the first one open. emit.json lists the
 * files with their checks; a task directory without one (a run of an older mips, or emit.json unreadable)
 * has its code found by extension instead: Python, Java, then Dafny, where proof.dfy is the proof, not
 * emitted code.
 */
final class CodeListing {

    /** Past this many characters a listing is cut: the report must stay light enough to open. */
    static final int MAX_CHARS = 100_000;

    private record Language(String extension, String name) {
    }

    /**
     * One file to list.
     *
     * @param language  how the block is labelled
     * @param check     its check as emit.json gives it; null when unknown
     * @param detail    what the check did or found, "" when unknown
     */
    record Listed(String file, String language, EmitRecord.Check check, String detail) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language(".py", "Python"), new Language(".java", "Java"), new Language(".dfy", "Dafny"));

    private CodeListing() {
    }

    /**
     * The emitted files in display order: those of {@code emit} when there is one, in its order, else
     * those found by extension. A name in emit.json that is not a plain file name is left out.
     */
    static List<Listed> files(TaskDir dir, EmitRecord emit) {
        List<Listed> files = new ArrayList<>();
        if (emit != null) {
            for (EmitRecord.EmittedFile file : emit.files()) {
                if (TaskDir.plainName(file.file())) {
                    String language = language(file.file());
                    files.add(new Listed(file.file(), language.isEmpty() ? Fmt.text(file.language()) : language,
                            file.check(), Fmt.text(file.detail())));
                }
            }
            return files;
        }
        for (Language language : LANGUAGES) {
            dir.files().stream().filter(name -> name.endsWith(language.extension()) && !name.equals("proof.dfy"))
                    .forEach(name -> files.add(new Listed(name, language.name(), null, "")));
        }
        return files;
    }

    /** The blocks, or "" when there is no emitted code; {@code emit} may be null. */
    static String html(TaskDir dir, EmitRecord emit) {
        Html html = new Html();
        boolean first = true;
        for (Listed file : files(dir, emit)) {
            html.raw(first ? "<details class=\"code\" open>" : "<details class=\"code\">").open("summary")
                    .element("span", file.language(), "class", "lang").text(" ")
                    .element("a", file.file(), "href", dir.href(file.file()));
            if (file.check() != null) {
                html.element("span", "check " + file.check().label(), "class",
                        file.check() == EmitRecord.Check.FAILED ? "check bad" : "check");
            }
            html.close("summary");
            first = false;
            if (!file.detail().isEmpty()) {
                html.element("p", file.detail(), "class", "muted");
            }
            if (!dir.has(file.file())) {
                html.element("p", file.file() + " is absent", "class", "muted").close("details");
                continue;
            }
            String code;
            try {
                code = dir.text(file.file());
            } catch (UncheckedIOException e) {
                html.element("p", file.file() + " is unreadable: " + e.getMessage(), "class", "muted").close("details");
                continue;
            }
            boolean cut = code.length() > MAX_CHARS;
            html.open("pre").open("code").text(cut ? code.substring(0, MAX_CHARS) : code).close("code").close("pre");
            if (cut) {
                html.element("p", "… cut after " + Fmt.count(MAX_CHARS) + " of " + Fmt.count(code.length())
                        + " characters; the link above has the whole file", "class", "muted");
            }
            html.close("details");
        }
        return html.toString();
    }

    private static String language(String file) {
        return LANGUAGES.stream().filter(language -> file.endsWith(language.extension())).map(Language::name)
                .findFirst().orElse("");
    }
}
