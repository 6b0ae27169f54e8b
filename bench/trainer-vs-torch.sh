#!/bin/sh
# Benchmarks `mips train` against PyTorch (bench/torch_reference.py), side by side, and writes
# docs/results/trainer-vs-torch.md. Options: see bench/trainer_vs_torch.py --help. Examples:
#   bench/trainer-vs-torch.sh                          # Part A: speed, 10,000 steps per network
#   bench/trainer-vs-torch.sh --steps 3000 --repeats 2
#   bench/trainer-vs-torch.sh --networks 'Add_Mod_5:4,1,0,2,16:one-hot/categorical'   # one row
#   nohup bench/trainer-vs-torch.sh --success --no-speed > /tmp/tvt.log 2>&1 &   # Part B, hours
# Needs PyTorch for Python 3 (Debian: apt-get install python3-torch python3-numpy); set PYTHON to
# choose the interpreter.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)

# A Python that can import torch: $PYTHON, else python3, else Debian's /usr/bin/python3.
python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import torch, numpy' >/dev/null 2>&1; then python=$candidate; break; fi
  done
fi
if [ -z "$python" ]; then
  echo "trainer-vs-torch: no Python with torch and numpy (apt-get install python3-torch python3-numpy, or set PYTHON)" >&2
  exit 2
fi

# Build mips now (if needed) so the build never overlaps a timed run.
"$root/mips" --version >/dev/null

TVT_LAUNCHER=bench/trainer-vs-torch.sh TVT_PYTHON=$python exec "$python" "$root/bench/trainer_vs_torch.py" "$@"
