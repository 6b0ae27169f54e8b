package org.mips.core.report;

import org.mips.core.result.TaskStatus;

/** The report's stylesheet, inline so that report.html is one file that needs nothing else. */
final class Style {

    static final String CSS = """
            :root { --fg: #1f2328; --muted: #656d76; --line: #d8dee4; --soft: #f6f8fa; --accent: #3b6ea8;
              --proven: #2e7d4f; --solved: #3b6ea8; --unsolved: #b7791f; --failed: #b33a3a; --unknown: #6e7781; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--fg); background: #fff; line-height: 1.45;
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 60px; }
            h1 { font-size: 26px; margin: 0 0 6px; }
            h2 { font-size: 20px; margin: 0 0 6px; display: flex; align-items: center; gap: 10px; }
            h3 { font-size: 14px; margin: 22px 0 6px; text-transform: uppercase; letter-spacing: .04em;
              color: var(--muted); }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            a.self { color: var(--fg); }
            code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
              font-size: 12.5px; }
            .command { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px;
              display: inline-block; max-width: 100%; overflow-x: auto; white-space: pre; }
            .muted, .caption { color: var(--muted); }
            .meta { color: var(--muted); margin: 8px 0 16px; }
            .meta span + span::before { content: " · "; }
            .totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 24px; }
            .stat { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; flex: 1 1 120px; }
            .stat b { display: block; font-size: 22px; }
            .stat span { color: var(--muted); font-size: 12px; }
            table { border-collapse: collapse; margin: 6px 0 10px; }
            th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: var(--soft); font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.center { text-align: center; }
            table.index { width: 100%; font-size: 13px; }
            table.index tbody tr:hover { background: var(--soft); }
            table.compact { font-size: 12.5px; }
            table.compact td:last-child { max-width: 520px; overflow-wrap: anywhere; }
            table.facts th { width: 110px; background: none; color: var(--muted); font-weight: normal; }
            tr.perfect td { background: #eef7f1; }
            td.ok { color: var(--proven); } td.bad { color: var(--failed); }
            .row { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
            .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600;
              color: #fff; background: var(--unknown); line-height: 19px; }
            .st-proven { background: var(--proven); } .st-solved { background: var(--solved); }
            .st-unsolved { background: var(--unsolved); } .st-failed { background: var(--failed); }
            section.task { border-top: 2px solid var(--line); margin-top: 36px; padding-top: 18px; }
            .desc { margin: 0 0 6px; }
            .outcome { margin: 4px 0; }
            .reason { overflow-wrap: anywhere; }
            .facts-line { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0; font-size: 13px; }
            .back { text-align: right; font-size: 12px; }
            .stagebar { display: flex; height: 14px; border-radius: 3px; overflow: hidden; max-width: 720px;
              background: var(--soft); }
            .stagebar .seg { display: block; height: 100%; }
            ul.legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 2px 14px;
              font-size: 12.5px; }
            ul.legend .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; }
            ul.legend .total { color: var(--muted); }
            .c0 { background: #4c78a8; } .c1 { background: #72b7b2; } .c2 { background: #54a24b; }
            .c3 { background: #eeca3b; } .c4 { background: #f58518; } .c5 { background: #b279a2; }
            .c6 { background: #9d755d; } .c-other { background: #bab0ac; }
            .figure { overflow-x: auto; margin: 6px 0; }
            .figure svg, .figure img { max-width: 100%; height: auto; display: block; }
            img.hidden { max-width: 560px; width: 100%; border: 1px solid var(--line); border-radius: 4px; }
            svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--fg); }
            svg .tick { font-size: 10.5px; fill: var(--muted); }
            svg .strong { font-weight: 600; fill: var(--proven); }
            svg .label { font-size: 11.5px; fill: var(--muted); }
            svg .grid { stroke: #eceff2; stroke-width: 1; }
            svg .axis { stroke: #8c959f; stroke-width: 1; }
            svg .line { fill: none; stroke-width: 1.8; }
            svg .s-acc { stroke: #2e7d4f; fill: #2e7d4f; } svg .s-train { stroke: #3b6ea8; fill: #3b6ea8; }
            svg .s-test { stroke: #d9822b; fill: #d9822b; }
            svg .line.s-acc, svg .line.s-train, svg .line.s-test { fill: none; }
            svg text.legend { font-size: 11.5px; stroke: none; }
            svg .bar { fill: #3b6ea8; } svg .bar.perfect { fill: #2e7d4f; stroke: #1d5233; stroke-width: 1; }
            svg .budget { stroke: #b33a3a; stroke-dasharray: 4 3; stroke-width: 1.2; }
            svg.machine .state { fill: #fff; stroke: #57606a; stroke-width: 1.4; }
            svg.machine .state.start { stroke: #2e7d4f; stroke-width: 2.6; }
            svg.machine .name { font-size: 11.5px; font-weight: 600; }
            svg.machine .out { font-size: 10px; fill: var(--muted); }
            svg.machine .edge { fill: none; stroke: #8c959f; stroke-width: 1.2; }
            svg.machine text.edge { fill: #3d444d; stroke: #fff; stroke-width: 3px; paint-order: stroke;
              font-size: 10.5px; }
            svg.machine .initial { fill: none; stroke: #2e7d4f; stroke-width: 1.6; }
            svg.machine .head { fill: #57606a; }
            details { margin: 6px 0; }
            summary { cursor: pointer; color: var(--accent); }
            details.code summary { color: var(--fg); }
            details.code .lang { display: inline-block; min-width: 54px; color: var(--muted); font-size: 12px; }
            details.code .check { margin-left: 10px; color: var(--muted); font-size: 12px; }
            details.code .check.bad { color: var(--failed); }
            pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px;
              overflow: auto; max-height: 520px; margin: 6px 0; tab-size: 4; }
            """;

    private Style() {
    }

    /** The class that colours a task's status badge. */
    static String status(TaskStatus status) {
        return "st-" + status.label();
    }
}
