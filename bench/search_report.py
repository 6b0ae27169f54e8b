#!/usr/bin/env python3
"""Renders the search.json files of a sweep (bench/search-all.sh) as docs/results/search.md."""
import argparse
import datetime
import json
import os
import platform


def load(runs):
    results = []
    for name in sorted(os.listdir(runs), key=str.lower):
        path = os.path.join(runs, name, "search.json")
        if os.path.isfile(path):
            with open(path) as f:
                results.append(json.load(f))
    return results


def row(result):
    trials = result["trials"]
    chosen = result.get("chosen")
    if chosen:
        trial = next((t for t in trials if t["architecture"] == chosen["architecture"] and t["seed"] == chosen["seed"]
                      and t["perfect"]), None)
        seconds = "%.1f" % trial["seconds"] if trial else ""
        return "| %s | `%s` | %d | %s | %s | %.1f | %d | yes |" % (
            result["task"], chosen["architecture"], chosen["seed"], format(chosen["perfectAtStep"], ","),
            seconds, result["seconds"], len(trials))
    best = max(trials, key=lambda t: t["bestAccuracy"]) if trials else None
    where = " (`%s` seed %d)" % (best["architecture"], best["seed"]) if best else ""
    return "| %s | none | | | | %.1f | %d | best accuracy %.6f%s |" % (
        result["task"], result["seconds"], len(trials), result["bestAccuracy"], where)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("runs", help="directory with one sub-directory per task holding search.json")
    parser.add_argument("--budget", required=True)
    parser.add_argument("--command", required=True)
    args = parser.parse_args()
    results = load(args.runs)
    solved = [r for r in results if r.get("chosen")]
    print("# Architecture search on %d tasks" % len(results))
    print()
    print("Produced by `%s` on %s (%d cores, %s): `mips search` with the default ladder strategy, the"
          " CPU backend, a budget of %s per task, each task's default steps (10,000 or 20,000), batch 4096,"
          " and trainings stopped after 3,000 steps without progress. A network counts only when its"
          " rounded outputs match every target of the whole test split." % (
              args.command, datetime.date.today().isoformat(), os.cpu_count(), platform.processor() or "CPU",
              args.budget))
    print()
    print("**%d of %d tasks got a perfect network.**" % (len(solved), len(results)))
    print()
    print("Architectures are `n,Lh,wh,Lo,wo` (hidden size, transition depth and width, readout depth and width)."
          " *Steps* is the step of the first perfect evaluation, *train s* that training's seconds, *search s* the"
          " whole search's.")
    print()
    print("| task | smallest perfect network | seed | steps | train s | search s | trials | perfect |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for result in results:
        print(row(result))


if __name__ == "__main__":
    main()
