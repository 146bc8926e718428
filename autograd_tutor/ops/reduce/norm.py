"""Vector norms: ``torch.norm``, ``Tensor.norm`` and ``torch.linalg.vector_norm``.

All three record LinalgVectorNormBackward0, with ``_saved_ord`` as the caller wrote it
(``x.norm()`` shows ``2``, ``x.norm(p=2.0)`` shows ``2.0``).
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables

_INF = float("inf")


class LinalgVectorNormBackward0(Node):
    """||x||_p: d/dx = sign(x) |x|^(p-1) / ||x||^(p-1)  (p=2: x / ||x||, p=1: sign(x); 0 where
    ||x|| = 0), PyTorch's ``norm_backward`` case by case"""

    rule = "grad_self = grad * self / result   (2-norm; 0 where result = 0)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("ord", "dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        p, dim, keepdim = self._attrs
        p = float(p)
        xa = xp.data(x)
        axes = _dims.reduced_axes(dim, xa.ndim) if xa.ndim else ()
        grad = xp.regrow(grad, xa.shape, axes, keepdim)
        result = xp.regrow(result, xa.shape, axes, keepdim)
        ra = np.asarray(xp.data(result))
        if p == 0:
            return (xp.zeros_like(x),)
        if p == 1:
            return (xp.sign(x) * grad,)
        if abs(p) == _INF:
            mask = (np.abs(xa) == ra) | np.isnan(xa)
            count = mask.sum(axis=axes, keepdims=True)
            return (xp.sign(x) * (grad / xp.const(grad, count) * xp.const(grad, mask)),)
        if p == 2:
            return (x * xp.keep(grad / result, ra != 0),)
        if p < 1:
            scaled = xp.sign(x) * xp.keep(xp.abs(x) ** (p - 1), xa != 0)
            return (scaled * grad * result ** (1 - p),)
        scaled = xp.sign(x) * xp.abs(x) ** (p - 1) if p < 2 else x * xp.abs(x) ** (p - 2)
        return (scaled * xp.keep(grad / result ** (p - 1), ra != 0),)


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    x = to_tensor(x)
    data = x._data if dtype is None else x._data.astype(dtype.np)
    if data.dtype.kind != "f":
        name = {"int64": "Long", "int32": "Int", "bool": "Bool", "int16": "Short", "int8": "Char",
                "uint8": "Byte"}[x.dtype.name]
        raise RuntimeError(
            f"linalg.vector_norm: Expected a floating point or complex tensor as input. Got {name}"
        )
    dims = _dims.as_tuple(dim)
    axes = _dims.reduced_axes(dims, data.ndim) if data.ndim else ()
    p = float(ord)
    a = np.abs(data)
    # inf - inf, a sum overflowing: ndarray.sum and .max are NumPy's Python code (see _fp_warnings)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        if p == 2:
            out = np.sqrt((a * a).sum(axis=axes, keepdims=keepdim))
        elif p == _INF:
            out = a.max(axis=axes, keepdims=keepdim)
        elif p == -_INF:
            out = a.min(axis=axes, keepdims=keepdim)
        elif p == 0:
            out = (a != 0).sum(axis=axes, keepdims=keepdim)
        elif p == 1:
            out = a.sum(axis=axes, keepdims=keepdim)
        else:
            out = (a ** p).sum(axis=axes, keepdims=keepdim) ** (1.0 / p)
    out = np.asarray(out, dtype=data.dtype)
    return record(LinalgVectorNormBackward0, out, (x,), (x,), (ord, _dims.shown_all(dims), keepdim), save_result=True)


@op("norm")
def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    """``torch.norm``: the vector norm over ``dim`` (all elements by default); 'fro' is the 2-norm."""
    if p == "fro" or p is None:
        p = 2
    elif isinstance(p, str):
        raise RuntimeError(f"norm(): unsupported norm type '{p}' (only vector norms are available)")
    return vector_norm(input, p, dim, keepdim, dtype=dtype)


def linalg_norm(input, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    """``torch.linalg.norm`` for vectors (and for a whole tensor when ``ord`` and ``dim`` are None)."""
    return vector_norm(input, 2.0 if ord is None else ord, dim, keepdim, dtype=dtype)


FUNCTIONS, METHODS = tables(__name__)
