"""Sorting: sort, argsort and topk (values with the indices they came from).

The gradient of each sorted value goes back to the place it was taken from (``indices``).
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables

_NOT_GIVEN = object()


class SortBackward0(Node):
    """sort: each sorted value's gradient goes back to where it came from"""

    rule = "sort: each sorted value's gradient goes back to where it came from"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("dim", "self_sym_sizes")

    def backward(self, grad, indices):
        dim, shape = self._attrs
        if not shape:
            return (grad,)
        axis = _dims.wrap(dim, len(shape))
        xp = self.xp
        return (xp.scatter(xp.zeros(shape, grad), axis, indices, grad),)


class SortBackward1(SortBackward0):
    """sort(stable=...): each sorted value's gradient goes back to where it came from"""

    rule = "sort(stable=...): each sorted value's gradient goes back to where it came from"

    __slots__ = ()


class TopkBackward0(SortBackward0):
    """topk: each kept value's gradient goes back to where it came from, zeros elsewhere"""

    rule = "topk: each kept value's gradient goes back to where it came from, zeros elsewhere"

    __slots__ = ()


def _order(data, axis, descending):
    """Stable order along ``axis`` (ties keep their original order, as PyTorch's CPU sort)."""
    if descending:
        # Reverse order that keeps ties in their original order: sort the negated keys stably.
        keys = -data if data.dtype.kind != "b" else ~data
        return np.argsort(keys, axis=axis, kind="stable")
    return np.argsort(data, axis=axis, kind="stable")


def _picked(input, node_cls, indices, axis, dim, result_type):
    data = input._data
    values = np.take_along_axis(data, indices, axis=axis) if data.ndim else data.copy()
    idx = Tensor._make(np.asarray(indices, dtype=np.int64), False, None)
    attrs = (_dims.shown(dim), tuple(data.shape))
    return result_type(record(node_cls, values, (input,), (idx,), attrs), idx)


@op("sort")
def sort(input, dim=-1, descending=False, *, stable=_NOT_GIVEN, out=None):
    input = to_tensor(input)
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    indices = _order(data, axis, descending) if data.ndim else np.zeros((), dtype=np.int64)
    node_cls = SortBackward0 if stable is _NOT_GIVEN else SortBackward1
    return _picked(input, node_cls, indices, axis, dim, return_types.sort)


@op("msort")
def msort(input, *, out=None):
    """sort along the first dim: its values (SortBackward0, as PyTorch)."""
    return sort(input, 0).values


@op("argsort")
def argsort(input, dim=-1, descending=False, *, stable=False):
    return sort(input, dim, descending).indices


@op("topk")
def topk(input, k, dim=-1, largest=True, sorted=True, *, out=None):
    input = to_tensor(input)
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    size = data.shape[axis] if data.ndim else 1
    if not 0 <= k <= size:
        raise RuntimeError("selected index k out of range")
    order = _order(data, axis, largest) if data.ndim else np.zeros((), dtype=np.int64)
    indices = np.take(order, np.arange(k), axis=axis) if data.ndim else order
    return _picked(input, TopkBackward0, indices, axis, dim, return_types.topk)


@op("unique")
def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    """The distinct values in ascending order (also when ``sorted=False``, as PyTorch on the CPU);
    not differentiable, as in PyTorch."""
    from ...tensor import Tensor

    values, inverse, counts = np.unique(input._data, return_inverse=True, return_counts=True, axis=dim)
    out = [Tensor._make(np.ascontiguousarray(values), False, None)]
    if return_inverse:
        shape = input._data.shape if dim is None else (input._data.shape[dim],)
        out.append(Tensor._make(inverse.reshape(shape).astype(np.int64), False, None))
    if return_counts:
        out.append(Tensor._make(counts.astype(np.int64), False, None))
    return out[0] if len(out) == 1 else tuple(out)


FUNCTIONS, METHODS = tables(__name__)
