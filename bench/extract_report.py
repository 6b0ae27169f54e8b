#!/usr/bin/env python3
"""Renders the extract.json files of bench/extract-all.sh as docs/results/extract.md."""
import argparse
import datetime
import json
import os


def load(runs):
    results = []
    for name in sorted(os.listdir(runs), key=str.lower):
        path = os.path.join(runs, name, "extract.json")
        if os.path.isfile(path):
            with open(path) as f:
                record = json.load(f)
            machine = os.path.join(runs, name, "machine.json")
            if os.path.isfile(machine):
                with open(machine) as f:
                    record["machine"] = json.load(f)
            results.append(record)
    return results


def row(r):
    chosen = next((c for c in r["candidates"] if c["status"] == "CHOSEN"), None)
    others = ", ".join("%s: %s" % (c["detector"], c["status"].lower().replace("_", " "))
                       for c in r["candidates"] if c["status"] != "CHOSEN")
    if chosen is None:
        return "| %s | none | | | | | %s |" % (r["task"], r.get("reason", "").replace("|", "/"))
    replay = r["replay"]
    verdict = "agrees (%d/%d)" % (replay["agreeing"], replay["sequences"]) if not replay["disagreement"] else \
        "%d/%d agree; %s" % (replay["agreeing"], replay["sequences"], replay["disagreement"])
    return "| %s | %s | %s | %d | %d | %.3f | %s; others: %s |" % (
        r["task"], chosen["detector"], ", ".join(chosen["variables"]), chosen["states"],
        len(r["machine"]["transitions"]), chosen["descriptionLength"], verdict.replace("|", "/"), others)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs")
    parser.add_argument("--command", required=True)
    parser.add_argument("--seconds", type=int, required=True)
    args = parser.parse_args()
    results = load(args.runs)
    extracted = [r for r in results if r.get("chosen")]
    replayed = [r for r in extracted if not r["replay"]["disagreement"]]
    wins = {}
    for r in extracted:
        wins[r["chosen"]] = wins.get(r["chosen"], 0) + 1
    out = ["# Extracting state machines from the simplified networks", "",
           "Produced by `%s` on %s (%d s for %d networks): `mips extract` on every network of "
           "`docs/results/simplify.md`, with every installed detector. A trace is every step of 2,000 training "
           "sequences; a representation counts only if the machine it reads off is deterministic on the trace, and the "
           "smallest description length (reference section 5.3) wins. The machine is then replayed beside the network on "
           "10,000 held-out sequences of the training length." % (
               args.command, datetime.date.today().isoformat(), args.seconds, len(results)), "",
           "## Totals", "",
           "- Networks: %d; a deterministic machine found for **%d**; its replay agrees with the network on every "
           "held-out sequence for **%d**." % (len(results), len(extracted), len(replayed)),
           "- Chosen detector: %s." % ("; ".join("%s %d" % kv for kv in sorted(wins.items())) or "none"), "",
           "## Per task", "",
           "| task | detector | variables | states | transitions | DL (bits) | replay; other detectors |",
           "|---|---|---|---:|---:|---:|---|"]
    out += [row(r) for r in results]
    print("\n".join(out))


if __name__ == "__main__":
    main()
