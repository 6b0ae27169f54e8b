#!/usr/bin/env python3
"""Export a PyTorch recurrent network for mips, as a safetensors file.

mips reads networks trained elsewhere from safetensors files: the tensors of the
model's ``state_dict()`` plus a few metadata strings that say how the tensors
make a network. This script writes such a file. It needs only PyTorch and NumPy
(it writes the safetensors format itself; the ``safetensors`` package is not
required).

From a training script (with this file next to it or on ``sys.path``)::

    from export_general_rnn import save_for_mips
    # ... train `model` (a GeneralRNN below, or a module holding an nn.RNN and an nn.Linear readout) ...
    save_for_mips(model, "model.safetensors")

then, in a shell::

    mips import model.safetensors --task Parity_All
    mips run Parity_All --network model.safetensors

From a state dict saved with ``torch.save(model.state_dict(), "model.pt")``::

    python3 export_general_rnn.py model.pt model.safetensors --layout general-rnn --activation relu
    python3 export_general_rnn.py model.pt model.safetensors --layout torch-rnn --activation tanh --readout-prefix fc

Two layouts are understood (metadata key ``mips.layout``):

``general-rnn``
    The MIPS paper's ``GeneralRNN`` (arXiv 2402.05110, ``neural_verification.py``),
    defined below: ``h_t = hmlp([h_{t-1}, x_t])`` (hidden state first, ``h_{-1} = 0``)
    and ``y_t = ymlp(h_t)``, with tensors ``hmlp.mlp.{0,2,4,...}.weight|bias`` and
    ``ymlp.mlp.{0,2,...}.weight|bias``.
``torch-rnn``
    A single-layer, unidirectional ``torch.nn.RNN`` (``h_0 = 0``) followed by an
    ``nn.Linear`` readout ``y_t = readout(h_t)``; the readout's name is stored in
    ``mips.readout-prefix`` (for example ``fc``, whose tensors are ``fc.weight``
    and ``fc.bias``).

Metadata written: ``mips.layout`` (``general-rnn`` | ``torch-rnn``),
``mips.activation`` (``relu`` | ``tanh`` | ``silu``) and, for ``torch-rnn``,
``mips.readout-prefix``.

Requires Python 3.9+ and PyTorch 1.13+.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import sys
from typing import Dict, Mapping, Optional, Tuple, Union

import torch
import torch.nn as nn

__all__ = ["MLP", "GeneralRNN", "save_safetensors", "save_for_mips", "main"]

# ----------------------------------------------------------------------------
# The MIPS paper's networks
# ----------------------------------------------------------------------------


class MLP(nn.Module):
    """A multilayer perceptron as in the MIPS paper.

    ``depth`` is the number of linear layers; the activation sits only between
    them, so ``self.mlp`` is ``Linear, act, Linear, act, ..., Linear`` and its
    tensors are at the even indices (``mlp.0``, ``mlp.2``, ...). With depth 1 the
    MLP is a single ``Linear(in_dim, out_dim)`` and ``width`` is ignored.
    """

    def __init__(self, in_dim: int, out_dim: int, width: int, depth: int, activation=nn.ReLU):
        super().__init__()
        if depth < 1:
            raise ValueError(f"an MLP needs at least one linear layer, got depth {depth}")
        shape = [in_dim] + [width] * (depth - 1) + [out_dim]
        layers = []
        for i in range(depth):
            layers.append(nn.Linear(shape[i], shape[i + 1]))
            if i < depth - 1:
                layers.append(activation())
        self.mlp = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.mlp(x)


class GeneralRNN(nn.Module):
    """The MIPS paper's GeneralRNN: an MLP for the transition, an MLP for the readout.

        h_t = hmlp(concat(h_{t-1}, x_t))      (hidden state first; h_{-1} = 0)
        y_t = ymlp(h_t)

    ``hidden_mlp_depth``/``output_mlp_depth`` count linear layers (1 = a single
    linear map). The activation is a module class such as ``nn.ReLU``,
    ``nn.Tanh`` or ``nn.SiLU``; it is applied only between linear layers, never
    to the hidden state or the output themselves.
    """

    def __init__(
        self,
        input_dim: int,
        output_dim: int,
        hidden_dim: int,
        hidden_mlp_depth: int,
        hidden_mlp_width: int,
        output_mlp_depth: int,
        output_mlp_width: int,
        activation=nn.ReLU,
    ):
        super().__init__()
        self.input_dim = input_dim
        self.output_dim = output_dim
        self.hidden_dim = hidden_dim
        self.activation = activation
        self.hmlp = MLP(hidden_dim + input_dim, hidden_dim, hidden_mlp_width, hidden_mlp_depth, activation)
        self.ymlp = MLP(hidden_dim, output_dim, output_mlp_width, output_mlp_depth, activation)

    def step(self, x_t: torch.Tensor, h: Optional[torch.Tensor] = None) -> Tuple[torch.Tensor, torch.Tensor]:
        """One step: ``x_t`` of shape (batch, input_dim), ``h`` of shape (batch, hidden_dim) or None for zeros.

        Returns ``(y_t, h_t)``.
        """
        if h is None:
            h = x_t.new_zeros(x_t.size(0), self.hidden_dim)
        h = self.hmlp(torch.cat((h, x_t), dim=1))
        return self.ymlp(h), h

    def forward_with_hidden(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        """Run a batch of sequences ``x`` of shape (batch, time, input_dim) from ``h = 0``.

        Returns the outputs (batch, time, output_dim) and the hidden states
        (batch, time, hidden_dim), ``h_t`` after reading ``x_t``.
        """
        if x.dim() != 3 or x.size(2) != self.input_dim:
            raise ValueError(f"expected input of shape (batch, time, {self.input_dim}), got {tuple(x.shape)}")
        h = x.new_zeros(x.size(0), self.hidden_dim)
        outputs, hiddens = [], []
        for t in range(x.size(1)):
            y, h = self.step(x[:, t, :], h)
            outputs.append(y)
            hiddens.append(h)
        if not outputs:  # zero-length sequences
            return x.new_zeros(x.size(0), 0, self.output_dim), x.new_zeros(x.size(0), 0, self.hidden_dim)
        return torch.stack(outputs, dim=1), torch.stack(hiddens, dim=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Outputs (batch, time, output_dim) for inputs (batch, time, input_dim)."""
        return self.forward_with_hidden(x)[0]


