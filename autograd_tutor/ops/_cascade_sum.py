"""Floating-point sums and means added up in PyTorch's order, so their last bits match.

Float addition is not associative: NumPy's pairwise sum and PyTorch's CPU sum round
differently, and a learner who prints ``f"{loss}"``, a bias's ``.grad`` or ``x.mean(0)`` sees
every bit. PyTorch's CPU sum (ATen's ``cascade_sum``) goes through a TensorIterator: it orders
the dimensions (the reduced ones first, each group by stride: the input's for the reduced, the
output's for the kept), merges neighbours that are contiguous in both, then runs one of four
loops over the first two (``_cascade_loops``), chosen by which of them is contiguous in memory,
in 32-byte vectors (8 float32, 4 float64 or 16 float16 items: the AVX2 kernel, which PyTorch
uses on AVX-512 machines too) and adds each loop's results into the output, which starts at 0.
float16 is read into float32 sums, rounded to float16 when added into the output (where two
reduced dims would meet in the loop, PyTorch's sum_out sums the input widened to float32 instead).
This module follows all of that, on the array's own strides (a view's, as the tensor's), for
float16, float32 and float64 reductions over any dimensions. A mean is that sum divided by the
count; a float16 mean is the float32 sum of the input widened to float32, divided in float32,
rounded once (PyTorch's CPU mean).
Not followed, left to NumPy's order: empty arrays, other dtypes (integer sums are exact in any
order), and arrays of more than 4,194,304 elements (float16 is still added up in float32 there).
From 32,768 elements PyTorch splits a sum among its threads; the order here is a one-thread
PyTorch's (``torch.set_num_threads(1)``).
"""
import math

import numpy as np

from . import _cascade_loops as loops

_VECTOR_BYTES = 32  # Vectorized<T> in the AVX2 kernel
_LONGEST = 1 << 22  # beyond this the bits are not worth the extra passes
_HALF = np.dtype(np.float16)
_WIDE = (np.dtype(np.float32), np.dtype(np.float64))
_FOLLOWED = (_HALF,) + _WIDE


def add_up(data, axes, keepdims=False):
    """``data.sum(axis=axes, keepdims=keepdims)`` in ``data``'s dtype, in PyTorch's order where
    that is followed (see the module); ``axes`` None means all of them."""
    if data.dtype not in _FOLLOWED or not 0 < data.size <= _LONGEST:
        # inf - inf is nan, as in PyTorch, unwarned; ndarray.sum is NumPy's Python code, whose
        # warnings _fp_warnings does not reach (PyTorch's order is followed in this package's code)
        with np.errstate(invalid="ignore", over="ignore"):
            return add_up_quietly(data, axes, keepdims)
    return add_up_quietly(data, axes, keepdims)


def add_up_quietly(data, axes, keepdims=False):
    """``add_up`` for callers that already silence NumPy's float warnings (the engine's backward
    does): entering ``np.errstate`` costs a third of a small sum."""
    if data.dtype not in _FOLLOWED or not 0 < data.size <= _LONGEST:
        wide = np.float32 if data.dtype == np.float16 else data.dtype
        return data.sum(axis=axes, keepdims=keepdims, dtype=wide).astype(data.dtype, copy=False)
    shape = data.shape
    if axes is None:
        axes = tuple(range(len(shape)))
    elif not shape:  # a 0-dim array: dim 0 or -1 reduces nothing (as NumPy's and PyTorch's sum)
        axes = ()
    else:
        axes = tuple(sorted(a % len(shape) for a in ((axes,) if isinstance(axes, (int, np.integer)) else axes)))
    out = _sum(data, axes)
    if keepdims:
        return out.reshape(tuple(1 if i in axes else n for i, n in enumerate(shape)))
    return out.reshape(tuple(n for i, n in enumerate(shape) if i not in axes))


def batch_sum(data):
    """``add_up_quietly(data, (0,))``: the sum over the leading (batch) axis, as a bias's gradient
    is summed, with a shorter way for the usual contiguous float32 or float64 gradient."""
    if data.flags.c_contiguous and data.dtype in _WIDE and data.ndim > 1 and 1 < data.size <= _LONGEST:
        rows = len(data)
        if rows > 1 and data.size > rows:  # (a single row or column takes the general way)
            if rows <= loops.SIDE_BY_SIDE:  # a few rows: every loop adds them in order
                return np.add.reduce(data, axis=0) + data.dtype.type(0)
            values = _outer(data.reshape(1, rows, -1), True)
            return (values + data.dtype.type(0)).reshape(data.shape[1:])
    return add_up_quietly(data, (0,))


