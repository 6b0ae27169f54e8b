#!/usr/bin/env python3
"""Renders the simplify.json files of bench/simplify-all.sh as docs/results/simplify.md."""
import argparse
import datetime
import json
import os


def load(runs):
    results = []
    for name in sorted(os.listdir(runs), key=str.lower):
        path = os.path.join(runs, name, "simplify.json")
        if os.path.isfile(path):
            with open(path) as f:
                record = json.load(f)
            with open(os.path.join(runs, name, "network.json")) as f:
                a = json.load(f)["architecture"]
            record["architecture"] = "%d,%d,%d,%d,%d" % (a["hiddenDim"], a["transitionDepth"], a["transitionWidth"],
                                                        a["readoutDepth"], a["readoutWidth"])
            results.append(record)
    return results


MARKS = {"APPLIED": "✓", "REVERTED": "↺", "FAILED": "✗"}


def steps_cell(steps):
    return " ".join("%s %s" % (s["normalizer"], MARKS[s["status"]]) for s in steps)


def accuracy(metrics):
    return "perfect" if metrics["wrong"] == 0 else "%.6f" % metrics["accuracy"]


def row(r):
    before, after = r["initial"], r["result"]
    return "| %s | `%s` | %d | %d → %d | %d → %d | %d → %d | %s → %s | %s |" % (
        r["task"], r["architecture"], before["parameters"], before["nonZero"], after["nonZero"], before["integers"],
        after["integers"], before["effectiveHiddenDim"], after["effectiveHiddenDim"], accuracy(before), accuracy(after),
        steps_cell(r["steps"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs", help="directory with one sub-directory per task holding simplify.json and network.json")
    parser.add_argument("--command", required=True)
    parser.add_argument("--seconds", type=int, required=True)
    args = parser.parse_args()
    results = load(args.runs)
    perfect_before = [r for r in results if r["initial"]["wrong"] == 0]
    stayed = [r for r in perfect_before if r["result"]["wrong"] == 0]
    all_integer = [r for r in results if r["result"]["integers"] == r["result"]["parameters"]]
    params = sum(r["initial"]["parameters"] for r in results)
    nonzero_before = sum(r["initial"]["nonZero"] for r in results)
    nonzero_after = sum(r["result"]["nonZero"] for r in results)
    integers_before = sum(r["initial"]["integers"] for r in results)
    integers_after = sum(r["result"]["integers"] for r in results)
    dims_down = [r for r in results if r["result"]["effectiveHiddenDim"] < r["initial"]["effectiveHiddenDim"]]
    counts = {}
    for r in results:
        for s in r["steps"]:
            counts.setdefault(s["normalizer"], {"APPLIED": 0, "REVERTED": 0, "FAILED": 0})[s["status"]] += 1
    reasons = [(r["task"], s) for r in results for s in r["steps"] if s["status"] != "APPLIED"]

    out = ["# Simplifying the sweep's perfect networks", "",
           "Produced by `%s` on %s (%d s for %d networks): `mips simplify` with its default chain, the reference's "
           "(sections 3.5, 3.6, 4) `l1,whiten,jordan,toeplitz,debias,quantize,repair`, on every perfect network of the "
           "62-task sweep (`docs/results/search.md`, `docs/results/search-retry-90s.md`). A normalizer's network is "
           "kept only when its held-out accuracy (the whole test split of the task's standard dataset) does not fall; "
           "otherwise the step is reverted (↺), and a step that throws or overruns its time limit fails (✗)."
           % (args.command, datetime.date.today().isoformat(), args.seconds, len(results)), "",
           "## Totals", "",
           "- Networks simplified: %d; perfect before: %d; **still perfect after: %d**." % (
               len(results), len(perfect_before), len(stayed)),
           "- Parameters: %d in all; non-zero %d → %d; integer-valued (0 included) %d → %d; every parameter an "
           "integer in %d of %d networks." % (params, nonzero_before, nonzero_after, integers_before, integers_after,
                                              len(all_integer), len(results)),
           "- Effective hidden dimension lower after than before in %d of %d networks." % (len(dims_down), len(results)),
           "- Per normalizer (applied / reverted / failed): %s." % "; ".join(
               "%s %d / %d / %d" % (n, c["APPLIED"], c["REVERTED"], c["FAILED"]) for n, c in counts.items()), "",
           "## Per task", "",
           "Columns: parameters; non-zero parameters before → after; integer-valued parameters; effective hidden "
           "dimension (principal directions of the hidden states with RMS above 0.01); held-out accuracy; what each "
           "step did.", "",
           "| task | arch | params | non-zero | integer | hidden dim | accuracy | steps |",
           "|---|---|---:|---:|---:|---:|---|---|"]
    out += [row(r) for r in results]
    if reasons:
        out += ["", "## Reverted and failed steps", ""]
        out += ["- %s, %s: %s" % (task, s["normalizer"], s["reason"]) for task, s in reasons]
    print("\n".join(out))


if __name__ == "__main__":
    main()
