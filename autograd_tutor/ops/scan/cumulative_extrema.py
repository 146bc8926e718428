"""cummax and cummin: the running maximum / minimum along a dimension, with the index each value
came from (the latest one on ties, as PyTorch's CPU kernel), and constant padding (``F.pad``).

CummaxBackward0 saves ``self``, ``indices`` and ``dim``: each gradient goes back, summed, to the
element that was the running extreme there (``zeros_like(self).scatter_add(dim, indices, grad)``).
ConstantPadNdBackward0 saves ``pad``: the gradient is the padded region cut away again
(a constant pad by ``-pad``).
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor


class CummaxBackward0(Node):
    """running max: the gradient of each output goes to the element it was copied from"""

    __slots__ = ()
    tensor_fields = ("indices", "self")
    attr_fields = ("dim",)

    def backward(self, grad, indices, x):
        axis = _dims.wrap(self._attrs[0], max(len(x.shape), 1))
        if isinstance(grad, np.ndarray):
            return (_scatter_add_arrays(np.zeros(x.shape, dtype=grad.dtype), axis, indices, grad),)
        from autograd_tutor.creation import zeros

        if not x.shape:
            return (grad,)
        index = indices if isinstance(indices, Tensor) else Tensor._make(indices, False, None)
        return (zeros(tuple(x.shape), dtype=grad.dtype).scatter_add(axis, index, grad),)


class CumminBackward0(CummaxBackward0):
    """running min: the gradient of each output goes to the element it was copied from"""

    __slots__ = ()


def _scatter_add_arrays(out, axis, indices, grad):
    if out.ndim == 0:
        return out + grad
    idx = list(np.indices(indices.shape, sparse=True))
    idx[axis] = indices
    np.add.at(out, tuple(idx), np.broadcast_to(grad, indices.shape))
    return out


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


def cummax(input, dim):
    return _cumulative(input, dim, np.greater_equal, CummaxBackward0, return_types.cummax)


def cummin(input, dim):
    return _cumulative(input, dim, np.less_equal, CumminBackward0, return_types.cummin)


# ---------------------------------------------------------------------------------- padding
class ConstantPadNdBackward0(Node):
    """constant padding: the gradient of the original region (the pad cut away)"""

    __slots__ = ()
    attr_fields = ("pad",)

    def backward(self, grad):
        back = tuple(-_dims.signed(p) for p in self._attrs[0])
        if isinstance(grad, Tensor):
            return (constant_pad_nd(grad, back, 0),)
        return (_pad_array(grad, back, 0),)


def _pad_array(data, pad, value):
    widths = [(0, 0)] * data.ndim
    for i in range(len(pad) // 2):
        axis = data.ndim - 1 - i
        widths[axis] = (pad[2 * i], pad[2 * i + 1])
    crop = tuple(slice(max(-lo, 0), data.shape[a] - max(-hi, 0)) for a, (lo, hi) in enumerate(widths))
    data = data[crop]
    grow = [(max(lo, 0), max(hi, 0)) for lo, hi in widths]
    return np.pad(data, grow, constant_values=value)


def constant_pad_nd(input, pad, value=0):
    input = to_tensor(input)
    data = input._data
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError(f"Length of pad must be even but instead it equals {len(pad)}")
    if len(pad) // 2 > data.ndim:
        raise RuntimeError(
            f"Length of pad should be no more than twice the number of dimensions of the input. "
            f"Pad length is {len(pad)} while the input has {data.ndim} dimensions.")
    for i in range(len(pad) // 2):
        axis = data.ndim - 1 - i
        new = data.shape[axis] + pad[2 * i] + pad[2 * i + 1]
        if new < 0:  # PyTorch cuts with narrow first, and narrow refuses a negative length
            raise RuntimeError("narrow(): length must be non-negative.")
    out = np.ascontiguousarray(_pad_array(data, pad, data.dtype.type(value)))
    return record(ConstantPadNdBackward0, out, (input,), (), (tuple(_dims.shown(p) for p in pad),))


METHODS = {"cummax": cummax, "cummin": cummin}
FUNCTIONS = dict(METHODS, constant_pad_nd=constant_pad_nd)
