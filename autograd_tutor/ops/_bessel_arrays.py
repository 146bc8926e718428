"""The modified Bessel functions of the first kind I0 and I1, and their exponentially scaled
forms i0e(x) = e^-|x| I0(x), i1e(x) = e^-|x| I1(x), on NumPy arrays: computed in float64 element
by element (teaching sizes), returned in the input's dtype.

Two classic expansions, each where it converges fast: the power series
I_n(x) = (x/2)^n sum_k (x²/4)^k / (k! (k+n)!) for |x| <= 30 (all terms positive: no cancellation),
and Hankel's asymptotic series e^x / sqrt(2πx) sum_k (-1)^k a_k(n) / x^k beyond, whose terms keep
falling to about e^-2x before they grow (below 1e-26 from x = 30 on).
"""
import math

import numpy as np

_SERIES_UP_TO = 30.0
_EPS = 2.0 ** -56


def _series(n, x):
    """sum_k (x²/4)^k / (k! (k+n)!), times (x/2)^n."""
    quarter = x * x / 4
    term = 1.0 / math.factorial(n)
    total, k = term, 0
    while True:
        k += 1
        term *= quarter / (k * (k + n))
        total += term
        if term <= total * _EPS:
            return total * (x / 2) ** n


def _scaled_asymptotic(n, x):
    """e^-x I_n(x) for a large positive x: Hankel's series, summed while its terms fall."""
    mu = 4.0 * n * n
    term, total, k = 1.0, 1.0, 0
    while True:
        k += 1
        nxt = -term * (mu - (2 * k - 1) ** 2) / (k * 8 * x)
        if abs(nxt) >= abs(term) or abs(nxt) <= abs(total) * _EPS:
            return total / math.sqrt(2 * math.pi * x)
        term = nxt
        total += term


def _i0e(x):
    a = abs(x)
    if math.isnan(a):
        return a
    if a == math.inf:
        return 0.0
    return _series(0, a) * math.exp(-a) if a <= _SERIES_UP_TO else _scaled_asymptotic(0, a)


def _i1e(x):
    a = abs(x)
    if math.isnan(a):
        return a
    if a == math.inf:
        return math.copysign(0.0, x)
    value = _series(1, a) * math.exp(-a) if a <= _SERIES_UP_TO else _scaled_asymptotic(1, a)
    return -value if x < 0 else value  # i1e(-0.) is 0., as PyTorch's


def _i0(x):
    a = abs(x)
    if math.isnan(a) or a == math.inf:  # inf: nan, as PyTorch's kernel gives (inf times 0)
        return math.nan
    if a <= _SERIES_UP_TO:
        return _series(0, a)
    return _scaled_asymptotic(0, a) * float(np.exp(np.float64(a)))  # inf past 713, no OverflowError


def _i1(x):
    a = abs(x)
    if math.isnan(a) or a == math.inf:  # inf: nan, as PyTorch's kernel gives
        return math.nan
    value = _series(1, a) if a <= _SERIES_UP_TO else _scaled_asymptotic(1, a) * float(np.exp(np.float64(a)))
    return -value if x < 0 else value  # i1(-0.) is 0., as PyTorch's


def _elementwise(fn):
    each = np.frompyfunc(lambda v: fn(float(v)), 1, 1)

    def apply(x):
        x = np.asarray(x)
        with np.errstate(over="ignore"):
            out = each(x.astype(np.float64))
        return np.asarray(out, dtype=np.float64).astype(x.dtype, copy=False)

    return apply


i0 = _elementwise(_i0)
i0e = _elementwise(_i0e)
i1 = _elementwise(_i1)
i1e = _elementwise(_i1e)
