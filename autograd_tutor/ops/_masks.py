"""``np.where(mask, grad, 0)`` for the masks of backward formulas (relu, clamp, where...), fast.

``np.where`` with a boolean mask of mixed values runs a branch per element: on a 64x256
gradient it costs about 15 times a multiplication. Multiplying by the mask would be fast but
gives -0. where a negative gradient is masked, and PyTorch's masks give +0. Clearing the bits
instead (AND with all-ones or all-zeros words) keeps every kept element bit for bit (-0., nan
included) and gives +0. elsewhere: exactly ``np.where``'s result, with its layout.
"""
import numpy as np

# The unsigned integer dtype as wide as each native-order float dtype the bit trick handles.
_WORDS = {np.dtype(f): np.dtype(w) for f, w in ((np.float16, np.uint16), (np.float32, np.uint32), (np.float64, np.uint64))}
_BOOL = np.dtype(np.bool_)


def keep(grad, mask):
    """``grad`` where ``mask`` holds, +0. elsewhere (arrays only)."""
    word = _word(grad, mask)
    if word is None:
        return np.where(mask, grad, grad.dtype.type(0))
    bits = mask.astype(word)  # 1 or 0, in the mask's layout (the gradient's too)
    np.negative(bits, bits)  # all ones where kept, all zeros elsewhere
    np.bitwise_and(bits, grad.view(word), bits)
    return bits.view(grad.dtype)


def drop(grad, mask):
    """``grad`` where ``mask`` does not hold, +0. where it does: ``keep(grad, ~mask)`` without
    the pass that inverts the mask."""
    word = _word(grad, mask)
    if word is None:
        return np.where(mask, grad.dtype.type(0), grad)
    bits = mask.astype(word)  # 1 where dropped, 0 where kept
    np.subtract(bits, _ONES[word], bits)  # all zeros where dropped, all ones (0 - 1 wraps) where kept
    np.bitwise_and(bits, grad.view(word), bits)
    return bits.view(grad.dtype)


_ONES = {word: word.type(1) for word in _WORDS.values()}  # NumPy scalars: no conversion per call


def _word(grad, mask):
    """The unsigned integer dtype as wide as ``grad``'s numbers when the bit trick applies: a
    native float gradient and a boolean mask of its shape, both row-major or both column-major
    (then np.where's result has that layout too). None otherwise."""
    if type(grad) is np.ndarray and type(mask) is np.ndarray and grad.shape == mask.shape and grad.ndim:
        word = _WORDS.get(grad.dtype)
        if word is not None and mask.dtype == _BOOL:
            fg, fm = grad.flags, mask.flags
            if (fg.c_contiguous and fm.c_contiguous) or (fg.f_contiguous and fm.f_contiguous):
                return word
    return None


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
