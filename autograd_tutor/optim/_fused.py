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
_FLOAT32 = np.dtype(np.float32)


def add_scaled(a, b, alpha, out=None):
    """``a + alpha * b`` with PyTorch's rounding; into ``out`` (e.g. ``a`` itself) if given."""
    if a.dtype == np.float32 and a.size <= EXACT_LIMIT:
        alpha32 = np.float64(np.float32(alpha))  # PyTorch casts alpha to the tensor's type
        if out is not None:
            exact = np.multiply(b, alpha32, dtype=np.float64)  # exact: 24-bit x 24-bit fits in 53
            # Added in float64, then rounded to out's float32 as it is stored: the same two
            # roundings as below, without the float64 result array.
            return np.add(exact, a, out=out, casting="unsafe")
        # exact: 24-bit x 24-bit fits in 53 (``out`` keeps 0-dim results arrays, not scalars)
        exact = np.multiply(b, alpha32, dtype=np.float64, out=np.empty(np.shape(b), np.float64))
        np.add(exact, a, out=exact)  # the one rounding that matters (to float64, then float32)
        return exact.astype(np.float32)
    if out is None:
        return a + alpha * b
    return np.add(a, alpha * b, out=out, casting="unsafe")


def add_scaled_into(alpha):
    """``add_scaled(a, b, alpha, out=a)`` as a function of ``(a, b)``, for an optimizer updating
    many tensors by one alpha: the float32 path's conversions of alpha are made once, not per tensor."""
    exact_alpha = None

    def add_(a, b):
        nonlocal exact_alpha
        # ``is``: the common float32 dtype object; any other (a pickled array's equal float32
        # dtype too) goes to add_scaled, which decides with ``==``.
        if a.dtype is _FLOAT32 and a.size <= EXACT_LIMIT:
            if exact_alpha is None:  # made when a tensor needs it, as add_scaled makes it (its overflow warning too)
                exact_alpha = np.array(np.float32(alpha), np.float64)
            # add_scaled's float32 path: a float64 0-d alpha makes the product float64 (exact), as
            # its dtype=float64 does, without the keyword's cost.
            return np.add(np.multiply(b, exact_alpha), a, out=a, casting="unsafe")
        return add_scaled(a, b, alpha, out=a)

    return add_


def lerp_(start, end, weight):
    """``start.lerp_(end, weight)`` in place, as PyTorch's CPU kernel: the weight in the tensor's
    type, then one fused multiply-add, ``start + w * (end - start)`` for |w| < 0.5 and
    ``end + (w - 1) * (end - start)`` otherwise."""
    if start.dtype == np.float32:
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
    if a.dtype == np.float32 and a.size <= EXACT_LIMIT:
        scaled = np.multiply(b, np.float32(value), dtype=np.float32)
        exact = np.multiply(scaled, c, dtype=np.float64, out=np.empty(np.shape(scaled), np.float64))  # exact
        np.add(exact, a, out=exact)
        np.copyto(a, exact, casting="unsafe")
        return a
    a += value * b * c
    return a
