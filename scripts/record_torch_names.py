"""Records, from real PyTorch 2.13, the public names of torch, torch.Tensor, torch.nn.functional,
torch.linalg, torch.special, torch.func and torch.distributions, so that a name PyTorch has and autograd_tutor lacks is reported as such:
``module 'torch' has no attribute 'fft' (PyTorch has torch.fft; autograd_tutor does not implement it)``.

usage: .venv/bin/python scripts/record_torch_names.py

Writes autograd_tutor/_pytorch_names.py (read by autograd_tutor/_missing.py only when a lookup
has already failed). PyTorch stays a test-only dependency.
"""
import pathlib

import torch
import torch.nn.functional

TARGET = pathlib.Path(__file__).resolve().parent.parent / "autograd_tutor" / "_pytorch_names.py"


def public(obj):
    return sorted(n for n in dir(obj) if not n.startswith("_"))


def table(name, names):
    lines = [f"{name} = frozenset(("]
    line = "   "
    for n in names:
        item = f" {n!r},"
        if len(line) + len(item) > 110:
            lines.append(line)
            line = "   "
        line += item
    lines.append(line)
    lines.append("))")
    return "\n".join(lines)


def main():
    parts = [
        f'"""Public names of PyTorch {torch.__version__.split("+")[0]}, recorded by scripts/record_torch_names.py: '
        'do not edit."""',
        table("TORCH", public(torch)), table("TENSOR", public(torch.Tensor)),
        table("FUNCTIONAL", public(torch.nn.functional)), table("LINALG", public(torch.linalg)),
        table("SPECIAL", public(torch.special)), table("FUNC", public(torch.func)),
        table("DISTRIBUTIONS", public(torch.distributions)),
    ]
    TARGET.write_text("\n\n".join(parts) + "\n")
    places = (torch, torch.Tensor, torch.nn.functional, torch.linalg, torch.special, torch.func, torch.distributions)
    print(f"recorded {sum(len(public(o)) for o in places)} names")


if __name__ == "__main__":
    main()
