"""Train two small PyTorch networks on Parity_All and save them as safetensors for mips.

Usage: /usr/bin/python3 train_parity.py TOOLS_DIR OUT_DIR

TOOLS_DIR is the repository's tools/ folder (for export_general_rnn.py); OUT_DIR receives
  general_rnn.safetensors  the MIPS paper's GeneralRNN, ReLU: 2 hidden values, transition MLP
                           of depth 2 and width 16, linear readout
                           (mips.layout=general-rnn, mips.activation=relu)
  torch_rnn.safetensors    torch.nn.RNN(1, 16, nonlinearity="tanh") + nn.Linear(16, 1) "fc"
                           (mips.layout=torch-rnn, mips.activation=tanh, mips.readout-prefix=fc)

Parity_All: sequences of 10 bits, the output at each step is the parity of the bits so far. A network
is perfect when round(output) equals the target at every step of all 1024 sequences of length 10.

Each network is trained with fixed seeds (AdamW, mean squared error, random batches, checked on all
1024 sequences every 25 steps) until it fits (perfect, every output within FITTED of its target),
then on until it settles (every output within SETTLED), so that its hidden states fall into well
separated clusters. The tanh RNN's states drift unless its units saturate, so it trains 750 more
steps after fitting with a small penalty that pulls its units towards +-1.

Prints one line per network to stdout: name, steps, seconds, max |output - target| over the 1024
sequences. Exits with status 1 and a message on stderr when a network is not perfect after
MAX_STEPS steps.
"""

import itertools
import sys
import time
from pathlib import Path

import torch
import torch.nn as nn

LENGTH = 10  # Parity_All's sequence length
BATCH = 64  # random sequences per training step
CHECK_EVERY = 25  # steps between checks on all 1024 sequences
FITTED = 0.1  # perfect with a margin: every output within this of its target
SETTLED = 0.05  # where training stops
MAX_STEPS = 3000

GENERAL_RNN_SEED = 15
TORCH_RNN_SEED = 8


def parity_targets(x):
    """The parity of the bits so far, at every step: x and the result are (batch, time, 1) floats."""
    return torch.remainder(torch.cumsum(x, dim=1), 2)


def all_sequences():
    """All 1024 bit sequences of length 10 as (1024, 10, 1) float32, and their targets."""
    x = torch.tensor(list(itertools.product((0.0, 1.0), repeat=LENGTH)), dtype=torch.float32).unsqueeze(-1)
    return x, parity_targets(x)


class TorchRnn(nn.Module):
    """A one-layer tanh nn.RNN (h_0 = 0) and a linear readout: y_t = fc(h_t)."""

    def __init__(self, hidden_size):
        super().__init__()
        self.rnn = nn.RNN(input_size=1, hidden_size=hidden_size, num_layers=1, nonlinearity="tanh", batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)

    def forward_with_hidden(self, x):
        hidden, _ = self.rnn(x)  # h_0 defaults to zeros
        return self.fc(hidden), hidden

    def forward(self, x):
        return self.forward_with_hidden(x)[0]


def saturation(hidden):
    """How far tanh units are from +-1, on average: 0 when every unit is saturated.

    Added to the loss once the network is perfect, it pulls the hidden states onto a few points near
    the corners of the cube, so they form tight, well separated clusters instead of a continuum."""
    return (1 - hidden ** 2).mean()


def train(name, model, seed, lr, settle_steps=0, penalty=None):
    """Train ``model`` with AdamW on random batches until it is settled.

    Returns (steps, seconds, max |output - target| over all 1024 sequences, the step it first fitted).

    Stops at the first check after ``settle_steps`` more steps past fitting (every output within FITTED)
    where every output is within SETTLED of its target. ``penalty`` (a function of the hidden states,
    weighted in) joins the loss once the network fits."""
    x_all, y_all = all_sequences()
    generator = torch.Generator().manual_seed(seed + 1)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    start = time.perf_counter()
    fitted_at = None
    max_error, perfect = float("inf"), False
    for step in range(1, MAX_STEPS + 1):
        x = torch.randint(0, 2, (BATCH, LENGTH, 1), generator=generator).float()
        outputs, hidden = model.forward_with_hidden(x)
        loss = ((outputs - parity_targets(x)) ** 2).mean()
        if fitted_at is not None and penalty is not None:
            loss = loss + penalty(hidden)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % CHECK_EVERY == 0 or step == MAX_STEPS:
            with torch.no_grad():
                outputs = model(x_all)
            perfect = torch.equal(torch.round(outputs), y_all)
            max_error = (outputs - y_all).abs().max().item()
            if fitted_at is None and perfect and max_error < FITTED:
                fitted_at = step
            if fitted_at is not None and step - fitted_at >= settle_steps and max_error < SETTLED:
                return step, time.perf_counter() - start, max_error, fitted_at
    if not perfect:
        print(f"train_parity.py: {name} is not perfect on Parity_All after {MAX_STEPS} steps "
              f"(max |output - target| {max_error:.3f}); change the seed or the architecture", file=sys.stderr)
        sys.exit(1)
    print(f"train_parity.py: note: {name} is perfect but did not settle within {MAX_STEPS} steps "
          f"(max |output - target| {max_error:.3f})", file=sys.stderr)
    return MAX_STEPS, time.perf_counter() - start, max_error, fitted_at


def train_general_rnn(seed=GENERAL_RNN_SEED):
    """Network A: the paper's GeneralRNN with ReLU, 2 hidden values, a 16-wide transition MLP, a linear readout."""
    from export_general_rnn import GeneralRNN

    torch.manual_seed(seed)
    model = GeneralRNN(input_dim=1, output_dim=1, hidden_dim=2, hidden_mlp_depth=2, hidden_mlp_width=16,
                       output_mlp_depth=1, output_mlp_width=1, activation=nn.ReLU)
    return (model,) + train("general_rnn", model, seed, lr=1e-2)


def train_torch_rnn(seed=TORCH_RNN_SEED):
    """Network B: nn.RNN(tanh, 16 hidden) + nn.Linear, then 750 steps that saturate its units."""
    torch.manual_seed(seed)
    model = TorchRnn(hidden_size=16)
    return (model,) + train("torch_rnn", model, seed, lr=3e-2, settle_steps=750,
                            penalty=lambda hidden: 0.05 * saturation(hidden))


def main(argv):
    if len(argv) != 3:
        print("usage: train_parity.py TOOLS_DIR OUT_DIR", file=sys.stderr)
        return 2
    tools_dir, out_dir = Path(argv[1]), Path(argv[2])
    sys.path.insert(0, str(tools_dir.resolve()))
    from export_general_rnn import save_for_mips

    torch.set_num_threads(1)
    out_dir.mkdir(parents=True, exist_ok=True)

    model, steps, seconds, max_error, _ = train_general_rnn()
    save_for_mips(model, out_dir / "general_rnn.safetensors", layout="general-rnn", activation="relu")
    print(f"general_rnn steps={steps} seconds={seconds:.2f} max_error={max_error:.4f}", flush=True)

    model, steps, seconds, max_error, _ = train_torch_rnn()
    save_for_mips(model, out_dir / "torch_rnn.safetensors", layout="torch-rnn", activation="tanh", readout_prefix="fc")
    print(f"torch_rnn steps={steps} seconds={seconds:.2f} max_error={max_error:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
