#!/usr/bin/env python3
"""PyTorch reference trainer for the paper's GeneralRNN, used to benchmark `mips train`.

Written from the description in /work/shared/reference/mips-reference.md, section 2 (not from the
authors' code). It trains one network on one JSON Lines dataset and prints a single JSON summary on
the last line of standard output:

    {"trainer": "torch", "arch": "2,1,0,2,4", "seed": 0, "steps": 300, "seconds": 6.1,
     "stepsPerSecond": 49.2, "perfectAtStep": null, "bestAccuracy": 0.93, ...}

Example:
    ./mips data --task Binary_Addition --out /tmp/add.jsonl
    python3 bench/torch_reference.py --data /tmp/add.jsonl --train-fraction 0.9 \
        --arch 2,1,0,2,4 --seed 0 --steps 10000

Encodings (as `mips train --input-encoding one-hot --output-encoding categorical`): with
--input-encoding one-hot each input column becomes one 0/1 input per value of its alphabet (the
distinct values of the column in the whole file, in increasing order); with --output-encoding
categorical each output column becomes one logit per value seen in the file, trained with
nn.CrossEntropyLoss and read by argmax (the first of equal maxima). The network is the same GeneralRNN
over the encoded widths, with the same initialisation. The loss is the mean over output columns of each
column's mean loss, as in `mips train`. The inputs are encoded once, before the timed loop.

Definitions used by the summary (they match the contract of `mips train`):
  steps          optimizer updates performed. With early stopping at an evaluation that is perfect
                 at step k (evaluated before the update of step k) this is k; with --keep-going or
                 without a perfect evaluation it is --steps.
  seconds        wall time of the training loop only (model construction, data loading and
                 conversion to tensors are excluded; the evaluations inside the loop are included).
  perfectAtStep  the first step whose evaluation had accuracy exactly 1.0, or null.
  bestAccuracy   the highest evaluation accuracy seen.
"""

import argparse
import io
import json
import math
import sys
import time

import numpy as np
import torch
from torch import nn


# ---------------------------------------------------------------------------------------------
# Data: the JSON Lines format written by `mips data` (docs/data-formats.md)
# ---------------------------------------------------------------------------------------------

def _layout(record):
    """Shape of one record: (T, d_in, d_out). 1-D steps are written flat, otherwise as lists."""
    x, y = record["x"], record["y"]
    t = len(x)
    if len(y) != t:
        raise ValueError("x and y have different lengths (%d, %d)" % (t, len(y)))
    d_in = len(x[0]) if t and isinstance(x[0], list) else 1
    d_out = len(y[0]) if t and isinstance(y[0], list) else 1
    return t, d_in, d_out


def _parse_slow(lines):
    """One json.loads per line; used when the lines do not all share the first line's shape."""
    xs, ys = [], []
    for line in lines:
        record = json.loads(line)
        x = np.asarray(record["x"], dtype=np.float32)
        y = np.asarray(record["y"], dtype=np.float32)
        xs.append(x.reshape(len(x), -1))
        ys.append(y.reshape(len(y), -1))
    try:
        return np.stack(xs), np.stack(ys)
    except ValueError as e:
        raise ValueError("sequences differ in length or dimension; this trainer needs one shape: %s" % e)


