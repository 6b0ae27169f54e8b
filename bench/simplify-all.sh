#!/bin/sh
# Runs `mips simplify` (the default normalizer chain) on every perfect network of the 62-task sweep,
# one task after another, then writes docs/results/simplify.md from the simplify.json files.
#   bench/simplify-all.sh                                   # networks of runs/sweep-45s, then runs/sweep-90s
#   SWEEPS="runs/sweep-60s" OUT=runs/simplify-60s bench/simplify-all.sh
#   CHAIN=whiten,jordan,toeplitz,debias,quantize bench/simplify-all.sh
# A task is taken from the first sweep that has its network; tasks already simplified in OUT are skipped,
# so an interrupted run can be resumed.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
sweeps=${SWEEPS:-"$root/runs/sweep-45s $root/runs/sweep-90s"}
out=${OUT:-$root/runs/simplify}
report=${REPORT:-$root/docs/results/simplify.md}
mips="$root/mips"
"$mips" --version >/dev/null
mkdir -p "$out"
started=$(date +%s)
for sweep in $sweeps; do
  [ -d "$sweep" ] || { echo "simplify-all: no sweep at $sweep (run bench/search-all.sh first)" >&2; exit 2; }
  for dir in "$sweep"/*/; do
    task=$(basename "$dir")
    [ -f "$dir/network.json" ] || continue
    if [ -f "$out/$task/simplify.json" ]; then
      echo "$task: already simplified"
      continue
    fi
    mkdir -p "$out/$task"
    cp "$dir/network.json" "$out/$task/network.json"
    echo "$task: $(date +%H:%M:%S) simplifying the network of $sweep"
    if ! "$mips" simplify --network "$out/$task/network.json" --task "$task" ${CHAIN:+--chain "$CHAIN"} \
        > "$out/$task.log" 2>&1; then
      echo "$task: failed, see $out/$task.log"
    fi
    tail -1 "$out/$task.log"
  done
done
elapsed=$(( $(date +%s) - started ))
python3 "$root/bench/simplify_report.py" "$out" --seconds "$elapsed" \
  --command "bench/simplify-all.sh${SWEEPS:+ (SWEEPS=$SWEEPS)}${CHAIN:+ (CHAIN=$CHAIN)}" > "$report.part"
mv "$report.part" "$report"
echo "wrote $report"
