"""renorm(p, dim, maxnorm): each slice along ``dim`` whose p-norm exceeds ``maxnorm`` scaled down
to it (by maxnorm / (norm + 1e-7), as PyTorch), the others left as they are.

The backward is PyTorch's renorm_backward: for a scaled slice, the scale's gradient and the norm's
(d norm / dx = sign(x) |x|^(p-1) / norm^(p-1); x / norm for p = 2; the maxima shared evenly for
p = inf); the unscaled slices pass the gradient through.
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables

_INF = float("inf")
_EPS = 1e-7


def _norms(data, p, axes):
    a = np.abs(data)
    with np.errstate(over="ignore", invalid="ignore"):
        if p == 2:
            return np.sqrt((a * a).sum(axis=axes, keepdims=True))
        if p == _INF:
            return a.max(axis=axes, keepdims=True)
        if p == 1:
            return a.sum(axis=axes, keepdims=True)
        return (a ** p).sum(axis=axes, keepdims=True) ** (1.0 / p)


def _norm_and_slope(xp, x, p, axes):
    """The slices' p-norms (kept as size-1 dimensions) and d norm / dx, in this world."""
    xa = np.asarray(xp.data(x))
    if p == _INF:  # the largest |x| of each slice, its gradient shared among the ties
        top = np.abs(xa) == np.abs(xa).max(axis=axes, keepdims=True)
        share = xp.const(x, top / top.sum(axis=axes, keepdims=True))
        norm = xp.sum_axes(xp.abs(x) * share, axes, True)
        return norm, xp.sign(x) * share
    if p == 1:
        return xp.sum_axes(xp.abs(x), axes, True), xp.sign(x)
    if p == 2:
        norm = xp.sqrt(xp.sum_axes(x * x, axes, True))
        return norm, x * xp.keep(xp.reciprocal(norm), np.asarray(xp.data(norm)) != 0)
    norm = xp.power(xp.sum_axes(xp.power(xp.abs(x), p), axes, True), 1.0 / p)
    return norm, xp.sign(x) * xp.power(xp.abs(x), p - 1) * xp.power(norm, 1 - p)


class RenormBackward0(Node):
    """renorm(p, dim, maxnorm): a scaled slice's gradient through the scale maxnorm / (norm + 1e-7)"""

    rule = "grad_self = f * grad - f / (norm + 1e-7) * d norm/d self * sum(self * grad) where norm > maxnorm " \
           "(f = maxnorm / (norm + 1e-7)), else grad"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("dim", "maxnorm", "p")

    def backward(self, grad, x):
        xp = self.xp
        dim, maxnorm, p = self._attrs
        ndim = len(x.shape)
        axis = _dims.wrap(dim, ndim)
        axes = tuple(i for i in range(ndim) if i != axis)
        norm, slope = _norm_and_slope(xp, x, float(p), axes)
        inverse = xp.reciprocal(xp.plus(norm, _EPS))
        factor = xp.times(inverse, float(maxnorm))
        outer = xp.sum_axes(x * grad, axes, True)
        scaled = factor * grad - factor * inverse * (slope * outer)
        # which slices were scaled: PyTorch's backward measures the norms in double (its accumulate
        # type), so a float32 slice whose norm rounds to maxnorm can still count as above it
        wide = np.asarray(xp.data(x), dtype=np.float64)
        big = np.broadcast_to(_norms(wide, float(p), axes) > maxnorm, tuple(x.shape))
        return (xp.where(big, scaled, grad),)


@op("renorm", inplace="renorm_")
def renorm(input, p, dim, maxnorm):
    input = to_tensor(input)
    if float(p) <= 0:
        raise RuntimeError("renorm: non-positive-norm not supported")
    if float(maxnorm) < 0:
        raise RuntimeError(f"renorm: expected maxnorm to be >= 0 but got {float(maxnorm):g}")
    data = input._data
    if data.ndim < 2:
        raise RuntimeError(f"renorm: input needs at least 2 dimensions, got {data.ndim} dimensions")
    if data.dtype.kind != "f":
        name = {"int64": "Long", "int32": "Int", "bool": "Bool", "int16": "Short", "int8": "Char",
                "uint8": "Byte"}[data.dtype.name]
        raise RuntimeError(f"linalg.vector_norm: Expected a floating point or complex tensor as input. Got {name}")
    axis = wrap_dim(dim, data.ndim)
    norms = _norms(data, float(p), tuple(i for i in range(data.ndim) if i != axis))
    one = data.dtype.type(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(norms > maxnorm, data.dtype.type(maxnorm) / (norms + data.dtype.type(_EPS)), one)
    out = (data * factor.astype(data.dtype)).astype(data.dtype, copy=False)
    return record(RenormBackward0, out, (input,), (input,), (_dims.shown(dim), maxnorm, p))


FUNCTIONS, METHODS = tables(__name__)
