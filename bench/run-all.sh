#!/bin/sh
# Runs `mips run` on every benchmark task and writes docs/results/benchmark.md. A task whose network the
# 62-task sweep found (runs/sweep-45s, then runs/sweep-90s) starts from that network (`--from simplify`);
# the others search anew with SEARCH_BUDGET (default 0: not at all, reported as "no perfect network").
#   bench/run-all.sh
#   SEARCH_BUDGET=5m TASKS="Add_Mod_5 Div_7" bench/run-all.sh
# Tasks already run in OUT are skipped (delete OUT/<task>/run.log to redo one), so it can be resumed.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
sweeps=${SWEEPS:-"$root/runs/sweep-45s $root/runs/sweep-90s"}
out=${OUT:-$root/runs/benchmark}
report=${REPORT:-$root/docs/results/benchmark.md}
search_budget=${SEARCH_BUDGET:-0}
mips="$root/mips"
"$mips" --version >/dev/null
tasks=${TASKS:-$("$mips" tasks --json | python3 -c 'import json, sys; print(" ".join(t["id"] for t in json.load(sys.stdin)))')}
mkdir -p "$out"
started=$(date +%s)
for task in $tasks; do
  dir="$out/$task"
  if [ -f "$dir/run.log" ]; then
    echo "$task: already run"
    continue
  fi
  mkdir -p "$dir"
  network=""
  for sweep in $sweeps; do
    if [ -z "$network" ] && [ -f "$sweep/$task/network.json" ]; then
      network="$sweep/$task"
    fi
  done
  echo "$task: $(date +%H:%M:%S) ${network:+from the network of $network}"
  if [ -n "$network" ]; then
    cp "$network/network.json" "$network/search.json" "$dir/"
    "$mips" run "$task" --from simplify --out "$dir" > "$dir/run.log.part" 2>&1 || echo "$task: exit $?" >> "$dir/run.log.part"
  elif [ "$search_budget" != 0 ]; then
    "$mips" run "$task" --budget "$search_budget" --out "$dir" > "$dir/run.log.part" 2>&1 || echo "$task: exit $?" >> "$dir/run.log.part"
  else
    echo "$task: no network in the sweep and SEARCH_BUDGET=0" > "$dir/run.log.part"
  fi
  mv "$dir/run.log.part" "$dir/run.log"
  grep "^$task: " "$dir/run.log" | tail -1
done
elapsed=$(( $(date +%s) - started ))
python3 "$root/bench/benchmark_report.py" "$out" --paper "$root/bench/paper-columns.csv" --seconds "$elapsed" \
  --command "bench/run-all.sh${SEARCH_BUDGET:+ (SEARCH_BUDGET=$SEARCH_BUDGET)}" > "$report.part"
mv "$report.part" "$report"
echo "wrote $report"
