package org.mips.core.report;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The code a task emitted, found by extension in its directory (Python, Java, then Dafny; proof.dfy is
 * the proof, not emitted code), each in a collapsible block with the first one open.
 */
final class CodeListing {

    /** Past this many characters a listing is cut: the report must stay light enough to open. */
    static final int MAX_CHARS = 100_000;

    private record Language(String extension, String name) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language(".py", "Python"), new Language(".java", "Java"), new Language(".dfy", "Dafny"));

    private CodeListing() {
    }

    /** The emitted files in display order. */
    static List<String> files(TaskDir dir) {
        List<String> files = new ArrayList<>();
        for (Language language : LANGUAGES) {
            dir.files().stream().filter(name -> name.endsWith(language.extension()) && !name.equals("proof.dfy"))
                    .forEach(files::add);
        }
        return files;
    }

    /** The blocks, or "" when there is no emitted code. */
    static String html(TaskDir dir) {
        Html html = new Html();
        boolean first = true;
        for (String file : files(dir)) {
            html.raw(first ? "<details class=\"code\" open>" : "<details class=\"code\">").open("summary")
                    .element("span", language(file), "class", "lang").text(" ")
                    .element("a", file, "href", dir.href(file)).close("summary");
            String code;
            try {
                code = dir.text(file);
            } catch (UncheckedIOException e) {
                html.element("p", file + " is unreadable: " + e.getMessage(), "class", "muted").close("details");
                first = false;
                continue;
            }
            boolean cut = code.length() > MAX_CHARS;
            html.open("pre").open("code").text(cut ? code.substring(0, MAX_CHARS) : code).close("code").close("pre");
            if (cut) {
                html.element("p", "… cut after " + Fmt.count(MAX_CHARS) + " of " + Fmt.count(code.length())
                        + " characters; the link above has the whole file", "class", "muted");
            }
            html.close("details");
            first = false;
        }
        return html.toString();
    }

    private static String language(String file) {
        return LANGUAGES.stream().filter(language -> file.endsWith(language.extension())).map(Language::name)
                .findFirst().orElse("");
    }
}
