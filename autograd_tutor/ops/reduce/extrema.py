"""Largest and smallest elements: max, min (values and indices), amax, amin, argmax, argmin.

The gradient of a maximum goes to the element(s) that were the maximum: to the one at the
returned index for ``max(dim)``, shared evenly among ties for ``max()``, ``amax`` and ``amin``.
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._numpy_namespace import NUMPY
from .._record import record, to_tensor
from .._registry import op, tables
from .._signatures import dim_or_tensor


def _tie_mask(xp, x, result):
    """Where ``x`` equals the (broadcast) extreme value; nan matches nan, as in PyTorch."""
    xa, ra = xp.data(x), xp.data(result)
    if xa.dtype.kind == "f":
        return (xa == ra) | (np.isnan(xa) & np.isnan(ra))
    return xa == ra


class MaxBackward1(Node):
    """max of everything: the gradient is shared evenly among the maximal elements"""

    rule = "grad_self = grad shared evenly among the elements equal to the max"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        mask = _tie_mask(xp, x, result)
        share = grad / int(mask.sum())
        if not grad.shape:
            # PyTorch's formula, so create_graph shows grad_fn=<MaskedFillBackward1>
            return (xp.masked_fill(xp.zeros_like(x), mask, share),)
        return (xp.const(grad, mask) * share,)


class MinBackward1(MaxBackward1):
    """min of everything: the gradient is shared evenly among the minimal elements"""

    rule = "grad_self = grad shared evenly among the elements equal to the min"

    __slots__ = ()


class MaxBackward0(Node):
    """max along ``dim``: each row's gradient goes to the element at its index"""

    rule = "grad_self = grad at each row's argmax, 0 elsewhere"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("dim", "keepdim", "self_sym_sizes")

    def backward(self, grad, indices):
        xp = self.xp
        dim, keepdim, shape = self._attrs
        idx = xp.data(indices)
        if not shape:
            return (grad,)
        axis = _dims.wrap(dim, len(shape))
        if not keepdim:
            idx = np.expand_dims(idx, axis)
            grad = xp.unsqueeze(grad, axis)  # PyTorch's value_selecting_reduction_backward: UnsqueezeBackward0
        return (xp.scatter(xp.zeros(shape, grad), axis, idx, grad),)


class MinBackward0(MaxBackward0):
    """min along ``dim``: each row's gradient goes to the element at its index"""

    rule = "grad_self = grad at each row's argmin, 0 elsewhere"

    __slots__ = ()


def _check_nonempty(data, name, axis=None):
    if axis is None and data.size == 0:
        if name.startswith("arg"):
            raise IndexError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
        raise RuntimeError(
            f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
            "Specify the reduction dim with the 'dim' argument."
        )
    if axis is not None and data.ndim and data.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {axis} to have non-zero size.")


def _extreme(input, dim, keepdim, name, pick, arg, node_all, node_dim, result_type):
    input = to_tensor(input)
    data = input._data
    if dim is None:
        _check_nonempty(data, name)
        return record(node_all, np.asarray(pick(data)), (input,), (input,), save_result=True)
    dim = int(dim)
    axis = _dims.wrap(dim, data.ndim)
    if data.ndim == 0:
        values, indices = data.copy(), np.zeros((), dtype=np.int64)
    else:
        _check_nonempty(data, name, axis)
        indices = arg(data, axis=axis, keepdims=True)
        values = np.take_along_axis(data, indices, axis=axis)
        if not keepdim:
            indices, values = indices.squeeze(axis), values.squeeze(axis)
    idx = Tensor._make(indices.astype(np.int64), False, None)
    attrs = (_dims.shown(dim), keepdim, tuple(data.shape))
    return result_type(record(node_dim, values, (input,), (idx,), attrs), idx)


@op("max", axis_alias=True, dim_check=dim_or_tensor)
def max(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, Tensor):  # torch.max(a, b) is the elementwise maximum
        from ..pointwise.selection import maximum

        return maximum(input, dim)
    return _extreme(input, dim, keepdim, "max", np.max, np.argmax, MaxBackward1, MaxBackward0,
                    return_types.max)


@op("min", axis_alias=True, dim_check=dim_or_tensor)
def min(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, Tensor):
        from ..pointwise.selection import minimum

        return minimum(input, dim)
    return _extreme(input, dim, keepdim, "min", np.min, np.argmin, MinBackward1, MinBackward0,
                    return_types.min)


class AmaxBackward0(Node):
    """amax over ``dim``: each output's gradient is shared evenly among its maximal elements"""

    rule = "grad_self = grad shared evenly among each row's maximal elements"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        dim, keepdim = self._attrs
        shape = xp.data(x).shape
        axes = _dims.reduced_axes(dim, len(shape)) if shape else ()
        grad = xp.regrow(grad, shape, axes, keepdim)
        ra = NUMPY.regrow(xp.data(result), shape, axes, keepdim)  # masks are arrays in both worlds
        # PyTorch's amax/amin backward compares with ==: a nan row has no match, and its
        # gradient is 0 / 0, nan (unlike max(), whose backward lets nan match nan)
        mask = np.asarray(xp.data(x)) == ra
        count = mask.sum(axis=axes, keepdims=True)
        share = mask / count
        return (grad * xp.const(grad, share),)


class AminBackward0(AmaxBackward0):
    """amin over ``dim``: each output's gradient is shared evenly among its minimal elements"""

    rule = "grad_self = grad shared evenly among each row's minimal elements"

    __slots__ = ()


def _amax_like(node_cls, pick, name):
    def reduce(input, dim=(), keepdim=False, *, out=None):
        input = to_tensor(input)
        data = input._data
        dims = _dims.as_tuple(dim)
        if not dims:
            _check_nonempty(data, name)
        axes = _dims.reduced_axes(dims, data.ndim) if data.ndim else ()
        for a in axes:
            _check_nonempty(data, name, a)
        out = np.asarray(pick(data, axis=axes, keepdims=keepdim), dtype=data.dtype)
        return record(node_cls, out, (input,), (input,), (_dims.shown_all(dims), keepdim), save_result=True)

    reduce.__name__ = name
    return reduce


amax = op("amax", axis_alias=True)(_amax_like(AmaxBackward0, np.max, "amax"))
amin = op("amin", axis_alias=True)(_amax_like(AminBackward0, np.min, "amin"))


def _arg(fn, name):
    def arg(input, dim=None, keepdim=False):
        data = to_tensor(input)._data
        if dim is None:
            _check_nonempty(data, name)
            out = fn(data.reshape(-1))
            if keepdim:
                out = np.full((1,) * data.ndim, out)
        else:
            axis = _dims.wrap(int(dim), data.ndim)
            if data.ndim:
                _check_nonempty(data, name, axis)
                out = fn(data, axis=axis, keepdims=keepdim)
            else:
                out = np.int64(0)
        return Tensor._make(np.asarray(out, dtype=np.int64), False, None)

    arg.__name__ = name
    return arg


argmax = op("argmax", axis_alias=True)(_arg(np.argmax, "argmax"))
argmin = op("argmin", axis_alias=True)(_arg(np.argmin, "argmin"))

FUNCTIONS, METHODS = tables(__name__)
