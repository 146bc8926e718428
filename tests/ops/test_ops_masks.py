"""The backward formulas' masks (``_masks.keep`` and its inverse ``_masks.drop``) give np.where's
result bit for bit, with its layout, on the fast path (a bit mask) and on the fallbacks; relu's
gradient prints +0."""
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


def _where(mask_fn, g, mask):
    """What ``mask_fn`` must give: np.where's result (keep: g where mask; drop: g where not)."""
    zero = g.dtype.type(0)
    return np.where(mask, g, zero) if mask_fn is _masks.keep else np.where(mask, zero, g)


@pytest.mark.parametrize("mask_fn", [_masks.keep, _masks.drop])
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("order", ["C", "F"])
def test_masks_are_np_where_bit_for_bit(mask_fn, dtype, order):
    g = _gradient(dtype, (7, 5), order)
    mask = np.asarray(np.random.default_rng(2).random((7, 5)) > 0.5, order=order)
    mask.reshape(-1)[:6] = [True, False, True, False, True, False]
    got, want = mask_fn(g, mask), _where(mask_fn, g, mask)
    assert got.dtype == want.dtype and got.shape == want.shape and got.strides == want.strides
    assert got.tobytes() == want.tobytes()
    cleared = ~mask if mask_fn is _masks.keep else mask
    assert np.signbit(got[cleared]).sum() == 0  # +0. where masked, never -0.


@pytest.mark.parametrize("mask_fn", [_masks.keep, _masks.drop])
@pytest.mark.parametrize("case", ["broadcast mask", "mixed layouts", "int mask", "0-dim", "ints", "strided"])
def test_mask_fallbacks_agree(mask_fn, case):
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
    got, want = mask_fn(g, mask), _where(mask_fn, g, mask)
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


@pytest.mark.parametrize("layout", ["row-major", "transposed"])
def test_relu_gradient_with_nan_and_layouts_matches_torch(layout):
    """relu's backward drops the gradient where the result is <= 0 (nan passes it on), on the bit
    path (gradient and mask in one layout) and on np.where's (a transposed result)."""
    values = np.array([[-1.0, np.nan, -0.0, 2.0], [0.0, 3.0, -np.inf, np.inf], [5.0, -2.0, 1.0, -3.0]], np.float32)
    upstream = np.array([[-5.0, -6.0, -7.0, 1.0], [-8.0, 9.0, -0.0, 2.0], [-1.0, 4.0, -0.0, 7.0]], np.float32)
    grads = []
    for lib in (torch, at):
        x = lib.tensor(values, requires_grad=True)
        y = x.relu() if layout == "row-major" else x.t().relu()
        y.backward(lib.tensor(upstream if layout == "row-major" else upstream.T.copy()))
        grads.append(np.asarray(x.grad.detach().numpy()))
    assert grads[0].tobytes() == grads[1].tobytes()
