"""Sums and means agree with PyTorch to the last bit, as a learner printing f"{loss}" sees them.

PyTorch's CPU sum adds in its own order (see autograd_tutor/ops/_cascade_sum.py); NumPy's
pairwise order rounds differently in about three sums of four. Rows up to 32,768 elements are
added by one thread in PyTorch whatever its thread count, so these compare bit for bit.
"""
import numpy as np
import pytest

import autograd_tutor

torch = pytest.importorskip("torch")

REDUCTIONS = {
    "sum": lambda T, x, y: x.sum(),
    "mean": lambda T, x, y: x.mean(),
    "sum(-1)": lambda T, x, y: x.sum(-1),
    "mean(-1, keepdim)": lambda T, x, y: x.mean(-1, keepdim=True),
    "mse_loss": lambda T, x, y: T.nn.functional.mse_loss(x, y),
    "((x - y) ** 2).mean()": lambda T, x, y: ((x - y) ** 2).mean(),
}


def _inputs(seed, dtype):
    rng = np.random.default_rng(seed)
    ndim = int(rng.integers(1, 4))
    longest = rng.choice([9, 70]) if ndim < 3 else 32  # at most 32,768 elements: one thread
    shape = tuple(int(s) for s in rng.integers(1, longest, ndim))
    scale = rng.choice([1.0, 1000.0])
    return (rng.standard_normal(shape) * scale).astype(dtype), rng.standard_normal(shape).astype(dtype)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", list(REDUCTIONS))
def test_sums_round_as_pytorch(name, dtype):
    reduce = REDUCTIONS[name]
    for seed in range(60):
        a, b = _inputs(seed, dtype)
        want = reduce(torch, torch.from_numpy(a), torch.from_numpy(b)).numpy()
        got = reduce(autograd_tutor, autograd_tutor.from_numpy(a), autograd_tutor.from_numpy(b)).numpy()
        assert want.dtype == got.dtype and np.array_equal(want, got), (name, a.shape, want, got)


@pytest.mark.parametrize("n", [1, 3, 4, 5, 7, 8, 9, 31, 32, 33, 511, 512, 513, 4097, 32768])
def test_long_rows_and_their_boundaries(n):
    a = (np.arange(n, dtype=np.float32) / np.float32(7)) - np.float32(n / 14)
    want = torch.from_numpy(a).sum().item()
    assert autograd_tutor.from_numpy(a).sum().item() == want
    assert f"{autograd_tutor.from_numpy(a).mean()}" == f"{torch.from_numpy(a).mean()}"


def test_a_sum_of_negative_zeros_is_positive_zero_as_in_pytorch():
    a = np.array([-0.0, -0.0], np.float32)
    assert repr(autograd_tutor.from_numpy(a).sum()) == repr(torch.from_numpy(a).sum())