def average(data, axes, keepdims=False, dtype=None):
    """``data.mean(axis=axes, keepdims=keepdims)`` as PyTorch's CPU mean: the sum in the result's
    dtype (float32 for a float16 result, the input widened straight to it), divided by the count
    in that dtype, then rounded to the result's dtype. ``dtype`` is the result's (default: data's)."""
    dtype = np.dtype(dtype or data.dtype)
    wide = np.dtype(np.float32) if dtype == np.float16 else dtype
    axes = (axes,) if isinstance(axes, (int, np.integer)) else axes
    count = math.prod([data.shape[a] for a in (range(data.ndim) if axes is None or not data.ndim else axes)])
    data = data if data.dtype == wide else widened(data, wide)
    out = add_up(data, axes, keepdims) / wide.type(count)  # the mean of nothing is nan
    return np.asarray(out).astype(dtype, copy=False)


def widened(data, dtype=np.float32):
    """``data`` as ``dtype`` the way PyTorch's ``.to(dtype)`` lays it out: a dense array keeps its
    order of dimensions (a permuted one stays permuted), any other comes out contiguous."""
    order = sorted(range(data.ndim), key=lambda a: data.strides[a])
    dense, step = True, data.itemsize
    for a in order:
        dense = dense and (data.shape[a] == 1 or data.strides[a] == step)
        step *= data.shape[a]
    return data.astype(dtype, order="K" if dense else "C")


def _sum(data, axes):
    """The sum over ``axes``, its kept axes in their order (without size-1 ones)."""
    zero = data.dtype.type(0)  # the output starts at 0 and is added to (-0. becomes 0.)
    ndim, count = data.ndim, len(axes)
    leading = axes == tuple(range(count))
    if data.flags.c_contiguous and (leading or axes == tuple(range(ndim - count, ndim))):
        # The usual case, quicker: the reduced axes merge into one dim, the kept ones into another.
        size = math.prod([data.shape[a] for a in axes])
        kept = data.size // size
        if size == 1:
            return data.reshape(-1) + zero
        if leading and kept > 1:  # an outer reduction (a bias's gradient): down each column
            values = _outer(data.reshape(1, size, kept), True)
        else:  # an inner reduction: each row (or the whole array, then no dim 1)
            values = _loop(data.reshape(1, kept, size), 1, size if kept > 1 else 0)
        return values.reshape(-1).astype(data.dtype, copy=False) + zero
    if any(s < 0 for s in data.strides):  # PyTorch has no negative strides: flip copies
        data = np.ascontiguousarray(data)
    dims = _coalesced(_ordered(data, axes))
    if data.dtype == np.float16 and len(dims) > 1 and dims[1][2]:
        # Two reduced dims in the loop would add float16 partial sums into the output: PyTorch's
        # sum_out sums the input widened to float32 instead, and rounds that once.
        return _sum(widened(data), axes).astype(np.float16)
    if not any(reduced for _, _, reduced, _ in dims):  # only size-1 dims reduced: a copy
        return data + zero
    if len(dims) == 1:
        dims.append((1, 0, True, ()))  # the loop always sees two dims (strides 0 past the last)
    # The array as the iterator sees it, outermost dim first; the loop runs over the last two.
    order = [a for dim in reversed(dims) for a in dim[3]]
    seen = np.transpose(data, order + [a for a in range(data.ndim) if a not in order])
    seen = seen.reshape([size for size, _, _, _ in reversed(dims)])
    values = _loop(seen.reshape((-1,) + seen.shape[-2:]), dims[0][1], dims[1][1])
    return _into_output(values.reshape(seen.shape[:-1]), dims[1:], zero, data.shape)


