#!/bin/sh
# Proves every solved program of a benchmark run (bench/run-all.sh) against its task's specification with
# `mips prove`, then rewrites docs/results/benchmark.md with the proven column. `mips run` proves as it
# goes; this is for runs made without the prove stage, or to prove again after changing the prover.
#   bench/prove-all.sh
#   TASKS="Add_Mod_3 Prev1" OUT=runs/benchmark bench/prove-all.sh
#   SKIP_PROVEN=1 bench/prove-all.sh                     # resume: skip tasks already proven
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
out=${OUT:-$root/runs/benchmark}
report=${REPORT:-$root/docs/results/benchmark.md}
mips="$root/mips"
"$mips" --version >/dev/null
tasks=${TASKS:-$(ls "$out")}
started=$(date +%s)
for task in $tasks; do
  dir="$out/$task"
  [ -f "$dir/program.json" ] && grep -q '"passed" : true' "$dir/verification.json" 2>/dev/null || continue
  if [ -n "$SKIP_PROVEN" ] && grep -q '"status" : "proven"' "$dir/proof.json" 2>/dev/null; then
    echo "$task: already proven"
    continue
  fi
  "$mips" prove --program "$dir/program.json" --task "$task" --timeout "${PROVE_TIMEOUT:-10m}" > "$dir/prove.log" 2>&1 || true
  grep "^$task: " "$dir/prove.log" | tail -1
done
elapsed=$(( $(date +%s) - started ))
python3 "$root/bench/benchmark_report.py" "$out" --paper "$root/bench/paper-columns.csv" --seconds "$elapsed" \
  --command "bench/run-all.sh, then bench/prove-all.sh (the time is the proving's)" > "$report.part"
mv "$report.part" "$report"
echo "wrote $report"
