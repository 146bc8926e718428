"""PyTorch's CPU random numbers, reproduced on NumPy.

Why this module exists: a learner who writes ``torch.manual_seed(0); print(torch.randn(3))`` or
prints the weights of a fresh ``nn.Linear`` expects the numbers PyTorch prints. Those numbers
are fixed by PyTorch's CPU generator and by the way each random function turns its output into
values, so this module follows both:

* The generator is the 32-bit Mersenne Twister (mt19937) seeded with the standard
  ``init_genrand`` (only the low 32 bits of the seed count). NumPy's ``MT19937`` bit generator
  with its legacy seeding produces the same stream of 32-bit words; a 64-bit draw is two words,
  the first one the high half.
* float32 uniforms use the low 24 bits of one word times 2**-24; float64 uniforms the low 53
  bits of a 64-bit draw times 2**-53. ``low + u * (high - low)`` is computed in the tensor's
  dtype.
* Normals for a contiguous tensor of 16 or more elements: all uniforms are drawn first, then
  Box-Muller runs over blocks of 16 (element j pairs with j + 8); when the size is not a
  multiple of 16 the last 16 elements are drawn again and recomputed. float32 goes through
  PyTorch's AVX2 kernel (the Cephes-style ``log256_ps``/``sincos256_ps`` polynomials, which
  this module evaluates step by step in float32) -- that is the kernel PyTorch uses on any
  x86 CPU with AVX2 or AVX-512. float64 uses the C library's log, cos and sin.
* Fewer than 16 elements: a scalar Box-Muller in float64 from two 64-bit uniforms, whose second
  sample (``r * sin``) is cached in the generator for the next scalar normal, as PyTorch does.
* ``randint``: ``low + draw % (high - low)``, with a 64-bit draw when the range is 2**28 or more
  (measured on PyTorch 2.13 for int32, int64, float64). ``randperm``: Fisher-Yates with 32-bit draws.

One ``Generator`` state exists per process (``autograd_tutor.random`` owns it).
"""
import math
import os

import numpy as np

_F32 = np.float32


class MT19937:
    """The mt19937 stream plus PyTorch's cached second Box-Muller sample."""

    def __init__(self, seed=5489):
        self._bg = np.random.MT19937()
        self.seed(seed)

    def seed(self, seed):
        self._bg._legacy_seeding(int(seed) & 0xFFFFFFFF)
        self.next_double_normal = None

    def words(self, n):
        """``n`` 32-bit draws as a uint64 array."""
        if n <= 0:
            return np.zeros(0, dtype=np.uint64)
        return self._bg.random_raw(int(n))

    def words64(self, n):
        """``n`` 64-bit draws, each two 32-bit words with the first as the high half."""
        w = self.words(2 * n)
        return (w[0::2] << np.uint64(32)) | w[1::2]

    def get_state(self):
        return self._bg.state, self.next_double_normal

    def set_state(self, state):
        self._bg.state, self.next_double_normal = state


# ---------------------------------------------------------------------------------- uniform

def uniform(gen, n, np_dtype, low=0.0, high=1.0):
    """``n`` uniforms on [low, high) in PyTorch's order and rounding."""
    if np_dtype == np.float64:
        x = (gen.words64(n) & np.uint64((1 << 53) - 1)).astype(np.float64) * (2.0 ** -53)
        lo, hi = np.float64(low), np.float64(high)
    else:
        x = (gen.words(n) & np.uint64((1 << 24) - 1)).astype(np.float32) * _F32(2.0 ** -24)
        lo, hi = _F32(low), _F32(high)
    if low == 0.0 and high == 1.0:
        return x.astype(np_dtype, copy=False)
    return _fma(x, hi - lo, lo, x.dtype).astype(np_dtype, copy=False)


def _fma(a, b, c, dtype):
    """``a * b + c`` rounded once, as the fused multiply-add PyTorch's compiled kernels use.

    float32 operands: the product is exact in float64 and the sum is rounded to float64 and
    then to float32 (differs from one rounding only in astronomically rare ties).
    """
    if dtype == np.float32:
        return _fma32(a, b, c)
    return _fma64(np.asarray(a, np.float64), np.float64(b), np.float64(c))


def _split(a):
    t = a * 134217729.0  # 2**27 + 1 (Veltkamp)
    hi = t - (t - a)
    return hi, a - hi


