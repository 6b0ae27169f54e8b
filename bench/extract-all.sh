#!/bin/sh
# Runs `mips extract` on every simplified network of bench/simplify-all.sh, one task after another, then
# writes docs/results/extract.md from the extract.json files.
#   bench/extract-all.sh                        # the networks of runs/simplify
#   IN=runs/simplify-60s OUT=runs/extract-60s bench/extract-all.sh
# Tasks already extracted in OUT are skipped, so an interrupted run can be resumed.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
in=${IN:-$root/runs/simplify}
out=${OUT:-$root/runs/extract}
report=${REPORT:-$root/docs/results/extract.md}
mips="$root/mips"
"$mips" --version >/dev/null
[ -d "$in" ] || { echo "extract-all: no simplified networks in $in (run bench/simplify-all.sh first)" >&2; exit 2; }
mkdir -p "$out"
started=$(date +%s)
for dir in "$in"/*/; do
  task=$(basename "$dir")
  [ -f "$dir/simplified.json" ] || continue
  if [ -f "$out/$task/extract.json" ]; then
    echo "$task: already extracted"
    continue
  fi
  mkdir -p "$out/$task"
  cp "$dir/simplified.json" "$out/$task/simplified.json"
  echo "$task: $(date +%H:%M:%S) extracting"
  if ! "$mips" extract --network "$out/$task/simplified.json" --task "$task" > "$out/$task.log" 2>&1; then
    echo "$task: failed, see $out/$task.log"
  fi
  grep "^$task: " "$out/$task.log" | tail -1
done
elapsed=$(( $(date +%s) - started ))
python3 "$root/bench/extract_report.py" "$out" --seconds "$elapsed" --command "bench/extract-all.sh${IN:+ (IN=$IN)}" \
  > "$report.part"
mv "$report.part" "$report"
echo "wrote $report"
