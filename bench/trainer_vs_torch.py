#!/usr/bin/env python3
"""Benchmarks `mips train` (our Java trainer) against bench/torch_reference.py (PyTorch), side by side.

Run it through bench/trainer-vs-torch.sh, which picks a Python with torch and builds mips first.

Part A (always, unless --no-speed): for every network, both trainers train the same number of steps
(--steps, default 10,000, a whole default training run of these tasks) with --keep-going and the same thread count, one after the other (never at the
same time); the table gives steps/s of each and the ratio ours/torch. With --repeats R each pair is
run R times and the best steps/s of each trainer is kept (the machine may be shared; the fastest run is
the least disturbed one).

Part B (--success): for every network and every seed (default 0-4), both trainers train up to the
task's default steps (10,000 or 20,000; --success-steps caps it) and stop at the first perfect
evaluation; the table counts the seeds that reached a perfect network and lists the steps. Each run is
appended to WORK/success.jsonl as soon as it finishes, and the run resumes from there: a run already
recorded with the same trainer, task, architecture, seed and step budget is not repeated (--fresh
ignores the record). Long; run it in the background, e.g.

    nohup bench/trainer-vs-torch.sh --success --no-speed > /tmp/tvt.log 2>&1 &

Both parts rewrite docs/results/trainer-vs-torch.md (or --out). Each part's section is kept in WORK, so a
later run of one part keeps the other part's last table (each section names the command and date that
produced it).

Each network has encodings: "scalar" (the paper's setup) or one-hot inputs with a categorical readout
(both trainers get --input-encoding one-hot --output-encoding categorical and train the identical
network: the same encoded widths, PyTorch-style initialisation, softmax cross-entropy, argmax accuracy).

Both trainers use the task's standard dataset (`mips data --task ID`, seed 42, training rows first;
the training fraction is `trainFraction` of `mips tasks --json`), batch 4096, AdamW 1e-3 and the "log"
loss, and evaluate at step 0, every 100 steps and at the last step on the whole test split
(reference section 2).
"""

import argparse
import datetime
import fcntl
import json
import os
import platform
import re
import resource
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIPS = os.path.join(ROOT, "mips")
TORCH_SCRIPT = os.path.join(ROOT, "bench", "torch_reference.py")

# Encodings of a network's columns: "scalar" (the paper's raw numbers in and rounded numbers out), or
# "INPUT/OUTPUT" for `mips train --input-encoding INPUT --output-encoding OUTPUT`.
SCALAR = "scalar"
ONE_HOT = "one-hot/categorical"

# The networks of the brief: (task, "n,Lh,wh,Lo,wo", encodings). Add_Mod_3 gets a 2-layer readout of
# width 16 because a linear readout of a linear recurrence cannot compute a modulus. The last two rows
# take one-hot inputs and a categorical readout (softmax cross-entropy), at the sizes of the rows above:
# Evens_Detector (inputs 0..9, 10 inputs, 2 logits) and Add_Mod_5 (inputs 0..4, 5 inputs, 5 logits).
DEFAULT_NETWORKS = [
    ("Binary_Addition", "2,1,0,2,4", SCALAR),
    ("Add_Mod_3", "4,1,0,2,16", SCALAR),
    ("Sum_Last5", "5,1,0,1,0", SCALAR),
    ("Parity_All", "4,2,16,1,0", SCALAR),
    ("Evens_Detector", "4,2,16,1,0", ONE_HOT),
    ("Add_Mod_5", "4,1,0,2,16", ONE_HOT),
]


def encoding_options(encoding):
    """The trainers' options for `encoding`; none for the paper's scalar setup (the default of both)."""
    if encoding == SCALAR:
        return []
    inputs, outputs = encoding.split("/")
    return ["--input-encoding", inputs, "--output-encoding", outputs]


def encoding_label(encoding):
    return encoding if encoding == SCALAR else encoding.replace("/", " → ")


