package org.mips.core.report;

import java.util.List;

/** The table of all tasks at the top of the report, one row per task linking to its section. */
final class IndexTable {

    private IndexTable() {
    }

    static String html(List<TaskResult> tasks, List<String> anchors) {
        Html html = new Html().open("table", "class", "index", "id", "index").open("thead")
                .row("th", "task", "status", "stage", "architecture", "detector", "program size", "proof", "time",
                        "MIPS", "GPT-4")
                .close("thead").open("tbody");
        for (int i = 0; i < tasks.size(); i++) {
            TaskResult task = tasks.get(i);
            html.open("tr").open("td").element("a", task.task(), "href", "#" + anchors.get(i)).close("td")
                    .open("td").element("span", task.status().label(), "class", "badge " + task.status().cssClass(),
                            "title", task.reason().isEmpty() ? task.status().meaning() : task.reason())
                    .close("td")
                    .element("td", task.stage())
                    .element("td", task.architecture(), "class", "mono")
                    .element("td", task.detector())
                    .element("td", task.programSize(), "class", "num")
                    .element("td", task.proofStatus())
                    .element("td", Fmt.seconds(task.totalSeconds()), "class", "num")
                    .element("td", task.paperMips(), "class", "center")
                    .element("td", task.paperGpt4(), "class", "center")
                    .close("tr");
        }
        return html.close("tbody").close("table").toString();
    }
}
