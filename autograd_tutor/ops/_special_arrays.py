"""lgamma, digamma, polygamma and erfinv on NumPy arrays, computed in float64 element by element
(teaching sizes) and returned in the input's dtype. The scalars are NumPy float64s, whose
arithmetic gives IEEE's inf and nan where Python's floats would raise (1 / 0., sin(inf)).

digamma, trigamma and the Hurwitz zeta function behind the higher polygammas follow the classic
Cephes algorithms PyTorch's CPU kernels use (shift the argument up, then an asymptotic series;
reflection for negative arguments), so their special values agree too: poles give inf, negative
integers nan for digamma, trigamma(-1) a huge finite number from sin(-pi) != 0, as in PyTorch.
"""
import ctypes
import ctypes.util
import math
from fractions import Fraction

import numpy as np

_MACHEP = 2.0 ** -53


def _bernoulli(count):
    """B_2, B_4, ... B_{2 count} as exact fractions (the recurrence sum_k C(m+1, k) B_k = 0)."""
    b = [Fraction(1)]
    for m in range(1, 2 * count + 1):
        b.append(-sum(math.comb(m + 1, k) * b[k] for k in range(m)) / (m + 1))
    return [b[2 * j] for j in range(1, count + 1)]


# Euler-Maclaurin divisors of the zeta tail: (2j)! / B_2j (12, -720, 30240, ...)
_ZETA_DIVISORS = [float(math.factorial(2 * j) / b) for j, b in enumerate(_bernoulli(12), start=1)]
# digamma's asymptotic series: B_2j / (2j) for z = 1 / x^2, highest power first
_DIGAMMA_SERIES = [float(b / (2 * j)) for j, b in reversed(list(enumerate(_bernoulli(7), start=1)))]
_PSI_10 = 2.25175258906672110764  # digamma(10)


def _c_lgamma():
    """The C library's lgamma, accurate also near its roots 1 and 2 (Python's math.lgamma loses
    relative precision there); None where there is no C math library to load."""
    try:
        found = ctypes.CDLL(ctypes.util.find_library("m")).lgamma
    except (OSError, AttributeError, TypeError):
        return None
    found.restype, found.argtypes = ctypes.c_double, [ctypes.c_double]
    return found


_LGAMMA_DOUBLE = _c_lgamma()


def _lgamma(x):
    if math.isnan(x):
        return x
    if _LGAMMA_DOUBLE is not None and type(x) is np.float64:
        return _LGAMMA_DOUBLE(x)
    try:  # float32: math.lgamma rounded is PyTorch's float value more often than C's lgammaf
        return math.lgamma(x)
    except ValueError:  # a pole (0, a negative integer)
        return math.inf


def _digamma(x):
    if x == 0:
        return math.copysign(math.inf, -x)  # +-0 -> -+inf
    if x < 0:
        if x == np.trunc(x):
            return math.nan
        r = np.float64(np.modf(x)[0])  # tan(pi * fraction) is more accurate than tan(pi * x)
        return _digamma(1 - x) - type(x)(np.pi / np.tan(np.pi * r))  # in double, as PyTorch's
    shift = 0.0
    while x < 10:
        shift -= 1 / x
        x += 1
    if x == 10:
        return shift + _PSI_10
    series = 0.0
    if x < 1e17:
        z = 1 / (x * x)
        for c in _DIGAMMA_SERIES:
            series = series * z + c
        series *= z
    return shift + np.log(x) - 0.5 / x - series


def _trigamma(x):
    sign, result = 1.0, 0.0
    if x < 0.5:  # reflection: trigamma(x) + trigamma(1 - x) = pi^2 / sin^2(pi x)
        sign = -1.0
        s = np.sin(np.pi * x)
        result -= np.pi * np.pi / (s * s)
        x = 1 - x
    for _ in range(6):
        result += 1 / (x * x)
        x += 1
    ixx = 1 / (x * x)
    result += (1 + 1 / (2 * x) + ixx * (1 / 6 - ixx * (1 / 30 - ixx * (1 / 42)))) / x
    return sign * result


def _zeta(s, q):
    """Hurwitz zeta sum_k (q + k)^-s for an integer s > 1: a direct sum up to q + k > 9, then
    the Euler-Maclaurin tail."""
    if q <= 0:
        if q == np.floor(q):
            return math.inf
    total = q ** -s
    a, i, b = q, 0, 0.0
    while i < 9 or a <= 9:
        i += 1
        a += 1
        b = a ** -s
        total += b
        if abs(b / total) < _MACHEP:
            return total
    w = a
    total += b * w / (s - 1) - 0.5 * b
    a, k = 1.0, 0.0
    for divisor in _ZETA_DIVISORS:
        a *= s + k
        b /= w
        t = a * b / divisor
        total += t
        if abs(t / total) < _MACHEP:
            return total
        k += 1
        a *= s + k
        b /= w
        k += 1
    return total


def _polygamma(n, x):
    if n == 0:
        return _digamma(x)
    if n == 1:
        return _trigamma(x)
    return (1.0 if n % 2 else -1.0) * np.exp(np.float64(math.lgamma(n + 1.0))) * _zeta(n + 1, x)