def load_jsonl(path):
    """Reads a data file into float32 arrays x (N, T, d_in) and y (N, T, d_out).

    Fast path: every line written by `mips data` has the same shape and key order, so after turning
    the JSON punctuation and the keys into blanks the file is a table of N rows of T*(d_in+d_out)
    numbers, which numpy's C reader (np.loadtxt) parses in a second or two for 1,000,000 lines. A
    column-count check and a spot check of a few lines against json.loads guard the shortcut; when
    either fails (ragged rows, another key order), the file is parsed line by line instead.
    """
    with open(path, "rb") as f:
        raw = f.read()
    lines = [line for line in raw.splitlines() if line.strip()]
    if not lines:
        raise ValueError("%s: no data" % path)
    t, d_in, d_out = _layout(json.loads(lines[0]))
    x_first = lines[0].find(b'"x"') < lines[0].find(b'"y"')
    blank = bytes.maketrans(b'{}[]:,"xy', b" " * 9)
    try:
        rows = np.loadtxt(io.BytesIO(raw.translate(blank)), dtype=np.float32, ndmin=2)
    except ValueError:
        rows = None
    if rows is not None and rows.shape == (len(lines), t * (d_in + d_out)):
        n = len(lines)
        split = t * d_in if x_first else t * d_out
        a, b = rows[:, :split], rows[:, split:]
        x, y = (a, b) if x_first else (b, a)
        x = np.ascontiguousarray(x).reshape(n, t, d_in)
        y = np.ascontiguousarray(y).reshape(n, t, d_out)
        ok = True
        for i in sorted({0, n // 3, n // 2, n - 1}):
            sx, sy = _parse_slow([lines[i]])
            ok = ok and np.array_equal(sx[0], x[i]) and np.array_equal(sy[0], y[i])
        if ok:
            return x, y
    return _parse_slow(lines)


# ---------------------------------------------------------------------------------------------
# Encodings: one-hot inputs, categorical outputs (the network's own widths)
# ---------------------------------------------------------------------------------------------

def alphabets(values):
    """Per column of values (N, T, d): its distinct values in increasing order."""
    return [np.unique(values[:, :, i]) for i in range(values.shape[2])]


def one_hot(values, columns):
    """values (N, T, d) -> (N, T, sum of alphabet sizes) float32: each column one-hot over its alphabet."""
    parts = []
    for i, alphabet in enumerate(columns):
        index = np.searchsorted(alphabet, values[:, :, i])
        parts.append(np.eye(len(alphabet), dtype=np.float32)[index])
    return np.ascontiguousarray(np.concatenate(parts, axis=2))


def class_indices(values, columns):
    """values (N, T, k) -> (N, T, k) int64: each value's index in its column's classes."""
    return np.stack([np.searchsorted(classes, values[:, :, c]) for c, classes in enumerate(columns)],
                    axis=2).astype(np.int64)


# ---------------------------------------------------------------------------------------------
# Model: GeneralRNN (reference section 2.1)
# ---------------------------------------------------------------------------------------------

def mlp(d_in, width, d_out, depth):
    """`depth` Linear layers d_in -> width -> ... -> d_out with ReLU only BETWEEN them (section 2.1).

    depth 1 is a single Linear(d_in -> d_out) and ignores the width. Layers get PyTorch's default
    nn.Linear initialisation, as in the reference (kaiming-uniform a=sqrt(5) weights, uniform bias).
    """
    if depth < 1:
        raise ValueError("an MLP needs at least one Linear layer")
    sizes = [d_in] + [width] * (depth - 1) + [d_out]
    layers = []
    for i in range(depth):
        if i > 0:
            layers.append(nn.ReLU())
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
    return nn.Sequential(*layers)


class GeneralRNN(nn.Module):
    """h_t = f([h_{t-1}; x_t]) (hidden state first), y_t = g(h_t), h_{-1} = 0 (section 2.1)."""

    def __init__(self, d_in, d_out, n, lh, wh, lo, wo):
        super().__init__()
        self.n = n
        # Constructed in the reference's order: transition MLP first, then readout (matters for the
        # random initial weights under a given seed).
        self.hmlp = mlp(n + d_in, wh, n, lh)
        self.ymlp = mlp(n, wo, d_out, lo)

    def forward(self, x):
        """x: (B, T, d_in) float32 -> y: (B, T, d_out)."""
        batch, steps, _ = x.shape
        h = x.new_zeros(batch, self.n)
        states = []
        for t in range(steps):
            h = self.hmlp(torch.cat([h, x[:, t, :]], dim=1))
            states.append(h)
        # g has no recurrence, so it is applied to all steps at once (same values as per step).
        return self.ymlp(torch.stack(states, dim=1))


# ---------------------------------------------------------------------------------------------
# Losses and accuracy (reference section 2.3)
# ---------------------------------------------------------------------------------------------

def loss_fn(name):
    if name == "log":
        return lambda pred, y: (0.5 * torch.log1p((pred - y) ** 2)).mean()
    if name == "mse":
        return lambda pred, y: (0.5 * (pred - y) ** 2).mean()
    raise ValueError("unknown loss %r (log or mse)" % name)


def categorical_loss(classes):
    """Cross-entropy of each output column's logits (`classes[c]` of them, side by side) against its
    class indices y (B, T, k), averaged over sequences, steps and columns."""
    cross_entropy = nn.CrossEntropyLoss()
    if len(classes) == 1:
        return lambda pred, y: cross_entropy(pred.reshape(-1, classes[0]), y.reshape(-1))

    def loss(pred, y):
        total, at = 0.0, 0
        for c, width in enumerate(classes):
            total = total + cross_entropy(pred[..., at:at + width].reshape(-1, width), y[..., c].reshape(-1))
            at += width
        return total / len(classes)
    return loss


def predictions(pred, classes):
    """The task's outputs from the network's: rounded half to even (torch.round), or per categorical
    column the index of its largest logit (torch.argmax: the first of equal maxima)."""
    if classes is None:
        return torch.round(pred)
    picks, at = [], 0
    for width in classes:
        picks.append(torch.argmax(pred[..., at:at + width], dim=-1))
        at += width
    return torch.stack(picks, dim=-1)


@torch.no_grad()
def accuracy(model, x, y, chunk=65536, classes=None):
    """Fraction of outputs read right over the whole split: round(y_hat) == y (torch.round: half to
    even), or, with categorical outputs (`classes`: logits per column), argmax == the class index.

    Counted as integers so that "perfect" (exactly 1.0) is exact.
    """
    correct = 0
    for i in range(0, x.shape[0], chunk):
        pred = predictions(model(x[i:i + chunk]), classes)
        correct += int((pred == y[i:i + chunk]).sum())
    total = y.numel()
    return correct / total, correct == total


# ---------------------------------------------------------------------------------------------
# Training loop (reference section 2.4)
# ---------------------------------------------------------------------------------------------

def batches(n_train, batch):
    """Endless batches of row indices: a new permutation every epoch, the last batch partial.

    Draws from torch's global generator, which train() re-seeds just before (section 2.4).
    """
    while True:
        order = torch.randperm(n_train)
        for i in range(0, n_train, batch):
            yield order[i:i + batch]


def train(x_train, y_train, x_test, y_test, arch, seed, steps, batch, eval_every, loss_name,
          keep_going, log=None, classes=None):
    """Trains on encoded inputs x (B, T, d_in); y holds real targets, or with `classes` (logits per
    output column) the class indices of categorical outputs."""
    n, lh, wh, lo, wo = arch
    d_in = x_train.shape[2]
    d_out = y_train.shape[2] if classes is None else sum(classes)

    # set_seeds(seed) immediately before constructing the model, and again before the data loader.
    torch.manual_seed(seed)
    model = GeneralRNN(d_in, d_out, n, lh, wh, lo, wo)
    torch.manual_seed(seed)
    sampler = batches(x_train.shape[0], batch)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                                  weight_decay=0.0)
    criterion = loss_fn(loss_name) if classes is None else categorical_loss(classes)

    best, perfect_at, taken, history = 0.0, None, 0, []
    start = time.perf_counter()
    for step in range(steps):
        rows = next(sampler)
        xb, yb = x_train[rows], y_train[rows]
        loss = criterion(model(xb), yb)
        # Evaluation at step 0, every eval_every steps and at the last step, before the update.
        if step % eval_every == 0 or step == steps - 1:
            acc, perfect = accuracy(model, x_test, y_test, classes=classes)
            best = max(best, acc)
            history.append((step, float(loss), acc))
            if log:
                log("step %6d  loss %.6f  test accuracy %.6f" % (step, float(loss), acc))
            if perfect and perfect_at is None:
                perfect_at = step
                if not keep_going:
                    break  # early stop: the update of this step is not applied
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        taken = step + 1
    seconds = time.perf_counter() - start
    return {"steps": taken, "seconds": seconds, "perfectAtStep": perfect_at, "bestAccuracy": best,
            "evaluations": history}


def parse_arch(text):
    parts = [int(p) for p in text.split(",")]
    if len(parts) != 5 or parts[0] < 1 or parts[1] < 1 or parts[3] < 1:
        raise argparse.ArgumentTypeError("--arch must be n,Lh,wh,Lo,wo with n, Lh, Lo >= 1")
    if (parts[1] > 1 and parts[2] < 1) or (parts[3] > 1 and parts[4] < 1):
        raise argparse.ArgumentTypeError("a width must be >= 1 when its MLP has 2 or more layers")
    return parts


def main(argv=None):
    p = argparse.ArgumentParser(description="Train the MIPS GeneralRNN with PyTorch (reference section 2).")
    p.add_argument("--data", required=True, help="JSON Lines file as written by 'mips data'")
    p.add_argument("--train-fraction", type=float, required=True,
                   help="the first round(F*N) lines are training, the rest test")
    p.add_argument("--arch", type=parse_arch, required=True, help="n,Lh,wh,Lo,wo")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int, default=10000)
    p.add_argument("--batch", type=int, default=4096)
    p.add_argument("--eval-every", type=int, default=100)
    p.add_argument("--loss", choices=["log", "mse"], default="log")
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    p.add_argument("--keep-going", action="store_true",
                   help="train all steps even after a perfect evaluation")
    p.add_argument("--input-encoding", choices=["scalar", "one-hot"], default="scalar",
                   help="scalar: raw numbers (the paper); one-hot: one input per value of each column")
    p.add_argument("--output-encoding", choices=["scalar", "categorical"], default="scalar",
                   help="scalar: one rounded output (the paper); categorical: one logit per value, cross-entropy")
    p.add_argument("--verbose", action="store_true", help="log every evaluation to standard error")
    args = p.parse_args(argv)

    torch.set_num_threads(args.threads)

    t0 = time.perf_counter()
    x, y = load_jsonl(args.data)
    if args.input_encoding == "one-hot":
        x = one_hot(x, alphabets(x))
    classes = None
    if args.output_encoding == "categorical":
        columns = alphabets(y)
        classes = [len(c) for c in columns]
        y = class_indices(y, columns)
    n_train = int(round(args.train_fraction * x.shape[0]))
    if not 0 < n_train < x.shape[0]:
        p.error("--train-fraction leaves an empty training or test split")
    x_train, y_train = torch.from_numpy(x[:n_train]), torch.from_numpy(y[:n_train])
    x_test, y_test = torch.from_numpy(x[n_train:]), torch.from_numpy(y[n_train:])
    load_seconds = time.perf_counter() - t0
    print("loaded %d sequences (%d train, %d test) of shape %s in %.1f s"
          % (x.shape[0], n_train, x.shape[0] - n_train, tuple(x.shape[1:]), load_seconds),
          file=sys.stderr)

    log = (lambda m: print(m, file=sys.stderr, flush=True)) if args.verbose else None
    result = train(x_train, y_train, x_test, y_test, args.arch, args.seed, args.steps, args.batch,
                   args.eval_every, args.loss, args.keep_going, log, classes)
    summary = {
        "trainer": "torch",
        "arch": ",".join(str(v) for v in args.arch),
        "seed": args.seed,
        "steps": result["steps"],
        "seconds": round(result["seconds"], 3),
        "stepsPerSecond": round(result["steps"] / result["seconds"], 3) if result["seconds"] > 0 else None,
        "perfectAtStep": result["perfectAtStep"],
        "bestAccuracy": result["bestAccuracy"],
        "threads": args.threads,
        "inputEncoding": args.input_encoding,
        "outputEncoding": args.output_encoding,
        "loadSeconds": round(load_seconds, 3),
        "torch": torch.__version__,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
