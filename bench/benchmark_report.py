#!/usr/bin/env python3
"""Renders the runs of bench/run-all.sh as docs/results/benchmark.md, beside the paper's columns."""
import argparse
import csv
import datetime
import json
import os


def read(path):
    if os.path.isfile(path):
        with open(path) as f:
            return json.load(f)
    return None


def paper(path):
    with open(path) as f:
        return {r["task"]: r for r in csv.DictReader(line for line in f if not line.startswith("#"))}


def status(dir_):
    """(solved?, stage reached, detail) of one task's run directory."""
    verification = read(os.path.join(dir_, "verification.json"))
    if verification is not None:
        if verification["passed"]:
            return True, "verified", ""
        failed = next(c for c in verification["checks"] if c["counterexample"])
        return False, "verify", "%s: %s" % (failed["name"], failed["counterexample"])
    regress = read(os.path.join(dir_, "regress.json"))
    if regress is not None:
        missing = [f["target"] for f in regress["formulas"] if not f["regressor"]]
        return False, "regress", "nothing fitted " + ", ".join(missing)
    extract = read(os.path.join(dir_, "extract.json"))
    if extract is not None and not extract.get("chosen"):
        return False, "extract", extract.get("reason", "")
    if os.path.isfile(os.path.join(dir_, "simplified.json")):
        return False, "extract", "no extraction recorded"
    search = read(os.path.join(dir_, "search.json"))
    if search is not None and not search.get("chosen"):
        return False, "search", "no perfect network (best accuracy %.6f)" % search["bestAccuracy"]
    log = os.path.join(dir_, "run.log")
    if os.path.isfile(log):
        with open(log) as f:
            lines = [l.strip() for l in f if l.strip()]
        return False, "search", lines[-1] if lines else ""
    return False, "not run", ""


def proof(dir_, solved):
    """The proven column: the prover's verdict on a solved task's program."""
    record = read(os.path.join(dir_, "proof.json"))
    if not solved:
        return "", ""
    if record is None:
        return "not run", ""
    if record["status"] == "proven":
        return "**proven**", ""
    return record["status"], "not proven: " + record["detail"]


def row(task, dir_, columns):
    solved, stage, detail = status(dir_)
    proven, why_unproven = proof(dir_, solved)
    detail = detail or why_unproven
    search = read(os.path.join(dir_, "search.json")) or {}
    arch = (search.get("chosen") or {}).get("architecture", "")
    extract = read(os.path.join(dir_, "extract.json")) or {}
    regress = read(os.path.join(dir_, "regress.json")) or {}
    methods = sorted({f["regressor"] for f in regress.get("formulas", []) if f["regressor"]})
    size = sum(f["size"] for f in regress.get("formulas", []))
    p = columns[task]
    return (solved, proven == "**proven**"), "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        task, "**yes**" if solved else "no", proven, stage, "`%s`" % arch if arch else "", extract.get("chosen") or "",
        "+".join(methods), size or "", detail.replace("|", "/")[:160], p["mips"], p["gpt4"])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs")
    parser.add_argument("--paper", required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--seconds", type=int, required=True)
    args = parser.parse_args()
    columns = paper(args.paper)
    rows = [row(task, os.path.join(args.runs, task), columns) for task in sorted(columns, key=str.lower)]
    ours = {task for task, ((solved, _), _) in zip(sorted(columns, key=str.lower), rows) if solved}
    proven = {task for task, ((_, p), _) in zip(sorted(columns, key=str.lower), rows) if p}
    mips = {t for t, r in columns.items() if r["mips"] == "Y"}
    gpt4 = {t for t, r in columns.items() if r["gpt4"] == "1"}
    out = ["# The benchmark: 62 tasks from data to a verified program", "",
           "Produced by `%s` on %s (%d s). Each task runs `mips run`: from the sweep's perfect network when it has one "
           "(`docs/results/search.md`), simplify, extract, regress (linear, boolean, symbolic, then table), verify, prove, emit. "
           "**Solved** means the program reproduced every output of the task's whole held-out split and of 10,000 fresh "
           "sequences ten times the training length (the paper checked 10 training sequences). Beside ours: the "
           "reference's evidence for the paper's MIPS (Y: its emitted program is exactly correct) and GPT-4 as the paper "
           "counted it. **Proven** means `dafny` verified the generated simulation proof that the program and the task's "
           "specification emit the same outputs on every input sequence of every length (`proof.dfy` in the run's "
           "directory)." % (args.command, datetime.date.today().isoformat(), args.seconds), "",
           "## Totals", "",
           "- Solved by us: **%d** of 62; proven equal to the task's specification for every input length: **%d**." % (
               len(ours), len(proven)),
           "- Paper's MIPS (evidence Y): %d; GPT-4: %d." % (len(mips), len(gpt4)),
           "- Solved by us and not by MIPS: %d (%s); by MIPS and not by us: %d." % (
               len(ours - mips), ", ".join(sorted(ours - mips)) or "none", len(mips - ours)),
           "- Union of ours and MIPS: %d; of all three: %d." % (len(ours | mips), len(ours | mips | gpt4)), "",
           "## Per task", "",
           "| task | solved | proven | stage reached | network | detector | regressors | program size | why not | MIPS | GPT-4 |",
           "|---|---|---|---|---|---|---|---:|---|---|---|"]
    out += [r for _, r in rows]
    print("\n".join(out))


if __name__ == "__main__":
    main()