def _fma64(a, b, c):
    """float64 ``a * b + c`` with the product's rounding error carried (Dekker's exact
    product, then an error-free sum), so the result is the fused one except in rare ties."""
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    s = p + c
    bp = s - p
    t = (p - (s - bp)) + (c - bp)
    return s + (t + e)


# ----------------------------------------------------------------------------------- normal

def normal(gen, n, np_dtype, mean=0.0, std=1.0, contiguous=True):
    """``n`` normals as PyTorch's CPU ``normal_`` fills a tensor of ``np_dtype``."""
    if n >= 16 and contiguous:
        if np_dtype == np.float32:
            return _normal_fill(gen, n, np.float32, mean, std, _box_muller16_avx2)
        if np_dtype == np.float64:
            return _normal_fill(gen, n, np.float64, mean, std, _box_muller16_f64)
    out = np.empty(n, dtype=np.float64)
    for i in range(n):
        out[i] = _scalar_normal(gen) * std + mean
    return out.astype(np_dtype)


def _scalar_normal(gen):
    cached = gen.next_double_normal
    if cached is not None:
        gen.next_double_normal = None
        return cached
    u1, u2 = uniform(gen, 2, np.float64).tolist()
    r = math.sqrt(-2.0 * math.log1p(-u2))
    theta = 2.0 * math.pi * u1
    gen.next_double_normal = r * math.sin(theta)
    return r * math.cos(theta)


def _normal_fill(gen, n, dtype, mean, std, block16):
    data = uniform(gen, n, dtype)
    full = n - n % 16
    data[:full] = block16(data[:full].reshape(-1, 16), mean, std).reshape(-1)
    if n % 16:
        tail = uniform(gen, 16, dtype).reshape(1, 16)
        data[n - 16:] = block16(tail, mean, std).reshape(-1)
    return data


def _box_muller16_f64(blocks, mean, std):
    u1 = 1.0 - blocks[:, :8]
    u2 = blocks[:, 8:]
    radius = np.sqrt(-2.0 * _libm(math.log, u1))
    theta = 2.0 * math.pi * u2
    out = np.empty_like(blocks)
    out[:, :8] = _fma(radius * _libm(math.cos, theta), std, mean, np.float64)
    out[:, 8:] = _fma(radius * _libm(math.sin, theta), std, mean, np.float64)
    return out


def _libm(fn, x):
    """The C library's function element by element (PyTorch calls it; NumPy's may round
    differently in the last bit)."""
    flat = x.reshape(-1).tolist()
    return np.array([fn(v) for v in flat], dtype=np.float64).reshape(x.shape)


def _box_muller16_avx2(blocks, mean, std):
    one = _F32(1.0)
    u1 = one - blocks[:, :8]
    u2 = blocks[:, 8:]
    radius = np.sqrt(_F32(-2.0) * _log256(u1))
    theta = _F32(2.0 * math.pi) * u2
    s, c = _sincos256(theta)
    out = np.empty_like(blocks)
    out[:, :8] = _fma(radius * c, _F32(std), _F32(mean), np.float32)
    out[:, 8:] = _fma(radius * s, _F32(std), _F32(mean), np.float32)
    return out


# float32 constants of the Cephes polynomials in PyTorch's avx_mathfun.h
_LOG_P = [_F32(v) for v in (7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1,
                            1.4249322787E-1, -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1,
                            3.3333331174E-1)]
_LOG_Q1, _LOG_Q2 = _F32(-2.12194440e-4), _F32(0.693359375)
_SQRTHF = _F32(0.707106781186547524)
_DP = [_F32(v) for v in (-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8)]
_SINCOF = [_F32(v) for v in (-1.9515295891E-4, 8.3321608736E-3, -1.6666654611E-1)]
_COSCOF = [_F32(v) for v in (2.443315711809948E-005, -1.388731625493765E-003, 4.166664568298827E-002)]
_FOPI = _F32(1.27323954473516)
_HALF = _F32(0.5)


def _fma32(a, b, c):
    """float32 ``a * b + c`` with one rounding (GCC fuses these multiply-adds in PyTorch's
    AVX2 kernel); the float64 product is exact, the float64 sum is rounded twice, which
    changes the float32 result only when it lands exactly on a float32 rounding midpoint."""
    return (np.asarray(a, np.float64) * np.float64(b) + np.asarray(c, np.float64)).astype(np.float32)


