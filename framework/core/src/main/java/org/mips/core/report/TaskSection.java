package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One task's {@code <section>}: what the task is and how it ended, then one part per pipeline artifact
 * in pipeline order. A part whose artifact is missing says so, and says that the task stopped before
 * it when that is the reason.
 */
final class TaskSection {

    private final TaskResult task;
    private final TaskDir dir;
    private final String anchor;
    private final Html html = new Html();

    private TaskSection(TaskResult task, TaskDir dir, String anchor) {
        this.task = task;
        this.dir = dir;
        this.anchor = anchor;
    }

    static String html(TaskResult task, TaskDir dir, String anchor) {
        return new TaskSection(task, dir, anchor).render();
    }

    private String render() {
        html.open("section", "id", anchor, "class", "task");
        html.open("h2").element("a", task.task(), "href", "#" + anchor, "class", "self").text(" ")
                .element("span", task.status().label(), "class", "badge " + task.status().cssClass()).close("h2");
        if (!task.description().isEmpty()) {
            html.element("p", task.description(), "class", "desc");
        }
        outcome();
        if (!dir.exists()) {
            html.element("p", "The task directory " + dir.link() + " is absent.", "class", "muted");
        }
        part("Time per stage");
        html.raw(StageBar.html(task.stageSeconds(), task.totalSeconds()));
        curve();
        search();
        simplify();
        extract();
        hiddenStates();
        machine();
        program();
        verification();
        proof();
        html.open("p", "class", "back").element("a", "↑ index", "href", "#index").close("p");
        return html.close("section").toString();
    }

    private void outcome() {
        html.open("p", "class", "outcome").element("strong", task.status().label()).text(" (" + task.status().meaning()
                + ")");
        if (!task.stage().isEmpty()) {
            html.text(task.status().solved() ? "; last stage " : "; stopped at ").element("strong", task.stage());
        }
        if (!task.reason().isEmpty()) {
            html.text(": ").element("span", task.reason(), "class", "reason");
        }
        html.close("p");
        html.open("p", "class", "facts-line");
        fact("architecture", task.architecture());
        fact("detector", task.detector());
        fact("regressors", String.join(", ", task.regressors()));
        fact("program size", task.programSize());
        fact("paper: MIPS", task.paperMips());
        fact("GPT-4", task.paperGpt4());
        for (String log : List.of("run.log", "prove.log")) {
            if (dir.has(log)) {
                html.open("span", "class", "fact").element("a", log, "href", dir.href(log)).close("span");
            }
        }
        html.close("p");
    }

    private void fact(String name, String value) {
        if (!value.isEmpty()) {
            html.open("span", "class", "fact").element("span", name, "class", "muted").text(" " + value).close("span");
        }
    }

    private void part(String title) {
        html.element("h3", title);
    }

    /** Says why an artifact is missing: the task stopped before its stage, or it is just not there. */
    private void absent(TaskDir.Artifact artifact, String stage) {
        absent(artifact.problem(), stage);
    }

    private void absent(String problem, String stage) {
        int reached = StageBar.order(task.stage());
        int needed = StageBar.order(stage);
        boolean stoppedBefore = !task.status().solved() && reached >= 0 && needed >= reached;
        html.element("p", problem + (stoppedBefore ? " — the task stopped at " + task.stage() + "." : "."),
                "class", "muted");
    }

    private void curve() {
        part("Training curve");
        TaskDir.Artifact curve = dir.json("curve.json");
        if (!curve.present()) {
            absent(curve, "search");
            return;
        }
        List<CurveChart.Point> points = CurveChart.points(curve.json());
        if (points.isEmpty()) {
            html.element("p", "curve.json has no points.", "class", "muted");
            return;
        }
        String architecture = Json.text(curve.json(), "architecture");
        html.element("p", "The chosen network" + (architecture.isEmpty() ? "" : " (" + architecture + ")") + ": "
                + points.size() + (points.size() == 1 ? " evaluation" : " evaluations") + " during training.", "class",
                "caption");
        html.open("div", "class", "figure").raw(CurveChart.svg(points)).close("div");
    }

