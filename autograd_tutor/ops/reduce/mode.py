"""mode: each row's most frequent value (the smallest of the most frequent), and an index of it.

The index is the one PyTorch's CPU kernel reports: it sorts (value, position) pairs by value
with C++'s std::sort, which is not stable, then walks the runs of equal values and keeps the
last pair of the first longest run. The same sort is reproduced (``_cpp_sort``), so the index,
and the element the gradient reaches, are PyTorch's. ModeBackward0 is max(dim)'s node: each
row's gradient goes to the element at its index.
"""
import numpy as np

from ... import return_types
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables
from ._cpp_sort import cpp_sort
from .extrema import MaxBackward0


class ModeBackward0(MaxBackward0):
    """mode along ``dim``: each row's gradient goes to the element at its index"""

    rule = "mode along ``dim``: each row's gradient goes to the element at its index"

    __slots__ = ()


def _less(p, q):
    return p[0] < q[0]  # the values alone (nan compares false both ways, as in C++)


def _row_mode(row):
    pairs = cpp_sort([(v, k) for k, v in enumerate(row.tolist())], _less)
    mode, index, run, longest = pairs[0][0], 0, 0, 0
    for i, (value, k) in enumerate(pairs):
        run += 1
        if i == len(pairs) - 1 or value != pairs[i + 1][0]:
            if run > longest:
                mode, index, longest = value, k, run
            run = 0
    return mode, index


@op("mode")
def mode(input, dim=-1, keepdim=False, *, out=None):
    input = to_tensor(input)
    data = input._data
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
        raise TypeError(f"mode(): argument 'dim' must be int, not {type(dim).__name__}")
    axis = _dims.wrap(dim, max(data.ndim, 1))
    attrs = (_dims.shown(dim), keepdim, tuple(data.shape))
    if data.ndim == 0:
        idx = Tensor._make(np.zeros((), dtype=np.int64), False, None)
        return return_types.mode(record(ModeBackward0, data.copy(), (input,), (idx,), attrs), idx)
    if data.shape[axis] == 0 and data.size == 0 and all(s for i, s in enumerate(data.shape) if i != axis):
        raise IndexError(f"mode(): Expected reduction dim {axis} to have non-zero size.")
    rows = np.moveaxis(data, axis, -1)
    values = np.empty(rows.shape[:-1], dtype=data.dtype)
    indices = np.zeros(rows.shape[:-1], dtype=np.int64)
    for at in np.ndindex(rows.shape[:-1]):
        values[at], indices[at] = _row_mode(rows[at])
    if keepdim:
        values, indices = np.expand_dims(values, axis), np.expand_dims(indices, axis)
    idx = Tensor._make(indices, False, None)
    return return_types.mode(record(ModeBackward0, values, (input,), (idx,), attrs), idx)


FUNCTIONS, METHODS = tables(__name__)
