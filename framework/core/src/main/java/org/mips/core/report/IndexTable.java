package org.mips.core.report;

import java.util.List;
import org.mips.core.result.TaskResult;

/** The table of all tasks at the top of the report, one row per task linking to its section. */
final class IndexTable {

    private IndexTable() {
    }

    static String html(List<TaskResult> tasks, List<String> anchors) {
        // The paper's columns only beside the paper's tasks: a bench of one's own data has nothing to compare with.
        boolean paper = tasks.stream().anyMatch(task -> task.paper() != null);
        List<String> heads = new java.util.ArrayList<>(List.of("task", "status", "stage", "architecture", "detector", "program size", "proof",
                "time"));
        if (paper) {
            heads.addAll(List.of("MIPS", "GPT-4"));
        }
        Html html = new Html().open("table", "class", "index", "id", "index").open("thead")
                .row("th", heads.toArray(String[]::new))
                .close("thead").open("tbody");
        for (int i = 0; i < tasks.size(); i++) {
            TaskResult task = tasks.get(i);
            String reason = Fmt.text(task.reason());
            html.open("tr").open("td").element("a", task.task(), "href", "#" + anchors.get(i)).close("td")
                    .open("td").element("span", task.status().label(), "class", "badge " + Style.status(task.status()),
                            "title", reason.isEmpty() ? task.status().meaning() : reason)
                    .close("td")
                    .element("td", task.stage())
                    .element("td", task.architecture(), "class", "mono")
                    .element("td", task.detector())
                    .element("td", TaskSection.programSize(task), "class", "num")
                    .element("td", task.proof() == null ? "" : task.proof().status().label())
                    .element("td", Fmt.seconds(task.totalSeconds()), "class", "num");
            if (paper) {
                html.element("td", task.paper() == null ? "" : task.paper().mips(), "class", "center")
                        .element("td", task.paper() == null ? "" : task.paper().gpt4(), "class", "center");
            }
            html.close("tr");
        }
        return html.close("tbody").close("table").toString();
    }
}
