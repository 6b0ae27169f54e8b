package org.mips.core.report;

import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.mips.core.emit.EmitRecord;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.result.TaskResult;
import org.mips.core.search.DataSurvey;
import org.mips.core.search.SearchResult;
import org.mips.core.search.TrainingCurve;
import org.mips.core.search.TrialRecord;
import org.mips.core.simplify.SimplifyRecord;
import org.mips.core.regress.RegressRecord;
import org.mips.core.stages.RunArtifacts;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.training.Evaluation;

/**
 * One task's {@code <section>}: what the task is and how it ended, then one part per pipeline artifact
 * in pipeline order. A part whose artifact is missing says so, and says that the task stopped before
 * it when that is the reason; a part whose artifact is unreadable says what is wrong with it, and the
 * rest of the section still renders.
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

    /** The size of the task's program in formula nodes, or "" without a program. */
    static String programSize(TaskResult task) {
        return task.programSize() == null ? "" : task.programSize().toString();
    }

    private String render() {
        html.open("section", "id", anchor, "class", "task");
        html.open("h2").element("a", task.task(), "href", "#" + anchor, "class", "self").text(" ")
                .element("span", task.status().label(), "class", "badge " + Style.status(task.status())).close("h2");
        if (!Fmt.text(task.description()).isEmpty()) {
            html.element("p", task.description(), "class", "desc");
        }
        outcome();
        if (!dir.exists()) {
            html.element("p", "The task directory " + dir.link() + " is absent.", "class", "muted");
        }
        part("Time per stage");
        html.raw(StageBar.html(task.seconds(), task.totalSeconds()));
        curve();
        search();
        simplify();
        extract();
        hiddenStates();
        machine();
        programCandidates();
        program();
        verification();
        proof();
        html.open("p", "class", "back").element("a", "↑ index", "href", "#index").close("p");
        return html.close("section").toString();
    }

    private void outcome() {
        String stage = Fmt.text(task.stage());
        String reason = Fmt.text(task.reason());
        html.open("p", "class", "outcome").element("strong", task.status().label()).text(" (" + task.status().meaning()
                + ")");
        if (!stage.isEmpty()) {
            html.text(task.status().solved() ? "; last stage " : "; stopped at ").element("strong", stage);
        }
        if (!reason.isEmpty()) {
            html.text(": ").element("span", reason, "class", "reason");
        }
        html.close("p");
        html.open("p", "class", "facts-line");
        fact("architecture", task.architecture());
        fact("detector", task.detector());
        fact("regressors", String.join(", ", task.regressors()));
        fact("program size", programSize(task));
        fact("paper: MIPS", task.paper() == null ? "" : task.paper().mips());
        fact("GPT-4", task.paper() == null ? "" : task.paper().gpt4());
        for (String log : List.of("run.log", "prove.log")) {
            if (dir.has(log)) {
                html.open("span", "class", "fact").element("a", log, "href", dir.href(log)).close("span");
            }
        }
        html.close("p");
    }

    private void fact(String name, String value) {
        if (!Fmt.text(value).isEmpty()) {
            html.open("span", "class", "fact").element("span", name, "class", "muted").text(" " + value).close("span");
        }
    }

    private void part(String title) {
        html.element("h3", title);
    }

    /** Says why an artifact is not shown: what is wrong with its file, or that it is missing and why. */
    private void missing(TaskDir.Artifact<?> artifact, String stage) {
        if (artifact.unreadable()) {
            unreadable(artifact);
        } else {
            absent(artifact.problem(), stage);
        }
    }

    private void unreadable(TaskDir.Artifact<?> artifact) {
        html.element("p", artifact.problem(), "class", "muted");
    }

    /** Says why something is missing: the task stopped before its stage, or it is just not there. */
    private void absent(String problem, String stage) {
        int reached = StageBar.order(task.stage());
        int needed = StageBar.order(stage);
        boolean stoppedBefore = !task.status().solved() && reached >= 0 && needed >= reached;
        html.element("p", problem + (stoppedBefore ? " — the task stopped at " + task.stage() + "." : "."),
                "class", "muted");
    }

    private void curve() {
        part("Training curve");
        TaskDir.Artifact<TrainingCurve> curve = dir.read(RunArtifacts.CURVE);
        if (!curve.present()) {
            missing(curve, BuiltInStages.SEARCH);
            return;
        }
        List<Evaluation> points = curve.value().curve();
        if (points.isEmpty()) {
            html.element("p", "curve.json has no points.", "class", "muted");
            return;
        }
        String architecture = Fmt.text(curve.value().architecture());
        html.element("p", "The chosen network" + (architecture.isEmpty() ? "" : " (" + architecture + ")") + ": "
                + points.size() + (points.size() == 1 ? " evaluation" : " evaluations") + " during training.", "class",
                "caption");
        html.open("div", "class", "figure").raw(CurveChart.svg(points)).close("div");
    }

    private void search() {
        part("Architecture search");
        TaskDir.Artifact<SearchResult> read = dir.read(RunArtifacts.SEARCH);
        if (!read.present()) {
            missing(read, BuiltInStages.SEARCH);
            return;
        }
        SearchResult search = read.value();
        SearchResult.Chosen chosen = search.chosen();
        List<TrialRecord> trials = TrialChart.trials(search);
        String summary = (chosen == null ? "No architecture reached a perfect score"
                : "Chose " + chosen.architecture() + (chosen.encodings().equals("scalar") ? "" : " with encodings " + chosen.encodings())
                + " (seed " + chosen.seed() + ", perfect at step "
                + chosen.perfectAtStep() + ")")
                + "; best accuracy " + Fmt.percent(search.bestAccuracy()) + "; " + trials.size()
                + (trials.size() == 1 ? " trial in " : " trials in ") + Fmt.seconds(search.seconds())
                + " of a " + Fmt.seconds(search.budgetSeconds()) + " budget.";
        html.element("p", summary, "class", "caption");
        if (search.survey() != null) {
            html.element("p", survey(search.survey()), "class", "caption");
        }
        if (trials.isEmpty()) {
            return;
        }
        html.open("div", "class", "figure").raw(TrialChart.svg(trials, search.budgetSeconds())).close("div");
        html.open("details").element("summary", "Trials table").raw(ArtifactTables.trials(trials)).close("details");
    }

    /** What the data survey found and how it ordered the search, in one sentence. */
    static String survey(DataSurvey.Findings findings) {
        StringBuilder text = new StringBuilder("Data survey: ").append(findings.summary());
        if (!findings.refusals().isEmpty()) {
            text.append("; ").append(String.join("; ", findings.refusals()));
        }
        return text.append('.').toString();
    }

    private void simplify() {
        part("Simplification");
        TaskDir.Artifact<SimplifyRecord> simplify = dir.read(RunArtifacts.SIMPLIFY);
        if (simplify.present()) {
            html.raw(ArtifactTables.simplify(simplify.value()));
        } else {
            missing(simplify, BuiltInStages.SIMPLIFY);
        }
    }

    private void extract() {
        part("Extraction");
        TaskDir.Artifact<ExtractRecord> extract = dir.read(RunArtifacts.EXTRACT);
        if (extract.present()) {
            html.raw(ArtifactTables.extract(extract.value()));
        } else {
            missing(extract, BuiltInStages.EXTRACT);
        }
    }

    /** The picture as a data URL: self-contained, and its ids cannot clash with the page's. */
    private void hiddenStates() {
        part("Hidden states");
        String file = RunArtifacts.HIDDEN_STATES;
        if (!dir.has(file)) {
            absent(file + " is absent", BuiltInStages.EXTRACT);
            return;
        }
        byte[] picture;
        try {
            picture = dir.bytes(file);
        } catch (UncheckedIOException e) {
            html.element("p", file + " is unreadable: " + e.getMessage(), "class", "muted");
            return;
        }
        html.open("div", "class", "figure").raw("<img class=\"hidden\" alt=\"hidden states of ")
                .text(task.task()).raw("\" src=\"data:image/svg+xml;base64,")
                .raw(Base64.getEncoder().encodeToString(picture)).raw("\">").close("div");
    }

    private void machine() {
        part("State machine");
        TaskDir.Artifact<StateMachine> machine = dir.read(RunArtifacts.MACHINE);
        if (!machine.present()) {
            missing(machine, BuiltInStages.EXTRACT);
            return;
        }
        MachineDiagram.Machine parsed = MachineDiagram.Machine.of(machine.value());
        Optional<String> svg = MachineDiagram.svg(parsed, anchor);
        html.element("p", MachineDiagram.summary(parsed) + (svg.isPresent() ? "."
                : "; too many states to draw (the diagram shows at most " + MachineDiagram.MAX_STATES + ")."),
                "class", "caption");
        svg.ifPresent(diagram -> html.open("div", "class", "figure").raw(diagram).close("div"));
    }

    /** The machines regression tried, when it tried more than one. */
    private void programCandidates() {
        TaskDir.Artifact<RegressRecord> regress = dir.read(RunArtifacts.REGRESS);
        if (!regress.present() || regress.value().candidates().size() < 2) {
            return;
        }
        part("Program candidates");
        html.element("p", "Every extracted machine and every numbering of it was regressed and verified; the smallest program that"
                + " passes verification is kept.", "class", "caption");
        html.raw(ArtifactTables.programCandidates(regress.value()));
    }

    /** The emitted code; emit.json says which files it is, and how their checks went. */
    private void program() {
        part("Program");
        TaskDir.Artifact<EmitRecord> emit = dir.read(RunArtifacts.EMIT);
        if (emit.unreadable()) {
            unreadable(emit);
        }
        String code = CodeListing.html(dir, emit.value());
        if (!code.isEmpty()) {
            html.raw(code);
        } else if (dir.has(RunArtifacts.PROGRAM)) {
            absent("No emitted code; " + RunArtifacts.PROGRAM.fileName() + " is there", BuiltInStages.EMIT);
        } else {
            absent("No program", BuiltInStages.REGRESS);
        }
    }

    /** The task directory's file has the details; results.json's copy is the fallback. */
    private void verification() {
        part("Verification");
        TaskDir.Artifact<VerificationRecord> file = dir.read(RunArtifacts.VERIFICATION);
        if (file.unreadable()) {
            unreadable(file);
        }
        VerificationRecord verification = file.present() ? file.value() : task.verification();
        if (verification != null) {
            html.raw(ArtifactTables.verification(verification));
        } else if (!file.unreadable()) {
            absent(file.problem(), BuiltInStages.VERIFY);
        }
    }

    /** The task directory's file has the details; results.json's copy is the fallback. */
    private void proof() {
        part("Proof");
        TaskDir.Artifact<ProofRecord> file = dir.read(RunArtifacts.PROOF);
        if (file.unreadable()) {
            unreadable(file);
        }
        ProofRecord proof = file.present() ? file.value() : task.proof();
        if (proof != null) {
            html.raw(ArtifactTables.proof(proof, dir));
        } else if (!file.unreadable()) {
            absent(file.problem(), BuiltInStages.PROVE);
        }
    }
}
