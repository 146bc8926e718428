"""Measures how often autograd_tutor's results are bit-identical to PyTorch 2.13's on the CPU, and
the largest difference in ulps, for transcendental functions, small and large matmuls and sums.

usage: .venv/bin/python scripts/measure_ulps.py     (prints a Markdown table; needs torch)

The table in docs/pytorch-differences.md ("Last bits") comes from this script.
"""
import pathlib
import sys

import numpy as np
import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import autograd_tutor as at  # noqa: E402

rng = np.random.default_rng(0)
x32 = rng.uniform(-10, 10, 100000).astype(np.float32)
xp = np.abs(x32) + np.float32(1e-3)
rows = []
for name, data in [("sin", x32), ("cos", x32), ("tan", x32), ("exp", x32 / 2), ("log", xp), ("tanh", x32), ("sigmoid", x32), ("sqrt", xp), ("pow2", x32)]:
    for dt in ("float32", "float64"):
        d = data.astype(dt)
        t = (torch.from_numpy(d) ** 2) if name == "pow2" else getattr(torch, name)(torch.from_numpy(d))
        o = (at.from_numpy(d) ** 2) if name == "pow2" else getattr(at, name)(at.from_numpy(d))
        t, o = t.numpy(), o.numpy()
        same = (t == o).mean()
        ulp = np.abs(t.view(np.int32 if dt == "float32" else np.int64).astype(np.int64) - o.view(np.int32 if dt == "float32" else np.int64).astype(np.int64)).max()
        rows.append(f"| {name} | {dt} | {100 * same:.2f}% | {ulp} |")
for (n, k, m) in [(4, 3, 2), (32, 30, 64), (64, 1000, 100), (2000, 3, 1)]:
    for dt in ("float32", "float64"):
        a = rng.standard_normal((n, k)).astype(dt); b = rng.standard_normal((k, m)).astype(dt)
        t = (torch.from_numpy(a) @ torch.from_numpy(b)).numpy(); o = (at.from_numpy(a) @ at.from_numpy(b)).numpy()
        rows.append(f"| matmul {n}x{k} @ {k}x{m} | {dt} | {100 * (t == o).mean():.2f}% | - |")
for shape in [(1000,), (2000, 3), (32, 64)]:
    for dt in ("float32", "float64"):
        a = rng.standard_normal(shape).astype(dt)
        t = torch.from_numpy(a).sum(0).numpy(); o = at.from_numpy(a).sum(0).numpy()
        rows.append(f"| sum(0) of {shape} | {dt} | {100 * np.mean(t == o):.2f}% | - |")
print("| operation | dtype | bit-identical | max ulps |\n|---|---|---|---|")
print("\n".join(rows))
