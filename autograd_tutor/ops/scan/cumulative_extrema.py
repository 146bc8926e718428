"""cummax and cummin: the running maximum / minimum along a dimension, with the index each value
came from (the latest one on ties, as PyTorch's CPU kernel).

CummaxBackward0 saves ``self``, ``indices`` and ``dim``: each gradient goes back, summed, to the
element that was the running extreme there (``zeros_like(self).scatter_add(dim, indices, grad)``).
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables


class CummaxBackward0(Node):
    """running max: the gradient of each output goes to the element it was copied from"""

    rule = "running max: the gradient of each output goes to the element it was copied from"

    __slots__ = ()
    tensor_fields = ("indices", "self")
    attr_fields = ("dim",)

    def backward(self, grad, indices, x):
        # PyTorch's cummaxmin_backward: zeros(self's shape).scatter_add(dim, indices, grad)
        xp = self.xp
        axis = _dims.wrap(self._attrs[0], max(len(x.shape), 1))
        return (xp.scatter_add(xp.zeros(tuple(x.shape), grad), axis, indices, grad),)


class CumminBackward0(CummaxBackward0):
    """running min: the gradient of each output goes to the element it was copied from"""

    rule = "running min: the gradient of each output goes to the element it was copied from"

    __slots__ = ()


def _running(data, axis, better):
    moved = np.moveaxis(data, axis, -1)
    values = np.empty_like(moved)
    indices = np.empty(moved.shape, dtype=np.int64)
    if moved.shape[-1]:
        best = moved[..., 0].copy()
        where = np.zeros(best.shape, dtype=np.int64)
        for i in range(moved.shape[-1]):
            x = moved[..., i]
            take = better(x, best) | np.isnan(x) if moved.dtype.kind == "f" else better(x, best)
            if moved.dtype.kind == "f":
                take &= ~np.isnan(best) | np.isnan(x)
            best = np.where(take, x, best)
            where = np.where(take, i, where)
            values[..., i] = best
            indices[..., i] = where
    return np.moveaxis(values, -1, axis), np.moveaxis(indices, -1, axis)


def _cumulative(input, dim, better, node_cls, result_type):
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        _dims.wrap(dim, 1)
        values, indices = data.copy(), np.zeros((), dtype=np.int64)
    else:
        axis = _dims.wrap(dim, data.ndim)
        values, indices = _running(data, axis, better)
    idx = Tensor._make(np.asarray(indices, order="C"), False, None)
    out = record(node_cls, np.asarray(values, order="C"), (input,), (idx, input), (_dims.shown(dim),))
    return result_type(out, idx)


@op("cummax")
def cummax(input, dim):
    return _cumulative(input, dim, np.greater_equal, CummaxBackward0, return_types.cummax)


@op("cummin")
def cummin(input, dim):
    return _cumulative(input, dim, np.less_equal, CumminBackward0, return_types.cummin)


FUNCTIONS, METHODS = tables(__name__)
