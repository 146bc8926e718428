"""The classical orthogonal polynomials of torch.special, evaluated at x for degree n:
Chebyshev T, U, V, W (and the shifted ones, on [0, 1]: the same at 2x - 1), Hermite H
(physicists') and He (probabilists'), Laguerre L, Legendre P.

As PyTorch's kernels: the three-term recurrence in the tensors' dtype (so float32 rounds as
PyTorch's float kernel does), the exact values at x = ±1, a closed form cos(n acos x) (and kin)
for high degrees inside (-1, 1), 0 for a negative degree, a degree given as a float truncated.
PyTorch does not differentiate them: their results never require grad.
"""
import math

import numpy as np

from ... import _dtypes
from ..._mt19937 import _fma64
from ...tensor import Tensor
from .. import _elementary as elementary
from .._registry import op, tables


def _fused(a, q, c, t):
    """a q - c as PyTorch's compiled kernels compute it: fused, one rounding."""
    if t is np.float32:  # the product is exact in float64
        return t(np.float64(a) * np.float64(q) - np.float64(c))
    a, q, c = np.float64(a), np.float64(q), np.float64(c)
    if not np.isfinite(a * q) or not np.isfinite(c):  # (the exact-product trick needs finite numbers)
        return t(a * q - c)
    return t(_fma64(a, q, -c))


def _chebyshev(x, n, first, t):
    """Degree ``n`` (at least 1) of the Chebyshev recurrence P(k+1) = 2x P(k) - P(k-1), each
    step fused, from P(0) = 1 and P(1) = ``first`` (T, U, V and W differ only there)."""
    p, q = t(1), first
    for _ in range(2, n + 1):
        p, q = q, _fused(x + x, q, p, t)
    return q


def _cheb_t(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 1:
        return t(1) if x > 0 or n % 2 == 0 else t(-1)
    if n > 6 and abs(x) < 1:
        return elementary.cos(t(n) * elementary.arccos(x))
    if n == 0:
        return t(1)
    return _chebyshev(x, n, x, t)


def _cheb_u(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 1:
        return t(n + 1) if x > 0 or n % 2 == 0 else t(-(n + 1))
    if n > 8 and abs(x) < 1:
        angle = elementary.arccos(x)
        if elementary.sin(angle) != 0:
            return elementary.sin(t(n + 1) * angle) / elementary.sin(angle)
        return t(n + 1) * elementary.cos(t(n + 1) * angle) / x
    if n == 0:
        return t(1)
    return _chebyshev(x, n, x + x, t)


def _cheb_v(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 1:
        if x > 0:
            return t(1)
        return t(n + n + 1) if n % 2 == 0 else t(-(n + n + 1))
    if n > 8 and abs(x) < 1:
        angle = elementary.arccos(x)
        if elementary.sin(angle / t(2)) != 1:
            return elementary.cos((t(n) + t(0.5)) * angle) / elementary.cos(angle / t(2))
        return t(n + n + 1) if n % 2 == 0 else t(-(n + n + 1))
    if n == 0:
        return t(1)
    return _chebyshev(x, n, x + x - t(1), t)


def _cheb_w(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 1:
        if x > 0:
            return t(n + n + 1)
        return t(1) if n % 2 == 0 else t(-1)
    if n > 8 and abs(x) < 1:
        angle = elementary.arccos(x)
        if elementary.cos(angle / t(2)) != 1:
            return elementary.sin((t(n) + t(0.5)) * angle) / elementary.sin(angle / t(2))
        if x > 0:
            return t(n + n + 1)
        return t(1) if n % 2 == 0 else t(-1)
    if n == 0:
        return t(1)
    return _chebyshev(x, n, x + x + t(1), t)


def _hermite_h(x, n, t):
    if n < 0:
        return t(0)
    if n == 0:
        return t(1)
    if n == 1:
        return x + x
    p, q = t(1), x + x
    for k in range(2, n + n, 2):
        p, q = q, _fused(x + x, q, t(k) * p, t)
    return q


def _hermite_he(x, n, t):
    if n < 0:
        return t(0)
    if n == 0:
        return t(1)
    if n == 1:
        return x
    p, q = t(1), x
    for k in range(1, n):
        p, q = q, _fused(x, q, t(k) * p, t)
    return q


def _laguerre(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 0:
        return t(1)
    if n == 0:
        return t(1)
    if n == 1:
        return t(1) - x
    p, q = t(1), t(1) - x
    for k in range(1, n):
        p, q = q, _fused(t(k + k) + (t(1) - x), q, t(k) * p, t) / t(k + 1)
    return q


def _legendre(x, n, t):
    if n < 0:
        return t(0)
    if abs(x) == 1:
        return t(1) if x > 0 or n % 2 == 0 else t(-1)
    if n == 0:
        return t(1)
    if n == 1:
        return x
    p, q = t(1), x
    for k in range(1, n):
        p, q = q, _fused(t(k + k + 1) * x, q, t(k) * p, t) / t(k + 1)
    return q


def _shifted(kernel):
    def shifted(x, n, t):
        return kernel(x + x - t(1), n, t)

    return shifted


def _degree(n):
    """PyTorch's static_cast<int64_t>(n): a float degree truncated (nan and inf: x86's
    conversion gives the smallest int64, a negative degree)."""
    return int(n) if math.isfinite(n) else -1


def _family(kernel, name):
    def fn(input, n, *, out=None):
        arrays = [v._data if isinstance(v, Tensor) else np.asarray(v) for v in (input, n)]
        floats = [a.dtype for v, a in zip((input, n), arrays) if isinstance(v, Tensor) and a.dtype.kind == "f"]
        dtype = np.result_type(*floats) if floats else _dtypes.default_np_float()
        t = dtype.type
        xs, ns = np.broadcast_arrays(arrays[0].astype(dtype), arrays[1].astype(dtype))
        out = np.empty(xs.shape, dtype=dtype)
        with np.errstate(all="ignore"):
            for i in np.ndindex(xs.shape):
                out[i] = kernel(t(xs[i]), _degree(float(ns[i])), t)
        return Tensor._make(out, False, None)

    fn.__name__ = fn.__qualname__ = name
    return fn


for _kernel, _name in ((_cheb_t, "chebyshev_polynomial_t"), (_cheb_u, "chebyshev_polynomial_u"),
                       (_cheb_v, "chebyshev_polynomial_v"), (_cheb_w, "chebyshev_polynomial_w"),
                       (_hermite_h, "hermite_polynomial_h"), (_hermite_he, "hermite_polynomial_he"),
                       (_laguerre, "laguerre_polynomial_l"), (_legendre, "legendre_polynomial_p"),
                       (_shifted(_cheb_t), "shifted_chebyshev_polynomial_t"),
                       (_shifted(_cheb_u), "shifted_chebyshev_polynomial_u"),
                       (_shifted(_cheb_v), "shifted_chebyshev_polynomial_v"),
                       (_shifted(_cheb_w), "shifted_chebyshev_polynomial_w")):
    op(f"special_{_name}", function=False, method=False, special=(_name,))(_family(_kernel, _name))


FUNCTIONS, METHODS = tables(__name__)