def run_label(kind, task, arch, encoding):
    """A run directory's name; scalar runs keep the names they had before encodings existed."""
    suffix = "" if encoding == SCALAR else "-" + encoding.replace("/", "-")
    return "%s/%s-%s%s" % (kind, task, arch.replace(",", "_"), suffix)


def log(message):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), message), file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Running the two trainers
# ---------------------------------------------------------------------------------------------

def cpu_busy_seconds():
    """CPU-seconds the whole machine has spent busy since boot (/proc/stat, all cores)."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def other_load(seconds=2.0):
    """Cores kept busy by other processes over a short sample (nothing of ours runs meanwhile)."""
    before = cpu_busy_seconds()
    time.sleep(seconds)
    return (cpu_busy_seconds() - before) / seconds


def wait_for_quiet(limit, max_wait):
    """Waits (up to max_wait seconds) until other processes use less than `limit` cores.

    Timings on a shared machine are only comparable when nothing else runs: PyTorch's OpenMP threads
    in particular slow down several-fold when one of their cores is taken by another process.
    """
    waited, load = 0.0, other_load()
    while load >= limit and waited < max_wait:
        if waited == 0:
            log("  other processes use %.2f cores; waiting up to %d s for a quiet machine" % (load, max_wait))
        time.sleep(8)
        waited += 10
        load = other_load()
    if load >= limit:
        log("  still %.2f cores busy after %d s; timing anyway (see the 'other load' column)" % (load, waited))


def run(cmd, log_path):
    """Runs a command with its output in log_path.

    Returns (exit code, wall seconds, other load): the average number of cores that processes other
    than this command kept busy while it ran (machine busy time minus the command's own CPU time).
    """
    busy0, own0 = cpu_busy_seconds(), children_cpu_seconds()
    start = time.perf_counter()
    with open(log_path, "w") as out:
        out.write("$ %s\n" % shlex.join(cmd))
        out.flush()
        code = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    wall = time.perf_counter() - start
    others = (cpu_busy_seconds() - busy0) - (children_cpu_seconds() - own0)
    return code, wall, max(0.0, others / wall)


def tail(path, lines=5):
    with open(path) as f:
        return " | ".join(line.strip() for line in f.read().splitlines()[-lines:])


def task_catalogue():
    """id -> {trainFraction, defaultSteps, ...} from `mips tasks --json`."""
    text = subprocess.check_output([MIPS, "tasks", "--json"], cwd=ROOT, text=True)
    return {t["id"]: t for t in json.loads(text)}


def dataset(work, task, fresh):
    """The task's standard dataset as JSON Lines (generated once per work directory)."""
    path = os.path.join(work, "data", task + ".jsonl")
    if fresh or not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        log("writing the standard dataset of %s" % task)
        subprocess.check_call([MIPS, "data", "--task", task, "--out", path + ".part"], cwd=ROOT,
                              stdout=subprocess.DEVNULL)
        os.replace(path + ".part", path)
    return path


def train_ours(work, label, task, arch, seed, steps, threads, keep_going, encoding=SCALAR):
    """One `mips train` run; returns its summary (training.json, with timing.json as a fallback)."""
    out = os.path.join(work, "runs", label)
    os.makedirs(out, exist_ok=True)
    for name in ("training.json", "timing.json"):
        if os.path.exists(os.path.join(out, name)):
            os.remove(os.path.join(out, name))
    cmd = [MIPS, "train", "--task", task, "--arch", arch, "--seed", str(seed), "--steps", str(steps),
           "--threads", str(threads), "--out", out] + encoding_options(encoding) \
        + (["--keep-going"] if keep_going else [])
    code, wall, others = run(cmd, os.path.join(out, "log.txt"))
    summary = {"trainer": "ours", "task": task, "arch": arch, "encoding": encoding, "seed": seed, "budget": steps,
               "keepGoing": keep_going, "threads": threads, "processSeconds": round(wall, 3),
               "otherLoad": round(others, 2)}
    if code != 0 or not os.path.exists(os.path.join(out, "training.json")):
        summary["error"] = "exit %d: %s" % (code, tail(os.path.join(out, "log.txt")))
        return summary
    with open(os.path.join(out, "training.json")) as f:
        record = json.load(f)
    timing = {}
    if os.path.exists(os.path.join(out, "timing.json")):
        with open(os.path.join(out, "timing.json")) as f:
            timing = json.load(f)
    for key in ("steps", "seconds", "stepsPerSecond", "perfectAtStep", "bestAccuracy"):
        summary[key] = record.get(key, timing.get(key))
    summary["backend"] = timing.get("backend")
    if summary["stepsPerSecond"] is None and summary["seconds"]:
        summary["stepsPerSecond"] = summary["steps"] / summary["seconds"]
    return summary


def train_torch(work, label, python, task, arch, seed, steps, threads, keep_going, fraction, data,
                encoding=SCALAR):
    """One bench/torch_reference.py run; returns the JSON object of its last output line."""
    out = os.path.join(work, "runs", label)
    os.makedirs(out, exist_ok=True)
    cmd = [python, TORCH_SCRIPT, "--data", data, "--train-fraction", str(fraction), "--arch", arch,
           "--seed", str(seed), "--steps", str(steps), "--threads", str(threads)] + encoding_options(encoding) \
        + (["--keep-going"] if keep_going else [])
    log_path = os.path.join(out, "log.txt")
    code, wall, others = run(cmd, log_path)
    summary = {"trainer": "torch", "task": task, "arch": arch, "encoding": encoding, "seed": seed, "budget": steps,
               "keepGoing": keep_going, "threads": threads, "processSeconds": round(wall, 3),
               "otherLoad": round(others, 2)}
    with open(log_path) as f:
        last = f.read().strip().splitlines()[-1:]
    try:
        if code != 0:
            raise ValueError
        summary.update(json.loads(last[0]))
        summary["trainer"] = "torch"
    except (ValueError, IndexError):
        summary["error"] = "exit %d: %s" % (code, tail(log_path))
    return summary


# ---------------------------------------------------------------------------------------------
# Part A: speed
# ---------------------------------------------------------------------------------------------

def fmt_rate(run_summary):
    if run_summary is None or "error" in run_summary or not run_summary.get("stepsPerSecond"):
        return "error"
    return "%.1f" % run_summary["stepsPerSecond"]


def best_run(runs):
    ok = [r for r in runs if "error" not in r and r.get("stepsPerSecond")]
    return max(ok, key=lambda r: r["stepsPerSecond"]) if ok else (runs[0] if runs else None)


def part_speed(args, work, catalogue, python):
    rows = []
    for task, arch, encoding in args.networks:
        fraction = catalogue[task]["trainFraction"]
        data = dataset(work, task, args.fresh_data)
        ours_runs, torch_runs = [], []
        for r in range(args.repeats):
            label = "%s-r%d" % (run_label("speed", task, arch, encoding), r)
            log("speed %s %s %s, repeat %d: ours" % (task, arch, encoding, r + 1))
            wait_for_quiet(args.quiet_below, args.max_wait)
            ours_runs.append(train_ours(work, label + "-ours", task, arch, 0, args.steps, args.threads, True, encoding))
            log("  ours: %s steps/s (other load %.2f cores)" % (fmt_rate(ours_runs[-1]), ours_runs[-1]["otherLoad"]))
            log("speed %s %s %s, repeat %d: torch" % (task, arch, encoding, r + 1))
            wait_for_quiet(args.quiet_below, args.max_wait)
            torch_runs.append(train_torch(work, label + "-torch", python, task, arch, 0, args.steps,
                                          args.threads, True, fraction, data, encoding))
            log("  torch: %s steps/s (other load %.2f cores)" % (fmt_rate(torch_runs[-1]), torch_runs[-1]["otherLoad"]))
        rows.append((task, arch, encoding, best_run(ours_runs), best_run(torch_runs), ours_runs, torch_runs))

    lines = [
        "## Part A: speed",
        "",
        "Command: `%s`, %s. Seed 0, %d steps with `--keep-going`, batch 4096, %d threads for each trainer, "
        "the two trainers run one after the other%s. steps/s = optimizer steps / seconds of the training "
        "loop as each trainer reports it (data loading and JVM or Python start-up excluded; the evaluations "
        "on the whole test split every 100 steps included). \"other load\" is the average number of cores that "
        "other processes kept busy during the reported ours / torch run (0 = a quiet machine); each run waited "
        "for less than %.2f busy cores (up to %d s) before starting."
        % (args.command, args.date, args.steps, args.threads,
           "; best of %d repeats" % args.repeats if args.repeats > 1 else "", args.quiet_below, args.max_wait),
        "",
        "| task | arch (n,Lh,wh,Lo,wo) | encodings | steps | ours steps/s | torch steps/s | ours/torch | other load (cores) |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    backends = sorted({r.get("backend") for row in rows for r in row[5] if r.get("backend")})
    if backends:
        lines[2] += " Ours ran as: %s." % "; ".join(backends)
    for task, arch, encoding, ours, torch_, _, _ in rows:
        ratio = "–"
        if fmt_rate(ours) != "error" and fmt_rate(torch_) != "error":
            ratio = "%.2f" % (ours["stepsPerSecond"] / torch_["stepsPerSecond"])
        load = "%.2f / %.2f" % (ours.get("otherLoad", 0), torch_.get("otherLoad", 0))
        lines.append("| %s | %s | %s | %d | %s | %s | %s | %s |" % (
            task, arch, encoding_label(encoding), args.steps, fmt_rate(ours), fmt_rate(torch_), ratio, load))
    errors = [r for row in rows for r in row[5] + row[6] if "error" in r]
    for r in errors:
        lines.append("")
        lines.append("- %s %s %s %s: %s" % (r["trainer"], r["task"], r["arch"], r.get("encoding", SCALAR), r["error"]))
    with open(os.path.join(work, "speed.json"), "w") as f:
        json.dump([{"task": t, "arch": a, "encoding": e, "ours": o, "torch": tt} for t, a, e, _, _, o, tt in rows],
                  f, indent=1)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Part B: success rate
# ---------------------------------------------------------------------------------------------

def load_records(path):
    records = []
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if line.strip():
                    records.append(json.loads(line))
    return records


def part_success(args, work, catalogue, python, write_partial):
    results_path = args.results or os.path.join(work, "success.jsonl")
    # Records written before encodings existed are scalar runs.
    done = {} if args.fresh else {
        (r["trainer"], r["task"], r["arch"], r.get("encoding", SCALAR), r["seed"], r["budget"]): r
        for r in load_records(results_path) if "error" not in r}
    table = []
    for task, arch, encoding in args.networks:
        budget = catalogue[task]["defaultSteps"]
        if args.success_steps:
            budget = min(budget, args.success_steps)
        fraction = catalogue[task]["trainFraction"]
        data = dataset(work, task, args.fresh_data)
        runs = {"ours": [], "torch": []}
        for seed in args.seeds:
            for trainer in ("ours", "torch"):
                key = (trainer, task, arch, encoding, seed, budget)
                if key in done:
                    runs[trainer].append(done[key])
                    continue
                if trainer not in args.trainers:
                    continue
                label = "%s-s%d-%s" % (run_label("success", task, arch, encoding), seed, trainer)
                log("success %s %s %s seed %d (up to %d steps): %s" % (task, arch, encoding, seed, budget, trainer))
                if trainer == "ours":
                    r = train_ours(work, label, task, arch, seed, budget, args.threads, False, encoding)
                else:
                    r = train_torch(work, label, python, task, arch, seed, budget, args.threads, False,
                                    fraction, data, encoding)
                log("  %s" % describe(r))
                with open(results_path, "a") as f:
                    f.write(json.dumps(r) + "\n")
                runs[trainer].append(r)
        table.append((task, arch, encoding, budget, runs))
        write_partial(success_section(args, table, results_path, complete=False))
    return success_section(args, table, results_path, complete=True)


def describe(r):
    if "error" in r:
        return "error: " + r["error"]
    if r.get("perfectAtStep") is not None:
        return "perfect at step %d" % r["perfectAtStep"]
    return "not perfect (best accuracy %.4f)" % r.get("bestAccuracy", 0)


def seeds_cell(runs):
    """'3/5' and per seed 'seed: step' (or the best accuracy when not perfect)."""
    perfect = sum(1 for r in runs if "error" not in r and r.get("perfectAtStep") is not None)
    detail = []
    for r in runs:
        if "error" in r:
            detail.append("s%d: error" % r["seed"])
        elif r.get("perfectAtStep") is not None:
            detail.append("s%d: %s" % (r["seed"], format(r["perfectAtStep"], ",")))
        else:
            detail.append("s%d: – (%.4f)" % (r["seed"], r.get("bestAccuracy", 0)))
    return "%d/%d" % (perfect, len(runs)), ", ".join(detail)


def success_section(args, table, results_path, complete):
    lines = [
        "## Part B: success rate",
        "",
        "Command: `%s`, %s%s. Seeds %s; each run trains up to the step budget (the task's default steps%s) "
        "and stops at the first perfect evaluation (accuracy exactly 1.0 on the whole test split). "
        "Per seed: the step of the first perfect evaluation, or – and the best accuracy. Raw runs: `%s`; runs "
        "recorded there by earlier invocations are counted, not repeated (each record names its trainer, "
        "task, network, seed, budget and threads)."
        % (args.command, args.date, "" if complete else " (in progress)",
           ", ".join(str(s) for s in args.seeds),
           ", capped at %d" % args.success_steps if args.success_steps else "", results_path),
    ]
    threads = {}
    for _, _, _, _, runs in table:
        for trainer, rs in runs.items():
            threads.setdefault(trainer, set()).update(str(r.get("threads")) for r in rs if "error" not in r)
    if any(threads.values()):
        # Runs may come from several invocations (the record resumes); the thread count does not change
        # which step a run is perfect at for ours, and barely for torch.
        lines[2] += " Threads per run: %s." % "; ".join(
            "%s %s" % (trainer, ", ".join(sorted(t))) for trainer, t in sorted(threads.items()) if t)
    lines += [
        "",
        "| task | arch (n,Lh,wh,Lo,wo) | encodings | budget | ours perfect | ours: perfect at step | torch perfect | torch: perfect at step |",
        "|---|---|---|---:|---:|---|---:|---|",
    ]
    for task, arch, encoding, budget, runs in table:
        ours_count, ours_detail = seeds_cell(runs["ours"])
        torch_count, torch_detail = seeds_cell(runs["torch"])
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (task, arch, encoding_label(encoding), format(budget, ","),
                                                                  ours_count, ours_detail, torch_count, torch_detail))
    errors = [r for _, _, _, _, runs in table for rs in runs.values() for r in rs if "error" in r]
    for r in errors:
        lines.append("")
        lines.append("- %s %s %s %s seed %d: %s" % (r["trainer"], r["task"], r["arch"], r.get("encoding", SCALAR),
                                                  r["seed"], r["error"]))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------

def machine(python):
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            found = re.search(r"model name\s*:\s*(.*)", f.read())
            cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    torch_version = subprocess.run([python, "-c", "import torch; print(torch.__version__)"],
                                   capture_output=True, text=True).stdout.strip()
    return "%d cores (`nproc`), %s, %s, PyTorch %s (CPU)" % (
        os.cpu_count(), cpu, java[0] if java else "java unknown", torch_version or "unknown")


def write_report(path, args, python, sections):
    text = [
        "# Our trainer against PyTorch",
        "",
        "Produced by `bench/trainer-vs-torch.sh` (driver `bench/trainer_vs_torch.py`), which runs `mips train` "
        "(the Java CPU backend) and `bench/torch_reference.py` (the paper's GeneralRNN in PyTorch, written from "
        "reference section 2) on the same task datasets with the same hyper-parameters: batch 4096, AdamW "
        "(lr 1e-3, betas 0.9/0.999, eps 1e-8, no weight decay), loss ½·ln(1+e²) (softmax cross-entropy for "
        "categorical outputs), PyTorch-style uniform initialisation over the encoded widths, evaluation at "
        "step 0, every 100 steps and at the last step on the whole test split.",
        "",
        "Machine: %s. Last updated %s." % (machine(python), args.date),
        "",
        "Networks are written n,Lh,wh,Lo,wo: hidden size, transition MLP depth and width, readout MLP depth "
        "and width (reference section 2.1). \"ours\" is `mips train`, \"torch\" is PyTorch. Encodings: "
        "\"scalar\" is the paper's setup (raw numbers in, one rounded number per output); \"one-hot → "
        "categorical\" feeds each input value as a one-hot vector and reads each output as the argmax of one "
        "logit per value (`--input-encoding one-hot --output-encoding categorical` for both trainers).",
        "",
    ]
    text += [s for s in sections if s]
    text += [
        "## Notes",
        "",
        "- The two trainers draw different initial weights and batch orders for the same seed (different "
        "random generators), so Part B compares success rates, not individual runs.",
        "- `mips train` evaluates the last step after its update (\"step N\" of N steps); the PyTorch script "
        "follows reference section 2.4 and evaluates step N−1 before the update. Both make the same number of "
        "evaluations, so Part A is unaffected; in Part B a perfect network at the very last evaluation "
        "counts for ours one update later than for torch.",
        "- On a shared machine PyTorch with 2 OpenMP threads slows down several-fold as soon as another "
        "process takes one of the 2 cores (measured 5x); the Java trainer suffers much less. Only rows with "
        "an \"other load\" near 0 are a fair comparison; rerun with `--repeats 3` when they are not.",
        "- Both rates include everything after set-up, so ours includes what is left of the JIT's warm-up "
        "(the Vector API code runs two orders of magnitude slower until the JIT has compiled it; the backend "
        "warms it up in the background while the data is generated and copied). Shorter runs weigh it "
        "more: at 3,000 steps Binary_Addition ran at about 1,900 steps/s against about 2,270 over 10,000.",
        "",
    ]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path + ".part", "w") as f:
        f.write("\n".join(text))
    os.replace(path + ".part", path)