# ----------------------------------------------------------------------------
# The safetensors format
# ----------------------------------------------------------------------------

# torch dtype -> (safetensors dtype name, little-endian numpy dtype used to write the bytes).
# bfloat16 has no numpy type: its bits are written as little-endian int16.
_DTYPES = {
    torch.float64: ("F64", "<f8"),
    torch.float32: ("F32", "<f4"),
    torch.float16: ("F16", "<f2"),
    torch.bfloat16: ("BF16", "<i2"),
}


def _tensor_bytes(name: str, tensor: torch.Tensor) -> Tuple[str, list, bytes]:
    """The safetensors dtype, shape and raw little-endian bytes of one tensor."""
    if not isinstance(tensor, torch.Tensor):
        raise ValueError(f"tensor {name!r} is a {type(tensor).__name__}, not a torch.Tensor")
    if tensor.dtype not in _DTYPES:
        raise ValueError(
            f"tensor {name!r} has dtype {tensor.dtype}; only float32, float64, float16 and bfloat16 can be saved"
        )
    dtype_name, np_dtype = _DTYPES[tensor.dtype]
    t = tensor.detach().to("cpu").contiguous()
    if t.dtype == torch.bfloat16:
        t = t.view(torch.int16)  # same bits, a type numpy knows
    data = t.numpy().astype(np_dtype, copy=False).tobytes()
    return dtype_name, list(tensor.shape), data


