"""Spread of the values: var and std, with PyTorch's ``dim`` / ``unbiased`` / ``correction`` rules.

``x.var()`` divides by N - 1 (Bessel's correction); ``unbiased=False`` or ``correction=0`` by N.
Which overload was called shows in ``_saved_correction``: ``x.var()`` records None,
``x.var(dim)`` records 1, ``x.var(unbiased=False)`` records 0.
"""
import warnings

import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables
from .._signatures import dim_list

_NOT_GIVEN = object()
_DOF_WARNING = (
    "{name}(): degrees of freedom is <= 0. Correction should be strictly less than the reduction "
    "factor (input numel divided by output numel). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/ReduceOps.cpp:1861.)"
)


def _var_grad(xp, grad, x, dim, correction, keepdim):
    """d var / dx_i = 2 (x_i - mean) / (N - correction), spread back over the reduced dims."""
    shape = tuple(x.shape)
    axes = _dims.reduced_axes(dim, len(shape)) if shape else ()
    n = int(np.prod([shape[a] for a in axes]))
    c = 1 if correction is None else correction
    grad = xp.regrow(grad, shape, axes, keepdim)
    centred = x - xp.mean_axes(x, axes)
    return grad * centred * (2.0 / (n - c) if n - c != 0 else float("inf"))


class VarBackward0(Node):
    """var: d/dx_i = 2 (x_i - mean) / (N - correction)"""

    rule = "grad_self = grad * 2 (self - mean) / (N - correction)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("correction", "dim", "keepdim")

    def backward(self, grad, x):
        correction, dim, keepdim = self._attrs
        return (_var_grad(self.xp, grad, x, dim, correction, keepdim),)


class StdBackward0(Node):
    """std = sqrt(var): d/dx_i = (x_i - mean) / ((N - correction) std), 0 where std is 0"""

    rule = "grad_self = grad * (self - mean) / ((N - correction) * result)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("correction", "dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        correction, dim, keepdim = self._attrs
        zero = xp.data(result) == 0
        scaled = grad / (result * 2)
        scaled = xp.where(zero, xp.const(scaled, 0), scaled) if zero.any() else scaled
        return (_var_grad(self.xp, scaled, x, dim, correction, keepdim),)


def _arguments(dim, unbiased, correction):
    """(dims, correction to use, correction to show) for the overload PyTorch would pick."""
    if isinstance(dim, bool):  # x.var(False): the ``unbiased`` overload
        dim, unbiased = _NOT_GIVEN, dim
    if correction is not _NOT_GIVEN:
        shown = correction
    elif unbiased is not _NOT_GIVEN or dim is not _NOT_GIVEN:
        shown = 0 if unbiased is False else 1
    else:
        shown = None
    dims = _dims.as_tuple(None if dim is _NOT_GIVEN else dim)
    return dims, 1 if shown is None else shown, shown


def _moment(name, input, dim, unbiased, keepdim, correction):
    input = to_tensor(input)
    data = input._data
    if data.dtype.kind != "f":
        raise RuntimeError("std and var only support floating point and complex dtypes")
    dims, c, shown = _arguments(dim, unbiased, correction)
    axes = _dims.reduced_axes(dims, data.ndim) if data.ndim else ()
    if data.ndim == 0:
        for d in dims or ():
            _dims.wrap(d, 0)
    n = int(np.prod([data.shape[a] for a in axes]))
    if n - c <= 0:
        warnings.warn(_DOF_WARNING.format(name=name), UserWarning, stacklevel=3)
    # x.mean runs NumPy's Python _mean, whose warnings (a sum overflowing) are attributed to NumPy,
    # out of _fp_warnings' reach; 0 / 0 is nan, silently as in PyTorch
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        centred = data - data.mean(axis=axes, keepdims=True) if n else data
        out = (centred * centred).sum(axis=axes, keepdims=keepdim) / data.dtype.type(max(0, n - c))
    out = np.asarray(out, dtype=data.dtype)
    attrs = (shown, _dims.shown_all(dims), keepdim)
    if name == "var":
        return record(VarBackward0, out, (input,), (input,), attrs)
    return record(StdBackward0, np.sqrt(out), (input,), (input,), attrs, save_result=True)


@op("var", axis_alias=True, dim_check=dim_list)
def var(input, dim=_NOT_GIVEN, unbiased=_NOT_GIVEN, keepdim=False, *, correction=_NOT_GIVEN, out=None):
    return _moment("var", input, dim, unbiased, keepdim, correction)


@op("std", axis_alias=True, dim_check=dim_list)
def std(input, dim=_NOT_GIVEN, unbiased=_NOT_GIVEN, keepdim=False, *, correction=_NOT_GIVEN, out=None):
    return _moment("std", input, dim, unbiased, keepdim, correction)


FUNCTIONS, METHODS = tables(__name__)
