"""Helpers for backward formulas that work on NumPy arrays and on Tensors alike.

Backward formulas run on plain arrays (fast), or on Tensors when ``create_graph=True`` asks for
a differentiable backward (higher-order gradients). Operators (+ - * / **) already work on both;
the few functions a formula needs beyond them are here.
"""
import numpy as np

from ..tensor import Tensor
from . import _masks


def _t(x):
    return isinstance(x, Tensor)


def exp(x):
    return x.exp() if _t(x) else np.exp(x)


def log(x):
    return x.log() if _t(x) else np.log(x)


def sqrt(x):
    return x.sqrt() if _t(x) else np.sqrt(x)


def sign(x):
    return x.sign() if _t(x) else np.sign(x)


def cos(x):
    return x.cos() if _t(x) else np.cos(x)


def sin(x):
    return x.sin() if _t(x) else np.sin(x)


# A C++ formula's number (``2 * result``, ``self + 1``, ``self.pow(2.0)``) is a Scalar, not a
# tensor: with create_graph it records MulBackward1 / AddBackward1 / PowBackward0, as these do.
def times(x, c):
    if _t(x):
        from .double_backward.number_ops import mul_number

        return mul_number(x, c)
    return x * c


def over(x, c):
    if _t(x):
        from .double_backward.number_ops import div_number

        return div_number(x, c)
    return x / c


def plus(x, c):
    if _t(x):
        from .double_backward.number_ops import add_number

        return add_number(x, c)
    return x + c


def power(x, p):
    if _t(x):
        from .pointwise.power import pow as t_pow

        return t_pow(x, p)
    return x ** p


def where(cond, a, b):
    """``cond`` is always a plain boolean array (masks are not differentiated)."""
    if _t(a) or _t(b):
        from ..creation import tensor as make
        from .pointwise.exp_log_trig import where as t_where

        return t_where(make(cond), a, b)
    return np.where(cond, a, b)


def expand(x, shape):
    """Broadcasts ``x`` to ``shape`` (the backward of a reduction)."""
    if _t(x):
        return x.expand(shape)
    return np.broadcast_to(x, shape)


def reshape(x, shape):
    return x.reshape(shape)


def sum_axes(x, axes, keepdims=False):
    if _t(x):
        return x.sum(dim=axes, keepdim=keepdims)
    return x.sum(axis=axes, keepdims=keepdims)


def matmul(a, b):
    if not _t(a) and not _t(b):
        return matmul_arrays(a, b)
    return a @ b


def matmul_arrays(a, b):
    """``a @ b`` for arrays; an inner size of 1 is an outer product, computed as one (BLAS-like:
    0 * -x stays -0.0 there, as PyTorch prints it)."""
    if a.ndim >= 2 and b.ndim >= 2 and a.shape[-1] == 1:
        return a * b
    return a @ b


def swap_last(x):
    """Transposes the last two dimensions."""
    if _t(x):
        return x.transpose(-1, -2)
    return np.swapaxes(x, -1, -2)


def zeros_like(x):
    if _t(x):
        from ..creation import zeros_like as z

        return z(x)
    return np.zeros_like(x)


def as_array(x):
    return x._data if _t(x) else x


def abs_(x):
    return x.abs() if _t(x) else np.abs(x)


def const(like, array):
    """A constant (no gradient) in the same world as ``like``: an array, or a Tensor of its dtype."""
    if _t(like):
        return Tensor._make(np.asarray(array, dtype=like._data.dtype), False, None)
    return np.asarray(array, dtype=like.dtype)


def regrow(grad, shape, axes, keepdim):
    """The gradient of a reduction over ``axes``, broadcast back to the input's ``shape``."""
    if not keepdim and axes:
        grad = reshape(grad, tuple(1 if i in axes else s for i, s in enumerate(shape)))
    return expand(grad, tuple(shape))


def flip(x, axis):
    return x.flip(axis) if _t(x) else np.flip(x, axis)


def cumsum(x, axis):
    return x.cumsum(axis) if _t(x) else np.cumsum(x, axis=axis, dtype=x.dtype)


def prod_axes(x, axis, keepdims=False):
    if _t(x):
        return x.prod(axis, keepdim=keepdims)
    return np.prod(x, axis=axis, keepdims=keepdims)


def const_bool(array):
    """A boolean mask as a Tensor (conditions of ``where`` in differentiable backwards)."""
    return Tensor._make(np.asarray(array, dtype=bool), False, None)


def sigmoid(x):
    """1 / (1 + exp(-x)) as PyTorch computes it: exp overflows to inf for very negative x and the
    result is exactly 0 there, silently (no tiny denormal numbers, no NumPy warning)."""
    if _t(x):
        return x.sigmoid()
    with np.errstate(over="ignore"):
        return (1 / (1 + np.exp(-x))).astype(x.dtype, copy=False)


def tanh(x):
    return x.tanh() if _t(x) else np.tanh(x)


def cosh(x):
    return x.cosh() if _t(x) else np.cosh(x)


def sinh(x):
    return x.sinh() if _t(x) else np.sinh(x)


def keep(grad, mask):
    """``grad`` where ``mask`` holds, +0 elsewhere (as PyTorch's where/masked_fill give it;
    multiplying by a 0/1 mask would print -0. for negative gradients)."""
    if _t(grad):
        from .pointwise.exp_log_trig import where as t_where

        return t_where(const_bool(np.broadcast_to(mask, tuple(grad.shape))), grad, 0.0)
    return _masks.keep(grad, mask)


def row_major(array):
    """``array`` in row-major (C) order, copied only if needed; 0-dim stays 0-dim (unlike
    ``np.ascontiguousarray``). For results PyTorch makes contiguous whatever its inputs."""
    return np.asarray(array, order="C")
