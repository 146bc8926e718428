"""median and kthvalue: a value chosen by its rank (the lower median for an even count).

Like ``max``: ``median()`` of everything shares its gradient evenly among the elements equal to
the result (MedianBackward0 saves self and result); along a dimension the gradient of each row
goes to the element at the returned index (MedianBackward1 / KthvalueBackward0 save the indices).
"""
import numpy as np

from ... import return_types
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables
from .extrema import MaxBackward0, MaxBackward1


class MedianBackward0(MaxBackward1):
    """median of everything: the gradient is shared evenly among the elements equal to it"""

    rule = "median of everything: the gradient is shared evenly among the elements equal to it"

    __slots__ = ()


class MedianBackward1(MaxBackward0):
    """median along ``dim``: each row's gradient goes to the element at its index"""

    rule = "median along ``dim``: each row's gradient goes to the element at its index"

    __slots__ = ()


class KthvalueBackward0(MaxBackward0):
    """kthvalue along ``dim``: each row's gradient goes to the element at its index"""

    rule = "kthvalue along ``dim``: each row's gradient goes to the element at its index"

    __slots__ = ()


def _ranked(input, k, dim, keepdim, node_cls, result_type):
    data = input._data
    attrs = (_dims.shown(dim), keepdim, tuple(data.shape))
    if data.ndim == 0:
        idx = Tensor._make(np.zeros((), dtype=np.int64), False, None)
        return result_type(record(node_cls, data.copy(), (input,), (idx,), attrs), idx)
    axis = _dims.wrap(dim, data.ndim)
    order = np.argsort(data, axis=axis, kind="stable")  # nan sorts last, as in PyTorch
    indices = np.take(order, [k - 1], axis=axis)
    values = np.take_along_axis(data, indices, axis=axis)
    if not keepdim:
        indices, values = indices.squeeze(axis), values.squeeze(axis)
    idx = Tensor._make(np.asarray(indices, dtype=np.int64, order="C"), False, None)
    return result_type(record(node_cls, np.asarray(values, order="C"), (input,), (idx,), attrs), idx)


@op("kthvalue")
def kthvalue(input, k, dim=-1, keepdim=False, *, out=None):
    input = to_tensor(input)
    data = input._data
    axis = _dims.wrap(dim, max(data.ndim, 1))
    size = data.shape[axis] if data.ndim else 1
    if not 1 <= k <= size:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {axis}")
    return _ranked(input, int(k), dim, keepdim, KthvalueBackward0, return_types.kthvalue)


@op("median")
def median(input, dim=None, keepdim=False, *, out=None):
    input = to_tensor(input)
    data = input._data
    if dim is None:
        if data.size == 0:
            return record(MedianBackward0, np.asarray(np.nan, dtype=data.dtype), (input,), (input,),
                          save_result=True)
        flat = np.sort(data.reshape(-1), kind="stable")
        value = flat[(flat.size - 1) // 2] if not np.isnan(flat[-1]) else flat[-1]
        return record(MedianBackward0, np.asarray(value), (input,), (input,), save_result=True)
    axis = _dims.wrap(dim, max(data.ndim, 1))
    size = data.shape[axis] if data.ndim else 1
    if size == 0:
        raise IndexError(f"median(): Expected reduction dim {axis} to have non-zero size.")
    return _ranked(input, (size - 1) // 2 + 1, dim, keepdim, MedianBackward1, return_types.median)


FUNCTIONS, METHODS = tables(__name__)
