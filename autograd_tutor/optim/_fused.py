"""``a + alpha * b`` rounded once, as PyTorch's CPU kernels compute ``add(a, b, alpha=...)``.

PyTorch's vectorised add-with-alpha is a fused multiply-add: one rounding, not two. NumPy has no
fused multiply-add, but for float32 the product of two float32 numbers is exact in float64, so
computing in float64 and rounding to float32 once gives the same bits. Without this, about 2% of
an optimizer's float32 parameters differ from PyTorch's in the last bit after each step.

The float64 detour costs about three times the plain float32 update, so tensors above
``EXACT_LIMIT`` elements (network weights rather than the tensors of a tutorial) take the plain
float32 update, whose last bit may differ from PyTorch's. float64 tensors always do: a float64
fused multiply-add has no wider NumPy type to be emulated in.
"""
import numpy as np

EXACT_LIMIT = 1 << 16
_FLOAT32 = np.dtype(np.float32)  # compared with ``==`` as np.float32 is, without converting the type each time
_FLOAT32_MAX = float(np.finfo(np.float32).max)
_last_alpha = (None, None)  # (alpha, _exact_alpha(alpha)) for the last ordinary alpha


def add_scaled(a, b, alpha, out=None):
    """``a + alpha * b`` with PyTorch's rounding; into ``out`` (e.g. ``a`` itself) if given."""
    if a.dtype == _FLOAT32 and a.size <= EXACT_LIMIT:
        exact_alpha = _exact_alpha(alpha)
        if out is not None:
            # The exact product added in float64, then rounded to out's float32 as it is stored:
            # the same two roundings as below, without the float64 result array.
            return np.add(np.multiply(b, exact_alpha), a, out=out, casting="unsafe")
        # (``out`` keeps 0-dim results arrays, not scalars)
        exact = np.multiply(b, exact_alpha, out=np.empty(np.shape(b), np.float64))
        np.add(exact, a, out=exact)  # the one rounding that matters (to float64, then float32)
        return exact.astype(np.float32)
    if out is None:
        return a + alpha * b
    return np.add(a, alpha * b, out=out, casting="unsafe")


def _exact_alpha(alpha):
    """alpha rounded to float32 (PyTorch casts it to the tensor's type), as a float64 0-dim array:
    its product with a float32 array is float64 (a 0-dim array keeps its type), so exact: 24-bit
    x 24-bit fits in 53. Making it costs about a third of an 8x8 update, and an optimizer passes
    the same alpha step after step, so the last one is kept; only for ordinary floats (nonzero,
    within float32's range), as equal values then give equal bits (-0. and 0. would not) and no
    overflow warning is skipped."""
    global _last_alpha
    last, exact = _last_alpha
    if type(alpha) is float and alpha == last:
        return exact
    exact = np.array(np.float32(alpha), np.float64)
    if type(alpha) is float and 0 < abs(alpha) <= _FLOAT32_MAX:
        exact.flags.writeable = False  # shared by later calls
        _last_alpha = (alpha, exact)
    return exact


def lerp_(start, end, weight):
    """``start.lerp_(end, weight)`` in place, as PyTorch's CPU kernel: the weight in the tensor's
    type, then one fused multiply-add, ``start + w * (end - start)`` for |w| < 0.5 and
    ``end + (w - 1) * (end - start)`` otherwise."""
    if start.dtype == _FLOAT32:
        w = np.float32(weight)
        diff = end - start  # rounded to float32, as the kernel's ``end - start``
        if abs(w) < 0.5:
            return add_scaled(start, diff, w, out=start)
        return add_scaled(end, diff, w - np.float32(1), out=start)
    if abs(weight) < 0.5:
        start += weight * (end - start)
    else:
        start[...] = end - (end - start) * (1 - weight)
    return start


def add_product_(a, b, c, value):
    """``a.addcmul_(b, c, value=value)`` in place, as PyTorch's CPU kernel: ``value * b`` rounded,
    then one fused multiply-add with ``c``."""
    if a.dtype == _FLOAT32 and a.size <= EXACT_LIMIT:
        scaled = np.multiply(b, np.float32(value), dtype=np.float32)
        exact = np.multiply(scaled, c, dtype=np.float64, out=np.empty(np.shape(scaled), np.float64))  # exact
        np.add(exact, a, out=exact)
        np.copyto(a, exact, casting="unsafe")
        return a
    a += value * b * c
    return a
