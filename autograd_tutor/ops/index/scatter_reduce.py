"""scatter_reduce: ``src``'s values combined into ``input`` at the places ``index`` names along
a dim, by sum, prod, mean, amax or amin, with or without each place's own value.

The gradient is PyTorch's scatter_reduce_backward, reduce by reduce: a sum passes the gradient
through; a mean divides it by each place's count; amax and amin share it evenly among the
values equal to the result; a product divides the result by each factor, with the zeros
handled apart (a single zero's gradient is the product of the others).
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.function import Error
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._numpy_namespace import along, scatter_reduce_arrays
from .._record import check_broadcastable, record, to_tensor, wrap_dim
from .._registry import op, tables
from .gather_scatter import _check_grad_shape, _check_index_dtype

REDUCTIONS = ("sum", "prod", "mean", "amax", "amin")
_OLD_NAMES = {"max": "amax", "min": "amin"}  # PyTorch still computes them, but has no gradient for them


class ScatterReduceBackward0(Node):
    """self.scatter_reduce(dim, index, src, reduce)  ->  per reduce: sum passes grad through,
    mean divides it by the counts, amax/amin share it among the values equal to the result,
    prod multiplies it by the product of the other factors"""

    rule = "grad_self, grad_src: grad through the reduction (sum: as is; mean: / count; amax, amin: " \
           "shared among the extremes; prod: times the other factors)"

    __slots__ = ()
    tensor_fields = ("index", "self", "src", "result")
    attr_fields = ("dim", "include_self", "reduce")

    def backward(self, grad, index, x, src, result):
        xp = self.xp
        dim, include_self, reduce = self._attrs
        dim = _dims.wrap(dim, max(len(x.shape), 1))
        if reduce in _OLD_NAMES:
            raise RuntimeError(f"Expected 'reduce' to be one of 'sum', 'prod', 'mean', 'amax', 'amin' but got {reduce}.")
        g_self, g_src = _GRADIENTS[reduce](xp, grad, dim, index, result, x, src, include_self)
        if not include_self:  # the scattered places' own values were not used
            g_self = xp.scatter_value(g_self, dim, index, 0.0)
        if self.needs(1):
            g_src = _check_grad_shape(self, 1, g_src, tuple(src.shape))
        return (g_self if self.needs(0) else None, g_src if self.needs(1) else None)


def _sum(xp, grad, dim, index, result, x, src, include_self):
    return grad, xp.gather(grad, dim, index)


def _counts(xp, grad, dim, index, src, include_self):
    """How many values each place averaged (1 where none, as PyTorch's masked_fill_)."""
    idx = xp.data(index)
    count = np.full(tuple(grad.shape), 1 if include_self else 0, dtype=xp.data(grad).dtype)
    count = scatter_reduce_arrays(count, dim, idx, np.ones(idx.shape, count.dtype), "sum", True)
    count[count == 0] = 1
    return count


def _mean(xp, grad, dim, index, result, x, src, include_self):
    count = _counts(xp, grad, dim, index, src, include_self)
    idx = xp.data(index)
    return grad / xp.const(grad, count), xp.gather(grad, dim, index) / xp.const(grad, count[along(count.ndim, dim, idx)])


def _extreme(xp, grad, dim, index, result, x, src, include_self):
    """amax / amin: the gradient shared evenly among self's and src's values equal to the result."""
    idx = xp.data(index)
    res, xs = xp.data(result), xp.data(x)
    srcs = xp.data(src)
    check_broadcastable(srcs.shape, idx.shape)  # PyTorch's formula compares src with the gathered result
    value = res[along(res.ndim, dim, idx)] if res.ndim else res
    self_is_result, src_is_result = xs == res, srcs == value
    count = scatter_reduce_arrays(self_is_result.astype(xs.dtype), dim, idx, src_is_result.astype(xs.dtype), "sum", True)
    shared = grad / xp.const(grad, count)
    return (xp.constant(self_is_result) * shared,
            xp.constant(src_is_result) * xp.gather(shared, dim, index))


class ScatterReduceDoubleBackwardError(Error):
    """Stands where a product's src gradient with several zeros in one place would be differentiated."""

    rule = "no second derivative: several zeros of src were multiplied into one place"

    _message = ("scatter_reduce(): Double backward is unsupported for src when >1 zeros in src are scattered "
                "to the same position in self")

    __slots__ = ()


def _prod(xp, grad, dim, index, result, x, src, include_self):
    idx = xp.data(index)
    xs, srcs = xp.data(x), xp.data(src)
    check_broadcastable(srcs.shape, idx.shape)
    masked_self = xp.masked_fill(x, xs == 0, 1.0)
    masked_self_result = xp.scatter_reduce(masked_self, dim, index, src, "prod", include_self)
    g_self = grad * masked_self_result / masked_self
    src_zero = srcs == 0
    zeros_at = scatter_reduce_arrays(np.zeros(xs.shape, xs.dtype), dim, idx, src_zero.astype(xs.dtype), "sum", True)
    src_num_zeros = zeros_at[along(zeros_at.ndim, dim, idx)] if zeros_at.ndim else zeros_at
    src_single_zero = src_zero & (src_num_zeros == 1)
    masked_src_result = xp.scatter_reduce(x, dim, index, xp.masked_fill(src, src_single_zero, 1.0), "prod", include_self)
    g_src = xp.where(src_single_zero, xp.gather(grad * masked_src_result, dim, index),
                     xp.gather(grad * result, dim, index) / xp.masked_fill(src, src_zero, 1.0))
    if (src_num_zeros > 1).any():
        g_src = xp.recorded(ScatterReduceDoubleBackwardError, lambda g: g, (g_src,))
    return g_self, g_src


_GRADIENTS = {"sum": _sum, "mean": _mean, "amax": _extreme, "amin": _extreme, "prod": _prod}


def _checked(input, dim, index, src, reduce, include_self):
    if not isinstance(src, Tensor):
        raise TypeError(f"scatter_reduce(): argument 'src' (position 3) must be Tensor, not {type(src).__name__}")
    if not isinstance(include_self, bool):
        raise TypeError(f"scatter_reduce(): argument 'include_self' must be bool, not {type(include_self).__name__}")
    if reduce not in REDUCTIONS and reduce not in _OLD_NAMES:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    data, idx = input._data, index._data
    axis = wrap_dim(dim, data.ndim)
    _check_index_dtype(index, "scatter")
    if src._data.dtype != data.dtype:
        raise RuntimeError("scatter(): Expected self.dtype to be equal to src.dtype")
    if idx.ndim == 0:
        raise NotImplementedError("scatter_reduce with a 0-dim index is not supported")
    if idx.ndim != data.ndim:
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    if any(i > s for d, (i, s) in enumerate(zip(idx.shape, src._data.shape))) or \
            any(i > s for d, (i, s) in enumerate(zip(idx.shape, data.shape)) if d != axis):
        raise RuntimeError(f"Expected index {list(idx.shape)} to be no larger than self {list(data.shape)} apart "
                           f"from dimension {axis} and to be no larger size than src {list(src._data.shape)}")
    size = data.shape[axis] if data.ndim else 1
    bad = idx[(idx < 0) | (idx >= size)]
    if bad.size:
        raise RuntimeError(f"index {int(bad.flat[0])} is out of bounds for dimension {axis} with size {size}")
    if reduce == "mean" and data.dtype.kind == "b":
        raise NotImplementedError(f"\"scatter_gather_tensor_cpu_reduce_mean\" not implemented for '{TYPE_NAME['bool']}'")
    return axis


def _scatter_reduce_in_place(input, dim, index, src, reduce, *, include_self=True):
    """``x.scatter_reduce_``: its node saves a clone of ``x`` (CloneBackward0) taken before the
    change, as PyTorch's in-place formula needs the old values; its edge goes to ``x``'s history."""
    return _scatter_reduce(input, dim, index, src, reduce, include_self, input.clone() if input.requires_grad else input)


@op("scatter_reduce", inplace="scatter_reduce_", inplace_as=_scatter_reduce_in_place)
def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    input = to_tensor(input)
    return _scatter_reduce(input, dim, index, src, reduce, include_self, input)


def _scatter_reduce(input, dim, index, src, reduce, include_self, saved_self):
    axis = _checked(input, dim, index, src, reduce, include_self)
    data = scatter_reduce_arrays(input._data, axis, index._data, src._data, _OLD_NAMES.get(reduce, reduce), include_self)
    return record(ScatterReduceBackward0, data, (input, src), (index, saved_self, src),
                  (_dims.shown(dim), include_self, reduce), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
