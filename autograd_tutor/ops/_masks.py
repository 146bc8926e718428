"""``np.where(mask, grad, 0)`` for the masks of backward formulas (relu, clamp, where...), fast.

``np.where`` with a boolean mask of mixed values runs a branch per element: on a 64x256
gradient it costs about 15 times a multiplication. Multiplying by the mask would be fast but
gives -0. where a negative gradient is masked, and PyTorch's masks give +0. Clearing the bits
instead (AND with all-ones or all-zeros words) keeps every kept element bit for bit (-0., nan
included) and gives +0. elsewhere: exactly ``np.where``'s result, with its layout.
"""
import numpy as np

_WORDS = {2: np.uint16, 4: np.uint32, 8: np.uint64}


def keep(grad, mask):
    """``grad`` where ``mask`` holds, +0. elsewhere (arrays only)."""
    word = _word(grad, mask)
    if word is None:
        return np.where(mask, grad, grad.dtype.type(0))
    bits = mask.astype(word)  # 1 or 0, in the mask's layout (the gradient's too)
    np.negative(bits, out=bits)  # all ones where kept, all zeros elsewhere
    return _cleared(bits, grad, word)


def drop(grad, mask):
    """``grad`` where ``mask`` does not hold, +0. where it does: ``keep(grad, ~mask)`` without
    the pass that inverts the mask."""
    word = _word(grad, mask)
    if word is None:
        return np.where(mask, grad.dtype.type(0), grad)
    bits = mask.astype(word)  # 1 where dropped, 0 where kept
    np.subtract(bits, 1, out=bits)  # all zeros where dropped, all ones (0 - 1 wraps) where kept
    return _cleared(bits, grad, word)


def _word(grad, mask):
    """The unsigned integer type as wide as ``grad``'s numbers when the bit trick applies: a
    native float gradient and a boolean mask of its shape and layout. None otherwise."""
    if (type(grad) is np.ndarray and type(mask) is np.ndarray and mask.dtype == np.bool_
            and grad.shape == mask.shape and grad.ndim and grad.dtype.kind == "f"
            and grad.dtype.isnative and _same_layout(grad, mask)):
        return _WORDS.get(grad.dtype.itemsize)
    return None


def _cleared(bits, grad, word):
    """``grad``'s bits AND ``bits`` (all ones or all zeros per element), as ``grad``'s dtype."""
    np.bitwise_and(bits, grad.view(word), out=bits)
    return bits.view(grad.dtype)


def _same_layout(a, b):
    """Both row-major or both column-major: then np.where's result has that layout too."""
    fa, fb = a.flags, b.flags
    return (fa.c_contiguous and fb.c_contiguous) or (fa.f_contiguous and fb.f_contiguous)


def scalar_tail(x, step_bytes=64):
    """Where (in ``x``'s row-major order) PyTorch's CPU kernels reach an element in their scalar
    loop, after whole steps of two 32-byte vectors (``step_bytes``; some kernels step further), rather than in the vectorised one. Their two
    loops send nan down different branches (hardtanh's gradient at nan: 0 vectorised, 1 scalar)."""
    flat = np.zeros(x.size, np.bool_)
    lanes = max(step_bytes // x.itemsize, 1)
    flat[x.size - x.size % lanes:] = True
    return flat.reshape(x.shape)


def nan_in_tail(x):
    """The nan of ``x`` its kernel meets in the scalar loop (``None`` when ``x`` has no nan)."""
    nan = np.isnan(x)
    return nan & scalar_tail(x) if nan.any() else None
