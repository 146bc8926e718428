"""std_mean and var_mean: the spread and the mean in one call, one node with two outputs.

The arguments follow var/std's overload rules (``moments``); the backward adds the spread's
gradient and the mean's (each spread evenly over the reduced elements).
"""
import warnings

import numpy as np

from ...tensor import Tensor
from .. import _dims
from .._multi_output import MultiOutputNode
from .._record import record, to_tensor
from .._registry import op, tables
from .moments import _DOF_WARNING, _NOT_GIVEN, _arguments, _var_grad


def _mean_grad(xp, grad, shape, dims, keepdim):
    axes = _dims.reduced_axes(dims, len(shape)) if shape else ()
    n = int(np.prod([shape[a] for a in axes]))
    return xp.regrow(grad, shape, axes, keepdim) * (1.0 / n if n else float("nan"))


class VarMeanBackward0(MultiOutputNode):
    """(var, mean)  ->  grad_x = var's gradient + grad_mean / N"""

    rule = "grad_x = var's gradient + grad_mean / N"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("correction", "dim", "keepdim")

    def backward(self, slots, x, *result):
        correction, dim, keepdim = self._attrs
        g_spread, g_mean = slots
        total = None
        if g_spread is not None:
            total = _var_grad(self.xp, self._spread_grad(g_spread, result), x, dim, correction, keepdim)
        if g_mean is not None:
            m = _mean_grad(self.xp, g_mean, tuple(x.shape), dim, keepdim)
            total = m if total is None else total + m
        return (total,)

    def _spread_grad(self, grad, result):
        return grad


class StdMeanBackward0(VarMeanBackward0):
    """(std, mean)  ->  grad_x = grad_std / (2 std) through var's gradient + grad_mean / N"""

    rule = "grad_x = grad_std / (2 std) through var's gradient + grad_mean / N"

    __slots__ = ()
    tensor_fields = ("self", "result0")

    def _spread_grad(self, grad, result):
        xp = self.xp
        std = result[0]
        zero = xp.data(std) == 0
        scaled = grad / (std * 2)
        return xp.where(zero, xp.const(scaled, 0), scaled) if zero.any() else scaled


def _pair(name, input, dim, unbiased, keepdim, correction):
    input = to_tensor(input)
    data = input._data
    if data.dtype.kind != "f":
        raise RuntimeError(f"{name} only support floating point and complex dtypes")
    dims, c, shown = _arguments(dim, unbiased, correction)
    axes = _dims.reduced_axes(dims, data.ndim) if data.ndim else ()
    n = int(np.prod([data.shape[a] for a in axes]))
    if n - c <= 0:
        warnings.warn(_DOF_WARNING.format(name=name), UserWarning, stacklevel=3)
    # x.mean runs NumPy's Python _mean, whose warnings (a sum overflowing) are attributed to NumPy,
    # out of _fp_warnings' reach; 0 / 0 is nan, silently as in PyTorch
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        mean = data.mean(axis=axes, keepdims=True) if n else np.full((1,) * data.ndim, np.nan, data.dtype)
        centred = data - mean
        spread = (centred * centred).sum(axis=axes, keepdims=keepdim) / data.dtype.type(max(0, n - c))
    spread = np.asarray(spread, dtype=data.dtype)
    mean = np.asarray(mean if keepdim else mean.reshape(spread.shape), dtype=data.dtype)
    attrs = (shown, _dims.shown_all(dims), keepdim)
    if name == "std_mean":
        first = record(StdMeanBackward0, np.sqrt(spread), (input,), (input,), attrs, save_result=True)
    else:
        first = record(VarMeanBackward0, spread, (input,), (input,), attrs)
    node = first._grad_fn
    second = Tensor._make(mean, node is not None, node)
    if node is not None:
        second._output_nr = 1
        node._outputs = [(first._data.shape, first._data.dtype), (mean.shape, mean.dtype)]
    return first, second


@op("var_mean", method=False, axis_alias=True)
def var_mean(input, dim=_NOT_GIVEN, unbiased=_NOT_GIVEN, keepdim=False, *, correction=_NOT_GIVEN):
    return _pair("var_mean", input, dim, unbiased, keepdim, correction)


@op("std_mean", method=False, axis_alias=True)
def std_mean(input, dim=_NOT_GIVEN, unbiased=_NOT_GIVEN, keepdim=False, *, correction=_NOT_GIVEN):
    return _pair("std_mean", input, dim, unbiased, keepdim, correction)


FUNCTIONS, METHODS = tables(__name__)
