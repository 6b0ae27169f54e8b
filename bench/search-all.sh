#!/bin/sh
# The 62-task sweep: runs `mips search` on every benchmark task with one time budget, one task after
# another (each search uses every core), then writes docs/results/search.md from the search.json files.
#   bench/search-all.sh                 # 60 s per task, about an hour
#   bench/search-all.sh 5m              # a longer budget
#   BUDGET=30s TASKS="Parity_All Add_Mod_3" OUT=docs/results/search-retry.md bench/search-all.sh
# Tasks already searched with the same budget are skipped, so an interrupted sweep can be resumed.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
budget=${1:-${BUDGET:-60s}}
runs=${RUNS:-$root/runs/sweep-$budget}
mips="$root/mips"
"$mips" --version >/dev/null
tasks=${TASKS:-$("$mips" tasks --json | python3 -c 'import json, sys; print(" ".join(t["id"] for t in json.load(sys.stdin)))')}
mkdir -p "$runs"
started=$(date +%s)
for task in $tasks; do
  if [ -f "$runs/$task/search.json" ]; then
    echo "$task: already searched"
    continue
  fi
  echo "$task: searching ($budget)..."
  "$mips" search --task "$task" --budget "$budget" --out "$runs/$task" > "$runs/$task.log" 2>&1 || echo "$task: search failed, see $runs/$task.log"
  tail -n 1 "$runs/$task.log"
done
echo "sweep took $(( $(date +%s) - started )) s"
out=${OUT:-docs/results/search.md}
command="bench/search-all.sh $budget"
[ -z "${TASKS:-}" ] || command="TASKS=\"$(echo $TASKS)\" $command"
python3 "$root/bench/search_report.py" --budget "$budget" --command "$command" "$runs" > "$root/$out"
echo "wrote $out"