def save_safetensors(
    tensors: dict[str, torch.Tensor],
    path,
    metadata: dict[str, str] | None = None,
) -> None:
    """Write ``tensors`` to ``path`` in the safetensors format, as ``safetensors.torch.save_file`` does.

    Layout of the file:

    * 8 bytes: N, the header's length, little-endian unsigned 64-bit;
    * N bytes: a UTF-8 JSON object ``{name: {"dtype", "shape", "data_offsets": [begin, end]}, ...,
      "__metadata__": {str: str}}``, padded with spaces so that 8 + N is a multiple of 8;
    * the tensors' raw little-endian bytes, back to back, in header order;
      offsets are relative to the start of this data section.

    Tensors are detached, moved to the CPU and made contiguous. float32, float64,
    float16 and bfloat16 are written as F32, F64, F16 and BF16; any other dtype
    raises ``ValueError``, as do metadata that are not strings.
    """
    if metadata is not None:
        for key, value in metadata.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise ValueError(f"metadata must map str to str, got {key!r}: {value!r}")

    entries = []
    for name, tensor in tensors.items():
        if not isinstance(name, str) or not name:
            raise ValueError(f"tensor names must be non-empty strings, got {name!r}")
        if name == "__metadata__":
            raise ValueError("'__metadata__' is reserved and cannot name a tensor")
        dtype_name, shape, data = _tensor_bytes(name, tensor)
        entries.append((name, dtype_name, shape, data, tensor.element_size()))

    # Like the reference implementation: largest element size first, then by name,
    # so that every tensor's data stays aligned to its element size.
    entries.sort(key=lambda e: (-e[4], e[0]))

    header: Dict[str, object] = {}
    if metadata is not None:
        header["__metadata__"] = dict(metadata)
    offset = 0
    for name, dtype_name, shape, data, _ in entries:
        header[name] = {"dtype": dtype_name, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)

    header_bytes = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    header_bytes += b" " * ((8 - (8 + len(header_bytes)) % 8) % 8)

    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(header_bytes)))
        f.write(header_bytes)
        for entry in entries:
            f.write(entry[3])


# ----------------------------------------------------------------------------
# Saving a network for mips
# ----------------------------------------------------------------------------

LAYOUTS = ("general-rnn", "torch-rnn")
ACTIVATIONS = ("relu", "tanh", "silu")
_ACTIVATION_MODULES = {nn.ReLU: "relu", nn.Tanh: "tanh", nn.SiLU: "silu"}


def _activation_name(activation) -> Optional[str]:
    """'relu'/'tanh'/'silu' for an activation module class or instance, None otherwise."""
    cls = activation if isinstance(activation, type) else type(activation)
    for module, name in _ACTIVATION_MODULES.items():
        if isinstance(cls, type) and issubclass(cls, module):
            return name
    return None


def _general_rnn_activation(model: nn.Module) -> Optional[str]:
    """The activation of a GeneralRNN (ours, or the paper's with a config), if it can be told."""
    declared = getattr(model, "activation", None)
    if declared is None:
        declared = getattr(getattr(model, "config", None), "activation", None)
    if declared is not None and _activation_name(declared) is not None:
        return _activation_name(declared)
    found = {_activation_name(m) for m in model.modules() if _activation_name(m) is not None}
    return found.pop() if len(found) == 1 else None


def _find_general_rnn(model: nn.Module) -> Optional[nn.Module]:
    """The model itself or its one submodule that is a GeneralRNN (anything with ``hmlp`` and ``ymlp`` MLPs)."""
    found = [
        m for _, m in model.named_modules()
        if isinstance(m, GeneralRNN) or (hasattr(m, "hmlp") and hasattr(m, "ymlp"))
    ]
    if len(found) > 1:
        raise ValueError(f"the model holds {len(found)} GeneralRNNs; mips reads one")
    return found[0] if found else None


def _find_rnn(model: nn.Module) -> Optional[nn.RNN]:
    """The model's one nn.RNN (LSTM and GRU are not read by mips)."""
    rnns = [m for _, m in model.named_modules() if isinstance(m, nn.RNN)]
    if len(rnns) > 1:
        raise ValueError(f"the model holds {len(rnns)} nn.RNN modules; mips reads one")
    return rnns[0] if rnns else None


def _infer_layout_from_names(names) -> Optional[str]:
    """general-rnn for ``[prefix.]hmlp.mlp.*`` and ``ymlp.mlp.*`` tensors, torch-rnn for an nn.RNN's ``weight_ih_l0``."""
    names = ["." + n for n in names]
    if any(".hmlp.mlp." in n for n in names) and any(".ymlp.mlp." in n for n in names):
        return "general-rnn"
    if any(n.endswith(".weight_ih_l0") or n == ".weight_ih_l0" for n in names):
        return "torch-rnn"
    return None