def _ordered(data, axes):
    """TensorIterator's reorder_dimensions: the dims of size > 1, innermost first, as
    (size, input stride, reduced, logical axes). An insertion sort that tolerates ties; the output
    (contiguous, stride 0 on the reduced dims) is compared first, then the input."""
    kept = [a for a in range(data.ndim) if a not in axes]
    out_strides, step = {}, 1
    for a in reversed(kept):
        out_strides[a], step = step, step * data.shape[a]
    dims = [(data.shape[a], data.strides[a] // data.itemsize, out_strides.get(a, 0), a)
            for a in reversed(range(data.ndim)) if data.shape[a] > 1]
    for i in range(1, len(dims)):
        j = i
        for k in range(i - 1, -1, -1):
            comparison = _should_swap(dims[k], dims[j])
            if comparison > 0:
                dims[k], dims[j] = dims[j], dims[k]
                j = k
            elif comparison < 0:
                break
    return dims


def _should_swap(d0, d1):
    """1 if ``d0`` goes after ``d1``, -1 if before, 0 if it cannot say (reorder_dimensions)."""
    size0, in0, out0, _ = d0
    size1, in1, out1, _ = d1
    if (out0 == 0) != (out1 == 0):  # reduced dims first
        return 1 if out1 == 0 else -1
    for s0, s1 in ((out0, out1), (in0, in1)):
        if s0 == 0 or s1 == 0:
            continue
        if s0 != s1:
            return -1 if s0 < s1 else 1
        if size0 > size1:
            return 1
    return 0


def _coalesced(dims):
    """coalesce_dimensions: neighbours merged where the outer one's strides continue the inner
    one's in input and output. Each dim: (size, input stride, reduced, logical axes outer first)."""
    merged = []
    for size, stride, out, axis in dims:
        if merged:
            m_size, m_stride, m_out, m_axes = merged[-1]
            if m_size * m_stride == stride and m_size * m_out == out:
                merged[-1] = (m_size * size, m_stride, m_out, (axis,) + m_axes)
                continue
        merged.append((size, stride, out, (axis,)))
    return [(size, stride, out == 0, axes) for size, stride, out, axes in merged]


def _loop(seen, stride0, stride1):
    """(outer, size1, size0) -> (outer, size1): the loop cascade_sum picks, summing dim 0 for
    each position of dim 1, in the accumulating dtype (float32 for float16)."""
    dtype = seen.dtype
    wide = np.float32 if dtype == np.float16 else dtype
    per_vector, lanes = _VECTOR_BYTES // dtype.itemsize, _VECTOR_BYTES // np.dtype(wide).itemsize
    outer, size1, size0 = seen.shape
    if stride0 == 1 and size0 >= per_vector:  # contiguous along the reduced dim
        rows = np.ascontiguousarray(seen, dtype=wide).reshape(-1, size0)
        return loops.vectorized_inner_sum(rows, per_vector, lanes).reshape(outer, size1)
    if stride0 < stride1 and not (stride1 == 1 and size1 >= per_vector):  # scalar_inner_sum
        return loops.row_sum(np.ascontiguousarray(seen, dtype=wide).reshape(-1, size0)).reshape(outer, size1)
    return _outer(np.ascontiguousarray(seen.swapaxes(1, 2)), stride1 == 1)


def _outer(columns, contiguous):
    """(outer, size0, size1) -> (outer, size1): each column summed down axis 1 by the outer
    loops: vectorized_outer_sum where the columns are ``contiguous`` in memory and at least a
    vector wide (blocks of four vectors cascade), scalar_outer_sum otherwise (blocks of four)."""
    dtype = columns.dtype
    width = columns.shape[2]
    if dtype == _HALF:
        columns = columns.astype(np.float32)
    if contiguous and width >= _VECTOR_BYTES // dtype.itemsize:
        block = loops.SIDE_BY_SIDE * _VECTOR_BYTES // columns.dtype.itemsize
    else:
        block = loops.SIDE_BY_SIDE
    return loops.outer_sums(columns, width // block * block)


def _into_output(values, dims, zero, shape):
    """Adds each loop's results into the output as the iterator visits them (dim 1 innermost,
    then dims 2, 3...), rounding to the output's dtype each time; ``dims`` are dims 1, 2...
    and ``values`` has their sizes, outermost first. Returns the kept axes of ``shape`` (> 1)."""
    outermost_first = list(reversed(dims))
    reduced = [i for i, dim in enumerate(outermost_first) if dim[2]]
    kept = [i for i, dim in enumerate(outermost_first) if not dim[2]]
    values = np.transpose(values, reduced + kept)
    values = values.reshape((-1,) + values.shape[len(reduced):])
    if len(values) == 1:  # each output added to once
        out = values[0].astype(zero.dtype, copy=False) + zero
    elif values.dtype == zero.dtype:  # one running sum from 0
        out = zero + loops.in_order(np.ascontiguousarray(values), axis=0)
    else:  # float32 sums into a float16 output: rounded to it, then added in it
        out = np.full(values.shape[1:], zero)
        for part in values.astype(zero.dtype):
            out = out + part
    axes = [a for i in kept for a in outermost_first[i][3]]
    out = out.reshape([shape[a] for a in axes])
    return out if axes == sorted(axes) else np.transpose(out, np.argsort(axes))
