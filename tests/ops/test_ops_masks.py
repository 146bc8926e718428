"""The backward formulas' mask (``_masks.keep``) gives np.where's result bit for bit, with its
layout, on the fast path (a bit mask) and on the fallbacks; relu's gradient prints +0."""
import numpy as np
import pytest
import torch

import autograd_tutor as at
from autograd_tutor.ops import _masks


def _gradient(dtype, shape, order):
    rng = np.random.default_rng(1)
    g = rng.standard_normal(shape).astype(dtype)
    flat = g.reshape(-1)
    flat[:6] = [-0.0, 0.0, np.nan, -np.inf, np.inf, -1e-30]
    return np.asarray(g, order=order)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("order", ["C", "F"])
def test_keep_is_np_where_bit_for_bit(dtype, order):
    g = _gradient(dtype, (7, 5), order)
    mask = np.asarray(np.random.default_rng(2).random((7, 5)) > 0.5, order=order)
    mask.reshape(-1)[:6] = [True, False, True, False, True, False]
    got, want = _masks.keep(g, mask), np.where(mask, g, g.dtype.type(0))
    assert got.dtype == want.dtype and got.shape == want.shape and got.strides == want.strides
    assert got.tobytes() == want.tobytes()
    assert np.signbit(got[~mask]).sum() == 0  # +0. where masked, never -0.


@pytest.mark.parametrize("case", ["broadcast mask", "mixed layouts", "int mask", "0-dim", "ints", "strided"])
def test_keep_fallbacks_agree(case):
    g = _gradient(np.float32, (4, 6), "C")
    mask = np.random.default_rng(3).random((4, 6)) > 0.5
    if case == "broadcast mask":
        mask = mask[:1]
    elif case == "mixed layouts":
        g = np.asfortranarray(g)
    elif case == "int mask":
        mask = mask.astype(np.int64) * 3
    elif case == "0-dim":
        g, mask = np.asarray(np.float32(-2.0)), np.asarray(False)
    elif case == "ints":
        g = np.arange(24, dtype=np.int64).reshape(4, 6) - 12
    elif case == "strided":
        g, mask = g[:, ::2], mask[:, ::2]
    got, want = _masks.keep(g, mask), np.where(mask, g, g.dtype.type(0))
    assert type(got) is type(want) and got.dtype == want.dtype and got.shape == want.shape
    assert np.asarray(got).tobytes() == np.asarray(want).tobytes()


def test_relu_gradient_matches_torch_signs():
    values = [[-1.0, 2.0, -0.0], [0.0, 3.0, -4.0]]
    upstream = [[-5.0, -6.0, -7.0], [-8.0, 9.0, -0.0]]
    grads = []
    for lib in (torch, at):
        x = lib.tensor(values, requires_grad=True)
        x.relu().backward(lib.tensor(upstream))
        grads.append(np.asarray(x.grad.detach().numpy()))
    assert grads[0].tobytes() == grads[1].tobytes()