def parse_networks(text):
    """TASK:n,Lh,wh,Lo,wo[:INPUT/OUTPUT];... e.g. Add_Mod_5:4,1,0,2,16:one-hot/categorical."""
    networks = []
    for item in text.split(";"):
        task, _, rest = item.strip().partition(":")
        arch, _, encoding = rest.partition(":")
        encoding = encoding or SCALAR
        if not task or len(arch.split(",")) != 5 or (encoding != SCALAR and len(encoding.split("/")) != 2):
            raise argparse.ArgumentTypeError("--networks wants TASK:n,Lh,wh,Lo,wo[:INPUT/OUTPUT];TASK:...")
        networks.append((task, arch, encoding))
    return networks


def parse_seeds(text):
    if "-" in text:
        lo, hi = text.split("-")
        return list(range(int(lo), int(hi) + 1))
    return [int(s) for s in text.split(",")]


def main():
    p = argparse.ArgumentParser(description="Benchmark mips train against PyTorch (see the module docstring).")
    p.add_argument("--steps", type=int, default=10000,
                   help="Part A: steps per run (default 10,000: a whole default training run of these tasks)")
    p.add_argument("--repeats", type=int, default=1, help="Part A: runs per trainer, best kept (default 1)")
    p.add_argument("--threads", type=int, default=2, help="threads for both trainers (default 2)")
    p.add_argument("--quiet-below", type=float, default=0.25,
                   help="Part A: before each timed run, wait until other processes use fewer cores (default 0.25)")
    p.add_argument("--max-wait", type=int, default=600,
                   help="Part A: longest wait for a quiet machine per run, seconds (default 600; 0 = never wait)")
    p.add_argument("--no-speed", action="store_true", help="skip Part A")
    p.add_argument("--success", action="store_true", help="run Part B (long)")
    p.add_argument("--success-steps", type=int, help="Part B: cap the step budget (default: the task's steps)")
    p.add_argument("--seeds", type=parse_seeds, default=list(range(5)), help="Part B seeds (default 0-4)")
    p.add_argument("--networks", type=parse_networks, default=DEFAULT_NETWORKS,
                   help="TASK:n,Lh,wh,Lo,wo[:INPUT/OUTPUT];... with INPUT/OUTPUT e.g. one-hot/categorical "
                        "(default scalar) (default: the six benchmark networks)")
    p.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "mips-trainer-vs-torch"),
                   help="datasets, run directories and saved sections (default $TMPDIR/mips-trainer-vs-torch)")
    p.add_argument("--results", help="Part B raw results (JSON Lines; default WORK/success.jsonl)")
    p.add_argument("--trainers", type=lambda s: s.split(","), default=["ours", "torch"],
                   help="Part B: which trainers to run, e.g. torch (default ours,torch); runs already "
                        "recorded for the others still appear in the table")
    p.add_argument("--fresh", action="store_true", help="Part B: ignore runs already in the results file")
    p.add_argument("--fresh-data", action="store_true", help="regenerate the datasets")
    p.add_argument("--out", default=os.path.join(ROOT, "docs", "results", "trainer-vs-torch.md"),
                   help="Markdown report (default docs/results/trainer-vs-torch.md)")
    p.add_argument("--python", default=os.environ.get("TVT_PYTHON") or sys.executable,
                   help="Python with torch for the reference trainer (default: this one)")
    args = p.parse_args()
    launcher = os.environ.get("TVT_LAUNCHER") or "python3 bench/trainer_vs_torch.py"
    args.command = " ".join([launcher] + [shlex.quote(a) for a in sys.argv[1:]])
    args.date = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")

    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    # One benchmark at a time per work directory: two runs side by side would time each other.
    lock = open(os.path.join(work, ".lock"), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit("another trainer-vs-torch run holds %s/.lock; wait for it (timings would interfere)" % work)

    catalogue = task_catalogue()
    for task, _, _ in args.networks:
        if task not in catalogue:
            sys.exit("unknown task %s (see ./mips tasks)" % task)

    section_a = os.path.join(work, "section-speed.md")
    section_b = os.path.join(work, "section-success.md")

    def saved(path):
        if os.path.exists(path):
            with open(path) as f:
                return f.read()
        return None

    def save(path, text):
        with open(path, "w") as f:
            f.write(text)
        write_report(args.out, args, args.python, [saved(section_a), saved(section_b)])

    if not args.no_speed:
        text = part_speed(args, work, catalogue, args.python)
        save(section_a, text)
        print(text)
    if args.success:
        text = part_success(args, work, catalogue, args.python, lambda partial: save(section_b, partial))
        save(section_b, text)
        print(text)
    if args.no_speed and not args.success:
        write_report(args.out, args, args.python, [saved(section_a), saved(section_b)])
    log("wrote %s" % args.out)


if __name__ == "__main__":
    main()
