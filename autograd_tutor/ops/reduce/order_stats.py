"""median, nanmedian and kthvalue: a value chosen by its rank (the lower median for an even count;
nanmedian's among the values that are not nan).

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


class NanmedianBackward0(MedianBackward0):
    """nanmedian of everything: the gradient is shared evenly among the elements equal to it"""

    rule = "nanmedian of everything: the gradient is shared evenly among the elements equal to it"

    __slots__ = ()


class NanmedianBackward1(MedianBackward1):
    """nanmedian along ``dim``: each row's gradient goes to the element at its index"""

    rule = "nanmedian along ``dim``: each row's gradient goes to the element at its index"

    __slots__ = ()


def _ranked(input, k, dim, keepdim, node_cls, result_type):
    """The k-th smallest along ``dim`` (``k``: a number, or a function of the sorted rows giving
    each row's k, kept as a dimension of size 1)."""
    data = input._data
    attrs = (_dims.shown(dim), keepdim, tuple(data.shape))
    if data.ndim == 0:
        idx = Tensor._make(np.zeros((), dtype=np.int64), False, None)
        return result_type(record(node_cls, data.copy(), (input,), (idx,), attrs), idx)
    axis = _dims.wrap(dim, data.ndim)
    order = np.argsort(data, axis=axis, kind="stable")  # nan sorts last, as in PyTorch
    ks = k(np.take_along_axis(data, order, axis=axis), axis) if callable(k) else np.asarray([k])
    indices = np.take_along_axis(order, ks - 1, axis=axis) if callable(k) else np.take(order, ks - 1, axis=axis)
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


def _lower_middle_of_numbers(ordered, axis):
    """Each row's rank of its lower median among the values that are not nan (1 when all are)."""
    count = (~np.isnan(ordered)).sum(axis=axis, keepdims=True) if ordered.dtype.kind == "f" else \
        np.full_like(np.take(ordered, [0], axis=axis), ordered.shape[axis], dtype=np.int64)
    return np.maximum(count - 1, 0) // 2 + 1


@op("nanmedian")
def nanmedian(input, dim=None, keepdim=False, *, out=None):
    """median of the values that are not nan (nan where all are)."""
    input = to_tensor(input)
    data = input._data
    if dim is None:
        flat = data.reshape(-1)
        numbers = np.sort(flat[~np.isnan(flat)] if data.dtype.kind == "f" else flat, kind="stable")
        value = numbers[(numbers.size - 1) // 2] if numbers.size else np.asarray(np.nan, dtype=data.dtype)
        return record(NanmedianBackward0, np.asarray(value, dtype=data.dtype), (input,), (input,), save_result=True)
    axis = _dims.wrap(dim, max(data.ndim, 1))
    if data.ndim and data.shape[axis] == 0:
        raise IndexError(f"median(): Expected reduction dim {axis} to have non-zero size.")
    return _ranked(input, _lower_middle_of_numbers, dim, keepdim, NanmedianBackward1, return_types.nanmedian)


FUNCTIONS, METHODS = tables(__name__)