def _infer_readout_prefix_from_names(names) -> Optional[str]:
    """The one module besides the nn.RNN: ``fc`` for ``fc.weight``/``fc.bias``, ``head`` for an
    ``nn.Sequential`` readout ``head.0.weight``, ``head.2.weight``, ...; None if there is not exactly one."""
    modules = set()
    for name in names:
        if re.search(r"(^|\.)(weight|bias)_(ih|hh)_l\d+(_reverse)?$", name):
            continue  # the nn.RNN's own tensors
        stacked = re.fullmatch(r"(.*)\.\d+\.(weight|bias)", name)
        if stacked:
            modules.add(stacked.group(1))
        elif "." in name:
            modules.add(name.rsplit(".", 1)[0])
        else:
            return None
    return modules.pop() if len(modules) == 1 else None


def save_for_mips(
    model: Union[nn.Module, Mapping[str, torch.Tensor]],
    path,
    layout: Optional[str] = None,
    activation: Optional[str] = None,
    readout_prefix: Optional[str] = None,
) -> Dict[str, str]:
    """Save ``model.state_dict()`` to ``path`` as safetensors, with the metadata mips reads.

    ``model`` is an ``nn.Module`` (or an already extracted state dict). Whatever
    is not given is inferred where possible:

    * a ``GeneralRNN`` (this file's or the paper's, or a module wrapping one) -> layout ``general-rnn``,
      activation from its activation modules;
    * a model holding one ``nn.RNN`` -> layout ``torch-rnn``, activation from the RNN's ``nonlinearity``,
      readout prefix from the one other module with tensors (e.g. ``fc``).

    Returns the metadata written, e.g. ``{"mips.layout": "torch-rnn", "mips.activation": "tanh",
    "mips.readout-prefix": "fc"}``. Raises ``ValueError`` when something can neither be inferred nor
    was given, or is not something mips reads.
    """
    module = model if isinstance(model, nn.Module) else None
    state_dict = module.state_dict() if module is not None else dict(model)

    general = _find_general_rnn(module) if module is not None else None
    rnn = _find_rnn(module) if module is not None else None
    if layout is None:
        if general is not None:
            layout = "general-rnn"
        elif rnn is not None:
            layout = "torch-rnn"
        else:
            layout = _infer_layout_from_names(state_dict.keys())
    if layout is None:
        raise ValueError("cannot tell the layout of this network; pass layout='general-rnn' or 'torch-rnn'")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")

    if layout == "general-rnn":
        if activation is None and general is not None:
            activation = _general_rnn_activation(general)
        if activation is None:
            raise ValueError("cannot tell the GeneralRNN's activation; pass activation='relu', 'tanh' or 'silu'")
        if readout_prefix is not None:
            raise ValueError("readout_prefix applies to layout 'torch-rnn' only")
    else:  # torch-rnn
        if rnn is not None:
            if rnn.num_layers != 1 or rnn.bidirectional:
                raise ValueError("mips reads a single-layer, unidirectional nn.RNN (num_layers=1, bidirectional=False)")
            if activation is None:
                activation = rnn.nonlinearity
        if activation is None:
            raise ValueError("cannot tell the RNN's nonlinearity; pass activation='tanh' or 'relu'")
        if readout_prefix is None:
            readout_prefix = _infer_readout_prefix_from_names(state_dict.keys())
        if readout_prefix is None:
            raise ValueError("cannot tell which module is the readout; pass readout_prefix (e.g. 'fc')")
        readout_prefix = readout_prefix.rstrip(".")
        if not any(name.startswith(readout_prefix + ".") for name in state_dict):
            raise ValueError(f"readout prefix {readout_prefix!r}: the model has no tensor {readout_prefix}.weight")

    activation = activation.lower()
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; expected one of {', '.join(ACTIVATIONS)}")

    metadata = {"mips.layout": layout, "mips.activation": activation}
    if readout_prefix is not None:
        metadata["mips.readout-prefix"] = readout_prefix
    save_safetensors(state_dict, path, metadata)
    return metadata


