"""The sums inside softmax and log_softmax (and their backwards), added up in PyTorch's order.

PyTorch's CPU softmax kernels (ATen's ``SoftMaxKernel.cpp``) do not go through the sum kernel
that ``_cascade_sum`` follows. Along the last dimension, each row is reduced by
``vec::reduce_all``: the row's first vector (of ``lanes`` items) is the running vector, every
further whole vector is added to it lane by lane, the items after the last whole vector are added
to its first lanes, then its lanes are added together (float32: each half added to the other
half until one lane is left; float64: lane by lane, first to last). A row shorter than one vector
is added item by item, first to last. Along any other dimension, the kernels add the slices one
after another from 0, as NumPy adds along an outer axis of a C-contiguous array.

The vector is 32 bytes (AVX2) or 64 bytes where PyTorch picks its AVX-512 kernels: an x86 CPU with
AVX-512 F, BW, VL and DQ, unless ``ATEN_CPU_CAPABILITY`` asks for less. Only float32 and float64
are followed; other dtypes keep NumPy's order. The exponentials are NumPy's: PyTorch's vectorised
exp rounds differently in the last bit, so softmax's values can still differ there.
"""
import math
import os

import numpy as np

from . import _cascade_loops as loops


def _vector_bytes():
    """The width of the Vectorized<T> the softmax kernels run on this machine (as PyTorch picks it)."""
    wanted = os.environ.get("ATEN_CPU_CAPABILITY", "").lower()
    if wanted in ("default", "avx2"):
        return 32
    try:
        features = np._core._multiarray_umath.__cpu_features__
    except AttributeError:  # NumPy 1.x
        features = np.core._multiarray_umath.__cpu_features__
    avx512 = all(features.get(name) for name in ("AVX512F", "AVX512BW", "AVX512VL", "AVX512DQ"))
    return 64 if avx512 else 32


VECTOR_BYTES = _vector_bytes()
_LANES = {np.dtype(np.float32): VECTOR_BYTES // 4, np.dtype(np.float64): VECTOR_BYTES // 8}


def sums_along(data, axis):
    """``data.sum(axis, keepdims=True)`` in the softmax kernels' order (see the module);
    ``axis`` non-negative."""
    shape = data.shape
    lanes = _LANES.get(data.dtype)
    if lanes is None or not data.size or not shape:
        return np.add.reduce(data, axis, None, None, True)
    size = shape[axis]
    if axis == len(shape) - 1:
        if size < 8 and size < lanes and data.flags.c_contiguous:  # (the usual few classes)
            return np.add.reduce(data, axis, None, None, True)  # below 8 items: one by one
        rows = np.ascontiguousarray(data).reshape(-1, size)
        return _row_sums(rows, lanes).reshape(shape[:-1] + (1,))
    keep = shape[:axis] + (1,) + shape[axis + 1:]
    items = np.ascontiguousarray(data).reshape(-1, size, data.size // math.prod(shape[: axis + 1]))
    return loops.in_order(items, axis=1).reshape(keep)  # slice after slice, from the first


def _row_sums(rows, lanes):
    """(count, n) C-contiguous -> (count, 1): each row added up as ``vec::reduce_all`` adds it."""
    count, n = rows.shape
    if n < lanes:  # one partial vector: its items into lane 0, one by one
        return loops.in_order(rows)[:, None]
    whole = n - n % lanes
    if whole == lanes:
        acc = rows[:, :lanes].copy()
    else:  # along an outer axis, NumPy adds the vectors in order
        acc = np.add.reduce(rows[:, :whole].reshape(count, whole // lanes, lanes), 1)
    if whole < n:
        acc[:, : n - whole] += rows[:, whole:]
    if rows.dtype == np.float64:  # no shuffle-based reduction for doubles: lane by lane
        return loops.in_order(acc)[:, None]
    while lanes > 1:  # each half added to the other (the permute and shuffle steps)
        lanes //= 2
        acc = acc[:, :lanes] + acc[:, lanes:]
    return acc