    private void search() {
        part("Architecture search");
        TaskDir.Artifact search = dir.json("search.json");
        if (!search.present()) {
            absent(search, "search");
            return;
        }
        JsonNode json = search.json();
        JsonNode chosen = Json.object(json, "chosen");
        List<TrialChart.Trial> trials = TrialChart.trials(json);
        String summary = (chosen == null ? "No architecture reached a perfect score"
                : "Chose " + Json.text(chosen, "architecture") + " (seed " + Json.text(chosen, "seed")
                + ", perfect at step " + Json.text(chosen, "perfectAtStep") + ")")
                + "; best accuracy " + Fmt.percent(Json.number(json, "bestAccuracy")) + "; " + trials.size()
                + (trials.size() == 1 ? " trial in " : " trials in ") + Fmt.seconds(Json.number(json, "seconds"))
                + " of a " + Fmt.seconds(Json.number(json, "budgetSeconds")) + " budget.";
        html.element("p", summary, "class", "caption");
        if (trials.isEmpty()) {
            return;
        }
        html.open("div", "class", "figure").raw(TrialChart.svg(trials, Json.number(json, "budgetSeconds")))
                .close("div");
        html.open("details").element("summary", "Trials table").raw(ArtifactTables.trials(trials)).close("details");
    }

    private void simplify() {
        part("Simplification");
        TaskDir.Artifact simplify = dir.json("simplify.json");
        if (simplify.present()) {
            html.raw(ArtifactTables.simplify(simplify.json()));
        } else {
            absent(simplify, "simplify");
        }
    }

    private void extract() {
        part("Extraction");
        TaskDir.Artifact extract = dir.json("extract.json");
        if (extract.present()) {
            html.raw(ArtifactTables.extract(extract.json()));
        } else {
            absent(extract, "extract");
        }
    }

    /** The picture as a data URL: self-contained, and its ids cannot clash with the page's. */
    private void hiddenStates() {
        part("Hidden states");
        if (!dir.has("hidden-states.svg")) {
            absent("hidden-states.svg is absent", "extract");
            return;
        }
        byte[] picture;
        try {
            picture = dir.bytes("hidden-states.svg");
        } catch (UncheckedIOException e) {
            html.element("p", "hidden-states.svg is unreadable: " + e.getMessage(), "class", "muted");
            return;
        }
        html.open("div", "class", "figure").raw("<img class=\"hidden\" alt=\"hidden states of ")
                .text(task.task()).raw("\" src=\"data:image/svg+xml;base64,")
                .raw(Base64.getEncoder().encodeToString(picture)).raw("\">").close("div");
    }

    private void machine() {
        part("State machine");
        TaskDir.Artifact machine = dir.json("machine.json");
        if (!machine.present()) {
            absent(machine, "extract");
            return;
        }
        MachineDiagram.Machine parsed = MachineDiagram.Machine.of(machine.json());
        Optional<String> svg = MachineDiagram.svg(parsed, anchor);
        html.element("p", MachineDiagram.summary(parsed) + (svg.isPresent() ? "."
                : "; too many states to draw (the diagram shows at most " + MachineDiagram.MAX_STATES + ")."),
                "class", "caption");
        svg.ifPresent(diagram -> html.open("div", "class", "figure").raw(diagram).close("div"));
    }

    private void program() {
        part("Program");
        String code = CodeListing.html(dir);
        if (!code.isEmpty()) {
            html.raw(code);
        } else if (dir.has("program.json")) {
            absent("No emitted code; program.json is there", "emit");
        } else {
            absent("No program", "regress");
        }
    }

    /** The task directory's file has the details; results.json's copy is the fallback. */
    private void verification() {
        part("Verification");
        TaskDir.Artifact verification = dir.json("verification.json");
        JsonNode json = verification.present() ? verification.json() : task.verification();
        if (json != null) {
            html.raw(ArtifactTables.verification(json));
        } else {
            absent(verification, "verify");
        }
    }

    private void proof() {
        part("Proof");
        TaskDir.Artifact proof = dir.json("proof.json");
        JsonNode json = proof.present() ? proof.json() : task.proof();
        if (json != null) {
            html.raw(ArtifactTables.proof(json, dir));
        } else {
            absent(proof, "prove");
        }
    }
}
