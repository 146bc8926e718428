"""torch.arange and torch.linspace give PyTorch 2.13's CPU results bit for bit (float32 and
float64), on random ranges: the kernels' vectorised fused multiply-adds are reproduced."""
import math

import numpy as np
import pytest

import autograd_tutor as ours


def test_bit_identical_to_pytorch():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(0)
    differing = []
    for dt in ("float32", "float64"):
        for _ in range(150):
            a = float(rng.uniform(-10, 10))
            step = float(rng.choice([0.1, 0.01, 0.3, 0.7, 0.25, 1 / 3, 0.05]))
            b = a + step * int(rng.integers(1, 3000))
            want = torch.arange(a, b, step, dtype=getattr(torch, dt)).numpy()
            got = ours.arange(a, b, step, dtype=getattr(ours, dt)).numpy()
            if want.shape != got.shape or not (want == got).all():
                differing.append(("arange", dt, a, b, step))
            n = int(rng.integers(1, 3000))
            want = torch.linspace(a, b, n, dtype=getattr(torch, dt)).numpy()
            got = ours.linspace(a, b, n, dtype=getattr(ours, dt)).numpy()
            if want.shape != got.shape or not (want == got).all():
                differing.append(("linspace", dt, a, b, n))
    assert not differing, differing[:5]
    assert (torch.linspace(-math.pi, math.pi, 2000).numpy() == ours.linspace(-math.pi, math.pi, 2000).numpy()).all()
