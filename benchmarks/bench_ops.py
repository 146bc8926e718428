"""Per-op overhead: 2000 elementwise ops on a 2x2 tensor plus backward, against PyTorch.

Run: .venv/bin/python benchmarks/bench_ops.py
At this size the arithmetic is nothing; what is measured is each library's per-op bookkeeping
(creating tensors and graph nodes, then running the backward pass).
"""
import sys

import torch
from _timing import median_time, report

import autograd_tutor as at

N_OPS = 2000
TARGET = 0.8


def chain(lib, x):
    y = x
    for i in range(N_OPS // 4):
        y = y * 1.0001
        y = y + x
        y = y - 0.5
        y = y / 1.5
    y.sum().backward()


def main():
    torch.set_num_threads(1)
    xt = torch.ones(2, 2, requires_grad=True)
    xa = at.ones(2, 2, requires_grad=True)
    chain(torch, xt)
    chain(at, xa)
    assert abs(float(xt.grad.sum()) - float(xa.grad.sum())) <= 1e-3 * abs(float(xt.grad.sum()))
    t_ours = median_time(lambda: chain(at, xa), repeat=9)
    t_torch = median_time(lambda: chain(torch, xt), repeat=9)
    ratio = report(f"{N_OPS} elementwise ops on 2x2 + backward", t_ours, t_torch, TARGET)
    return 0 if ratio <= TARGET or "--no-fail" in sys.argv else 1


if __name__ == "__main__":
    sys.exit(main())
