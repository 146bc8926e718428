"""The normal distribution's special functions on NumPy arrays, in float64 element by element
(teaching sizes), returned in the input's dtype: erfcx(x) = e^(x²) erfc(x), log_ndtr(x) = log Φ(x)
and ndtri(p) = Φ⁻¹(p), with Φ(x) = erfc(-x/√2) / 2.

erfcx uses the C library's erfc where e^(x²) erfc(x) is exact enough (|x| < 2), and the continued
fraction erfc(x) = e^(-x²)/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + ...)))) beyond it, where erfc itself
would underflow. log_ndtr is PyTorch's formula on top of it; ndtri solves log Φ(x) = log p by
Newton's method from a first guess, so tails down to p = 1e-300 keep full relative precision.
"""
import math

import numpy as np

_SQRT_PI = math.sqrt(math.pi)
_SQRT_HALF = math.sqrt(0.5)
_FRACTION_DEPTH = 120


def _erfcx(x, single=False):
    """``single``: x² rounded to float32 first, as PyTorch's float kernel squares (below zero,
    e^(x²) magnifies that rounding: its float results differ from the exact ones by up to 50 ulp)."""
    if math.isnan(x):
        return x
    if x < 0:
        square = float(np.float32(x) * np.float32(x)) if single else x * x
        try:
            return 2 * math.exp(square) - _erfcx(-x)
        except OverflowError:  # e^(x²) beyond the double range (x < -26.6)
            return math.inf
    if x < 2:
        return math.erfc(x) * math.exp(x * x)
    if x == math.inf:
        return 0.0
    tail = 0.0
    for k in range(_FRACTION_DEPTH, 0, -1):  # the continued fraction, from its far end
        tail = (k / 2) / (x + tail)
    return 1 / (_SQRT_PI * (x + tail))


def _log_ndtr(x, single=False):
    """``single``: above -1, erfc's value rounded to float32 first, as PyTorch's float kernel
    has it (far right, where it is subnormal, that rounding decides the result)."""
    if math.isnan(x):
        return x
    if x == -math.inf:
        return x
    t = x * _SQRT_HALF
    if x < -1:
        return math.log(_erfcx(-t) / 2) - t * t
    if single:
        t = float(np.float32(x) * np.float32(_SQRT_HALF))
        return math.log1p(float(-np.float32(math.erfc(t)) / np.float32(2)))
    return math.log1p(-math.erfc(t) / 2)


def _ndtri(p):
    if math.isnan(p) or p < 0 or p > 1:
        return math.nan
    if p == 0:
        return -math.inf
    if p == 1:
        return math.inf
    if p > 0.5:
        return -_ndtri(1 - p)  # 1 - p is exact for p >= 0.5
    if p >= 0.1:  # Newton on Φ(x) - 1/2 = erf(x/√2) / 2 = p - 1/2 (exact): no cancellation near 0
        q, x = p - 0.5, math.sqrt(2 * math.pi) * (p - 0.5)
        for _ in range(100):
            step = (math.erf(x * _SQRT_HALF) / 2 - q) / (math.exp(-x * x / 2) / math.sqrt(2 * math.pi))
            x -= step
            if abs(step) <= 1e-17 * abs(x):
                break
        return x
    # a first guess, then Newton on log Φ(x) = log p: d log Φ / dx = √(2/π) / erfcx(-x/√2)
    x = -math.sqrt(-2 * math.log(p))
    target = math.log(p)
    for _ in range(100):
        step = (_log_ndtr(x) - target) * _erfcx(-x * _SQRT_HALF) / math.sqrt(2 / math.pi)
        x -= step
        if abs(step) <= 1e-17 * abs(x):
            break
    return x


def _elementwise(fn, single=None):
    each = np.frompyfunc(lambda v: fn(float(v)), 1, 1)
    each_single = np.frompyfunc(lambda v: single(float(v)), 1, 1) if single else each

    def apply(x):
        x = np.asarray(x)
        out = (each_single if x.dtype == np.float32 else each)(x.astype(np.float64))
        return np.asarray(out, dtype=np.float64).astype(x.dtype, copy=False)

    return apply


erfcx = _elementwise(_erfcx, single=lambda v: _erfcx(v, single=True))
log_ndtr = _elementwise(_log_ndtr, single=lambda v: _log_ndtr(v, single=True))
ndtri = _elementwise(_ndtri)