# ----------------------------------------------------------------------------
# Command line
# ----------------------------------------------------------------------------


def _load_state_dict(path: str) -> Dict[str, torch.Tensor]:
    """A state dict saved with ``torch.save(model.state_dict(), path)`` (or a checkpoint holding one)."""
    try:
        loaded = torch.load(path, map_location="cpu", weights_only=True)
    except TypeError:  # a PyTorch without weights_only
        loaded = torch.load(path, map_location="cpu")
    if isinstance(loaded, Mapping) and not all(isinstance(v, torch.Tensor) for v in loaded.values()):
        # a checkpoint such as {"model_state_dict": {...}, "epoch": 3}: take its only dict of tensors
        inner = [
            v for v in loaded.values()
            if isinstance(v, Mapping) and v and all(isinstance(t, torch.Tensor) for t in v.values())
        ]
        if len(inner) == 1:
            loaded = inner[0]
    if not isinstance(loaded, Mapping) or not all(isinstance(v, torch.Tensor) for v in loaded.values()):
        raise ValueError(f"{path} does not hold a state dict; save one with torch.save(model.state_dict(), path)")
    return dict(loaded)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="export_general_rnn.py",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Convert a PyTorch state dict, saved with torch.save(model.state_dict(), STATE_DICT.pt),\n"
            "into a safetensors file that mips imports:\n"
            "  mips import OUT.safetensors --task TASK\n"
            "  mips run TASK --network OUT.safetensors\n"
            "From a training script, call save_for_mips(model, 'model.safetensors') from this file\n"
            "instead: it infers layout, activation and readout from the model itself."
        ),
        epilog=(
            "layouts:\n"
            "  general-rnn  the MIPS paper's GeneralRNN: tensors hmlp.mlp.{0,2,..} and ymlp.mlp.{0,2,..},\n"
            "               h_t = hmlp([h_{t-1}, x_t]), y_t = ymlp(h_t), h_{-1} = 0\n"
            "  torch-rnn    a single-layer torch.nn.RNN followed by an nn.Linear readout, y_t = readout(h_t)\n"
            "\n"
            "examples:\n"
            "  %(prog)s model.pt model.safetensors --layout general-rnn --activation relu\n"
            "  %(prog)s model.pt model.safetensors --layout torch-rnn --activation tanh --readout-prefix fc"
        ),
    )
    parser.add_argument("state_dict", metavar="STATE_DICT.pt", help="a state dict saved with torch.save")
    parser.add_argument("output", metavar="OUT.safetensors", help="the safetensors file to write")
    parser.add_argument(
        "--layout", choices=LAYOUTS,
        help="how the tensors make a network (default: guessed from the tensor names)",
    )
    parser.add_argument(
        "--activation", choices=ACTIVATIONS,
        help="the activation of the GeneralRNN's MLPs or the nn.RNN's nonlinearity "
             "(required for general-rnn; torch-rnn defaults to PyTorch's default, tanh)",
    )
    parser.add_argument(
        "--readout-prefix", metavar="NAME",
        help="torch-rnn only: the name of the nn.Linear readout, e.g. fc for fc.weight/fc.bias "
             "(default: the only 2-D '.weight' tensor besides the RNN's)",
    )
    args = parser.parse_args(argv)

    try:
        state_dict = _load_state_dict(args.state_dict)
        layout = args.layout or _infer_layout_from_names(state_dict.keys())
        activation = args.activation
        if layout == "general-rnn" and activation is None:
            raise ValueError("a state dict does not say the GeneralRNN's activation; pass --activation relu|tanh|silu")
        if layout == "torch-rnn" and activation is None:
            activation = "tanh"
            print("note: no --activation given; assuming nn.RNN's default nonlinearity, tanh", file=sys.stderr)
        metadata = save_for_mips(state_dict, args.output, layout=layout, activation=activation,
                                 readout_prefix=args.readout_prefix)
    except (OSError, ValueError, RuntimeError) as e:
        print(f"export_general_rnn.py: error: {e}", file=sys.stderr)
        return 1
    described = ", ".join(f"{k}={v}" for k, v in metadata.items())
    print(f"wrote {args.output}: {len(state_dict)} tensors, {described}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