def _erfinv(y):
    """The x with erf(x) = y: a first guess refined by Newton steps on erf, or on erfc near +-1
    (where 1 - y is exact and erf(x) - y would cancel)."""
    if math.isnan(y) or abs(y) > 1:
        return math.nan
    if abs(y) == 1:
        return math.copysign(math.inf, y)
    if y == 0:
        return y  # keeps -0.
    a = abs(y)
    if a < 0.5:
        x = math.sqrt(math.pi) / 2 * (a + math.pi / 12 * a ** 3)
    else:  # Winitzki's approximation, within 2e-3
        log_term = math.log((1 - a) * (1 + a))
        c = 2 / (math.pi * 0.147) + log_term / 2
        x = math.sqrt(math.sqrt(c * c - log_term / 0.147) - c)
    slope = 2 / math.sqrt(math.pi)
    for _ in range(6):
        step = (math.erf(x) - a) if a < 0.5 else (1 - a) - math.erfc(x)
        x -= step / (slope * math.exp(-x * x))
    return math.copysign(x, y)


def _elementwise(fn, in_float32=False):
    """``fn`` over an array; a float32 one (with ``in_float32``) in float32 arithmetic, as PyTorch's
    float kernel computes it."""
    in64 = np.frompyfunc(lambda v: fn(np.float64(v)), 1, 1)
    in32 = np.frompyfunc(lambda v: fn(np.float32(v)), 1, 1)

    def apply(x):
        x = np.asarray(x)
        single = in_float32 and x.dtype == np.float32
        out = (in32 if single else in64)(x.astype(np.float32 if single else np.float64))
        return np.asarray(out, dtype=np.float64).astype(x.dtype, copy=False)

    return apply


lgamma = _elementwise(_lgamma, in_float32=True)
digamma = _elementwise(_digamma, in_float32=True)
erfinv = _elementwise(_erfinv)


def polygamma(n, x):
    # PyTorch's float kernels compute digamma and trigamma in float, the zeta of higher orders in double
    return _elementwise(lambda v: _polygamma(n, v), in_float32=n <= 1)(x)


def _hurwitz(x, q):
    """Hurwitz's zeta for real x (PyTorch's zeta): inf at x = 1 and at q a pole (0, -1...), nan
    for x < 1 and for q < 0 with x not an integer (q^-x undefined)."""
    if math.isnan(x) or math.isnan(q):
        return math.nan
    if x == 1:
        return math.inf
    if x < 1:
        return math.nan
    if q <= 0 and q != np.floor(q) and x != np.floor(x):
        return math.nan
    return _zeta(x, q)


_hurwitz_elementwise = np.frompyfunc(lambda x, q: _hurwitz(np.float64(x), np.float64(q)), 2, 1)


def zeta(x, q):
    """Hurwitz's zeta of two arrays (or numbers), broadcast, in float64; the result in their
    common float dtype (the arrays', or float64 for numbers alone)."""
    dtype = np.result_type(*(a for a in (x, q) if isinstance(a, np.ndarray))) if any(
        isinstance(a, np.ndarray) for a in (x, q)) else np.float64
    with np.errstate(all="ignore"):
        out = _hurwitz_elementwise(np.asarray(x, dtype=np.float64), np.asarray(q, dtype=np.float64))
    return np.asarray(out, dtype=np.float64).astype(dtype, copy=False)


def _lower_series(a, x):
    """P(a, x) = x^a e^-x / Γ(a + 1) · sum_n x^n / ((a + 1) ... (a + n))."""
    term = total = 1.0
    k = a
    for _ in range(100000):
        k += 1
        term *= x / k
        total += term
        if abs(term) <= abs(total) * _MACHEP:
            break
    return total * math.exp(a * math.log(x) - x - math.lgamma(a + 1))


def _upper_fraction(a, x):
    """Q(a, x) = e^-x x^a / Γ(a) · 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - ...)), by Lentz's method."""
    tiny = 1e-300
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 100000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) <= _MACHEP:
            break
    return h * math.exp(a * math.log(x) - x - math.lgamma(a))


def _igamma_edges(a, x, lower):
    """PyTorch's (SciPy's) values at the edges of the domain, or None inside it."""
    if math.isnan(a) or math.isnan(x) or x < 0 or a < 0:
        return math.nan
    if a == 0:
        return (1.0 if lower else 0.0) if x > 0 else math.nan
    if x == 0:
        return 0.0 if lower else 1.0
    if math.isinf(a):
        return math.nan if math.isinf(x) else (0.0 if lower else 1.0)
    if math.isinf(x):
        return 1.0 if lower else 0.0
    return None


def _igamma(a, x):
    edge = _igamma_edges(a, x, True)
    if edge is not None:
        return edge
    return 1.0 - _upper_fraction(a, x) if x > 1 and x > a else _lower_series(a, x)


def _igammac(a, x):
    edge = _igamma_edges(a, x, False)
    if edge is not None:
        return edge
    return 1.0 - _lower_series(a, x) if x < 1 or x < a else _upper_fraction(a, x)


def _pairwise(fn):
    each = np.frompyfunc(lambda a, x: fn(float(a), float(x)), 2, 1)

    def apply(a, x):
        dtype = np.result_type(a, x)
        out = each(np.asarray(a, dtype=np.float64), np.asarray(x, dtype=np.float64))
        return np.asarray(out, dtype=np.float64).astype(dtype, copy=False)

    return apply


igamma = _pairwise(_igamma)
igammac = _pairwise(_igammac)