def _log256(x):
    """Natural log of positive float32 values, operation for operation as ``log256_ps``."""
    x = np.maximum(x, np.float32(np.finfo(np.float32).tiny))
    bits = x.view(np.int32)
    e = ((bits >> 23) - 0x7F).astype(np.float32) + _F32(1.0)
    m = ((bits & ~0x7F800000) | np.int32(0x3F000000)).view(np.float32)
    small = m < _SQRTHF
    e = e - np.where(small, _F32(1.0), _F32(0.0))
    x = (m - _F32(1.0)) + np.where(small, m, _F32(0.0))
    z = x * x
    y = np.full_like(x, _LOG_P[0])
    for p in _LOG_P[1:]:
        y = _fma32(y, x, p)
    y = y * x
    y = _fma32(y, z, e * _LOG_Q1)
    y = y - z * _HALF
    x = x + y
    return x + e * _LOG_Q2


def _sincos256(x):
    """(sin, cos) of float32 values, operation for operation as ``sincos256_ps``."""
    sign_sin = np.signbit(x)
    x = np.abs(x)
    j = (x * _FOPI).astype(np.int32)
    j = (j + 1) & ~1
    y = j.astype(np.float32)
    swap_sin = (j & 4) != 0
    poly = (j & 2) == 0
    x = _fma32(y, _DP[0], x)
    x = _fma32(y, _DP[1], x)
    x = _fma32(y, _DP[2], x)
    sign_cos = ((~(j - 2)) & 4) != 0
    sign_sin = sign_sin ^ swap_sin
    z = x * x
    yc = _fma32(z, _COSCOF[0], _COSCOF[1])
    yc = _fma32(yc, z, _COSCOF[2])
    yc = yc * z
    yc = _fma32(yc, z, -(z * _HALF))
    yc = yc + _F32(1.0)
    ys = _fma32(z, _SINCOF[0], _SINCOF[1])
    ys = _fma32(ys, z, _SINCOF[2])
    ys = ys * z
    ys = _fma32(ys, x, x)
    sin = np.where(poly, ys, yc)
    cos = np.where(poly, yc, ys)
    sin = np.where(sign_sin, -sin, sin)
    cos = np.where(sign_cos, -cos, cos)
    return sin, cos


# ----------------------------------------------------------------- exponential, bernoulli

def exponential(gen, n, np_dtype, lambd=1.0):
    """``n`` draws of ``exponential_(lambd)``: one float64 uniform each, ``-1/lambd *
    log1p(-u)`` in float64 with the C library's log1p (NumPy's differs in the last bit),
    then cast to the tensor's dtype (measured on PyTorch 2.13 for float32 and float64)."""
    u = uniform(gen, n, np.float64)
    scale = -1.0 / float(lambd)
    return np.array([scale * math.log1p(-v) for v in u.tolist()], dtype=np.float64).astype(np_dtype)


def bernoulli(gen, p):
    """``torch.bernoulli(p)`` for a float array ``p``: one uniform of p's own dtype per element
    (24 bits for float32, 53 for float64), in the output's order, True where it is below p."""
    flat = np.ascontiguousarray(p).reshape(-1)
    u = uniform(gen, flat.size, flat.dtype.type)
    return (u < flat).reshape(np.shape(p))


# ---------------------------------------------------------------------------------- gamma

def _c_sqrt(v):
    return math.sqrt(v) if v >= 0 else math.nan  # C's sqrt: nan below 0 (Python's raises)


def _c_pow(a, b):
    try:
        return math.pow(a, b)
    except (ValueError, OverflowError):
        return float(np.power(np.float64(a), np.float64(b)))


def _sample_gamma(gen, alpha, f32):
    """One Gamma(alpha, 1) draw as PyTorch's ``sample_gamma``: Marsaglia and Tsang's rejection
    method on double normals (the cached Box-Muller pair) and double uniforms, with ``alpha < 1``
    boosted by ``u ** (1 / alpha)``. With a float32 alpha, the steps PyTorch writes in float
    (``1 / alpha``, ``alpha + 1``, ``alpha - 1/3``) are float32 here too."""
    F = np.float32 if f32 else np.float64
    alpha = F(alpha)
    scale = 1.0
    if alpha < 1.0:
        if alpha == 0:
            return 0.0
        scale *= _c_pow(1.0 - float(uniform(gen, 1, np.float64)[0]), float(F(1.0) / alpha))
        alpha = F(alpha + F(1.0))
    d = float(F(alpha - F(_F32(1.0) / _F32(3.0))))
    c = 1.0 / _c_sqrt(9.0 * d)
    while True:
        while True:
            x = _scalar_normal(gen)
            y = 1.0 + c * x
            if not y <= 0:  # nan leaves the loop, as in C
                break
        v = y * y * y
        u = 1.0 - float(uniform(gen, 1, np.float64)[0])
        xx = x * x
        if u < 1.0 - float(_F32(0.0331)) * xx * xx:
            return scale * d * v
        if math.log(u) < 0.5 * xx + d * (1.0 - v + (math.log(v) if v > 0 else math.nan)):
            return scale * d * v


