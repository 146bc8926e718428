"""Floating-point sums added up in PyTorch's order, so their last bits match.

Float addition is not associative: NumPy's pairwise sum and PyTorch's CPU sum round
differently, and a learner who prints ``f"{loss}"`` or ``loss.item()`` sees every bit. PyTorch
adds a contiguous row (its ``cascade_sum`` kernel) in 32-byte vectors (8 float32 or 4 float64
lanes), four vectors side by side, each lane summing in blocks that cascade through four levels
of partial sums; the lanes are then added one by one. This module follows that order, for whole
tensors and for the last, contiguous dimension. Other reductions keep NumPy's sum (close to
PyTorch's, not always bit-equal). Rows longer than 32,768 elements are split among PyTorch's
threads, so there only a one-thread PyTorch is followed.
"""
import numpy as np

_VECTOR_BYTES = 32  # PyTorch's Vectorized<float> / Vectorized<double> on CPU
_SIDE_BY_SIDE = 4  # row_sum's ilp_factor: four accumulators interleaved along the row
_LEVELS = 4
_LONGEST = 1 << 22  # beyond this the Python loop costs more than the bits are worth


def add_up(data, axes, keepdims=False):
    """``data.sum(axis=axes, keepdims=keepdims)``, in PyTorch's order where that is known."""
    if sums_like_torch(data, axes):
        return torch_order_sum(data, axes, keepdims)
    # inf - inf, overflow: ndarray.sum is NumPy's Python code (see _fp_warnings)
    with np.errstate(invalid="ignore", over="ignore"):
        return data.sum(axis=axes, keepdims=keepdims, dtype=data.dtype)


def sums_like_torch(data, axes):
    """Whether ``data.sum(axis=axes)`` can be added in PyTorch's order here."""
    if data.dtype.kind != "f" or data.dtype.itemsize < 4 or data.size == 0 or data.size > _LONGEST:
        return False
    if axes is None or len(axes) == data.ndim:
        return True
    return tuple(axes) == (data.ndim - 1,)


def torch_order_sum(data, axes, keepdims=False):
    """``data.sum(axis=axes, keepdims=keepdims)`` with PyTorch's rounding (see the module)."""
    whole = axes is None or len(axes) == data.ndim
    rows = data.reshape(1, -1) if whole else data.reshape(-1, data.shape[-1])
    sums = _row_sums(np.ascontiguousarray(rows))
    if whole:
        out = sums.reshape(())
        return out.reshape((1,) * data.ndim) if keepdims else out
    return sums.reshape(data.shape[:-1] + ((1,) if keepdims else ()))


def _row_sums(rows):
    """Sum each row of a 2-D array as PyTorch's vectorized_inner_sum does."""
    lanes = _VECTOR_BYTES // rows.dtype.itemsize
    n = rows.shape[1]
    zero = rows.dtype.type(0)  # the output starts at 0 and is added to (-0. becomes 0.)
    if n <= _SIDE_BY_SIDE:  # one element per accumulator, added in order (NumPy's order below 8)
        return np.add.reduce(rows, axis=1) + zero
    if n < lanes:  # too short for a vector: scalar_inner_sum (the leftovers go to the first)
        first = np.add.reduce(rows[:, [0] + list(range(_SIDE_BY_SIDE, n))], axis=1)
        return np.add.reduce(np.column_stack([first, rows[:, 1:_SIDE_BY_SIDE]]), axis=1) + zero
    whole_vectors = n // lanes
    vectors = rows[:, : whole_vectors * lanes].reshape(rows.shape[0], whole_vectors, lanes)
    lane_sums = _interleaved_sum(vectors)
    total = np.zeros(rows.shape[0], rows.dtype)
    for k in range(whole_vectors * lanes, n):  # the tail that fills no vector, first
        total += rows[:, k]
    for k in range(lanes):  # then the lanes, one by one
        total += lane_sums[:, k]
    return total + zero


def _interleaved_sum(items):
    """row_sum: items (batch, size, lanes) summed along size with four interleaved accumulators."""
    size = items.shape[1]
    whole = size // _SIDE_BY_SIDE
    grouped = items[:, : whole * _SIDE_BY_SIDE].reshape(items.shape[0], whole, _SIDE_BY_SIDE, items.shape[2])
    partial = _cascade(grouped)
    for i in range(whole * _SIDE_BY_SIDE, size):
        partial[:, 0] += items[:, i]
    for k in range(1, _SIDE_BY_SIDE):
        partial[:, 0] += partial[:, k]
    return partial[:, 0]


def _cascade(items):
    """multi_row_sum: items (batch, size, ...) summed along size through four levels of
    partial sums; level 0 takes ``step`` items in order, each full level moves up one."""
    size = items.shape[1]
    power = max(4, _ceil_log2(size) // _LEVELS)
    step = 1 << power
    mask = step - 1
    acc = np.zeros((_LEVELS, items.shape[0]) + items.shape[2:], items.dtype)
    i = 0
    while i + step <= size:
        # Level 0 starts each block at zero, so a plain sum along the (outer) axis keeps the order.
        acc[0] = np.add.reduce(items[:, i: i + step], axis=1)
        i += step
        for level in range(1, _LEVELS):
            acc[level] += acc[level - 1]
            acc[level - 1] = 0
            if i & (mask << (level * power)):
                break
    for k in range(i, size):
        acc[0] += items[:, k]
    for level in range(1, _LEVELS):
        acc[0] += acc[level]
    return acc[0]


def _ceil_log2(n):
    return (n - 1).bit_length() if n > 1 else 0