def standard_gamma(gen, alpha, np_dtype):
    """``torch._standard_gamma(alpha)``: one draw per element in order, cast to the dtype and
    kept at or above its smallest normal number (a nan draw becomes that number, as C's max)."""
    flat = np.ascontiguousarray(alpha, dtype=np_dtype).reshape(-1).tolist()
    tiny = np.finfo(np_dtype).tiny
    f32 = np.dtype(np_dtype) == np.float32
    out = np.empty(len(flat), dtype=np_dtype)
    for i, a in enumerate(flat):
        s = np_dtype(_sample_gamma(gen, a, f32))
        out[i] = s if tiny < s else tiny
    return out.reshape(np.shape(alpha))


def dirichlet_gammas(gen, alpha):
    """The float64 Gamma draws ``torch._sample_dirichlet(alpha)`` normalises (one per element, at
    or above float64's smallest normal number)."""
    flat = np.ascontiguousarray(alpha, dtype=np.float64).reshape(-1).tolist()
    tiny = np.finfo(np.float64).tiny
    gamma = np.empty(len(flat), dtype=np.float64)
    for i, a in enumerate(flat):
        s = _sample_gamma(gen, a, False)
        gamma[i] = s if tiny < s else tiny
    return gamma.reshape(np.shape(alpha))


# -------------------------------------------------------------------------------- poisson

def _sample_poisson(gen, lam):
    """One Poisson(lam) draw as PyTorch's ``sample_poisson``: Hoermann's transformed rejection
    (1993) from lam = 10 on, below it the product of double uniforms until it falls under e^-lam."""
    if lam >= 10:
        slam, loglam = math.sqrt(lam), math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            U = float(uniform(gen, 1, np.float64)[0]) - 0.5
            V = float(uniform(gen, 1, np.float64)[0])
            us = 0.5 - abs(U)
            k = math.floor((2 * a / us + b) * U + lam + 0.43)
            if us >= 0.07 and V <= vr:
                return k
            if k < 0 or (us < 0.013 and V > us):
                continue
            if (math.log(V) + math.log(invalpha) - math.log(a / (us * us) + b)
                    <= -lam + k * loglam - math.lgamma(k + 1.0)):
                return k
    if lam == 0:
        return 0
    enlam = math.exp(-lam)
    count, prod = 0, 1.0
    while True:
        prod *= float(uniform(gen, 1, np.float64)[0])
        if prod > enlam:
            count += 1
        else:
            return count


def poisson(gen, rates):
    """``torch.poisson(rates)``: one draw per element in order, in the rates' dtype."""
    flat = np.ascontiguousarray(rates, dtype=np.float64).reshape(-1).tolist()
    return np.array([_sample_poisson(gen, r) for r in flat], dtype=rates.dtype).reshape(np.shape(rates))


# ------------------------------------------------------------------------------ integers

def randint(gen, n, low, high):
    """``n`` integers on [low, high) as an int64 array (the caller casts to the dtype)."""
    rng = int(high) - int(low)
    if rng >= 1 << 28:
        draws = gen.words64(n)
    else:
        draws = gen.words(n)
    return (draws % np.uint64(rng)).astype(np.int64) + np.int64(low)


def randperm(gen, n):
    perm = np.arange(n, dtype=np.int64)
    draws = gen.words(max(n - 1, 0)).tolist()
    for i in range(n - 1):
        z = draws[i] % (n - i) + i
        perm[i], perm[z] = perm[z], perm[i]
    return perm


def fresh_seed():
    """A non-deterministic 64-bit seed, as ``torch.seed()`` draws."""
    return int.from_bytes(os.urandom(8), "little")
