"""Reductions (sum, mean, norm, max/min, prod, var, std) and arg-reductions.

The backward of a reduction spreads the output's gradient back over the reduced dimensions.
"""
import numpy as np

from .. import _dtypes, return_types
from ..autograd.node import Node
from . import _math
from ._record import record, to_tensor, wrap_dim

_INT_KINDS = "biu"


def _dims(dim, ndim):
    """Normalised tuple of reduced dims (None -> all)."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, int):
        dim = (dim,)
    return tuple(sorted(wrap_dim(d, ndim) for d in dim))


def _saved_dims(dim, ndim):
    """``_saved_dim`` as PyTorch shows it: negative dims are kept as unsigned 64-bit numbers."""
    if isinstance(dim, int):
        dim = (dim,)
    return tuple(d if d >= 0 else d + 2**64 for d in dim)


def _regrow(grad, in_shape, dims, keepdim):
    """Re-inserts reduced dims into ``grad`` and broadcasts it to the input's shape."""
    if not keepdim and dims:
        kept = tuple(1 if i in dims else s for i, s in enumerate(in_shape))
        grad = _math.reshape(grad, kept)
    return _math.expand(grad, in_shape)


class SumBackward0(Node):
    """sum over everything: every element gets the output's gradient"""

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (_math.expand(grad, self._attrs[0]),)


class SumBackward1(Node):
    """sum over ``dim``: every element gets the gradient of its row"""

    __slots__ = ()
    attr_fields = ("dim", "keepdim", "self_sym_sizes")

    def backward(self, grad):
        dims, keepdim, shape = self._attrs
        return (_regrow(grad, shape, _dims(dims, len(shape)), keepdim),)


def sum(input, dim=None, keepdim=False, *, dtype=None):
    input = to_tensor(input)
    data = input._data
    if dtype is not None:
        data = data.astype(dtype.np)
    elif data.dtype.kind in _INT_KINDS:
        data = data.astype(np.int64)  # integer sums are int64, as in PyTorch
    if dim is None:
        return record(SumBackward0, data.sum(), (input,), (), (input.shape,))
    dims = _dims(dim, data.ndim)
    out = data.sum(axis=dims, keepdims=keepdim) if data.ndim else data.copy()
    return record(SumBackward1, out, (input,), (), (_saved_dims(dim, data.ndim), keepdim, input.shape))


class MeanBackward0(Node):
    """mean over everything: every element gets grad / numel"""

    __slots__ = ()
    attr_fields = ("self_sym_sizes", "self_sym_numel")

    def backward(self, grad):
        shape, n = self._attrs
        return (_math.expand(grad / n, shape),)


class MeanBackward1(Node):
    """mean over ``dim``: every element gets grad / (size of the reduced dims)"""

    __slots__ = ()
    attr_fields = ("dim", "keepdim", "self_sym_sizes", "self_sym_numel")

    def backward(self, grad):
        dims, keepdim, shape, _ = self._attrs
        dims = _dims(dims, len(shape))
        n = int(np.prod([shape[d] for d in dims])) if shape else 1
        return (_regrow(grad / n, shape, dims, keepdim),)


def mean(input, dim=None, keepdim=False, *, dtype=None):
    input = to_tensor(input)
    data = input._data if dtype is None else input._data.astype(dtype.np)
    if data.dtype.kind != "f":
        raise RuntimeError(
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            f"complex dtype. Got: {_legacy(input)}"
        )
    if dim is None:
        return record(MeanBackward0, data.mean(dtype=data.dtype), (input,), (), (input.shape, data.size))
    dims = _dims(dim, data.ndim)
    out = data.mean(axis=dims, keepdims=keepdim) if data.ndim else data.copy()
    return record(MeanBackward1, out, (input,), (), (_saved_dims(dim, data.ndim), keepdim, input.shape, data.size))


class LinalgVectorNormBackward0(Node):
    """||x||_p: grad * x |x|^(p-2) / ||x||^(p-1)  (2-norm: grad * x / ||x||; 0 where ||x|| = 0)"""

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("ord", "dim", "keepdim")

    def backward(self, grad, x, result):
        p, dim, keepdim = self._attrs
        xa = _math.as_array(x)
        dims = _dims(dim, xa.ndim)
        if not keepdim and dim is not None:
            grad = _regrow(grad, xa.shape, dims, False)
            result = _regrow(result, xa.shape, dims, False)
        if p == 0:
            return (grad * 0 * x,)
        if p == 1:
            return (grad * np.sign(xa),)
        if p == float("inf") or p == float("-inf"):
            ra = np.broadcast_to(_math.as_array(result), xa.shape)
            mask = (np.abs(xa) == ra).astype(xa.dtype)
            count = mask.sum(axis=dims, keepdims=True)
            return (grad * np.sign(xa) * mask / count,)
        with np.errstate(divide="ignore", invalid="ignore"):
            if p == 2:
                scale = x / result
            else:
                scale = x * _math.abs_(x) ** (p - 2) / result ** (p - 1)
        if isinstance(scale, np.ndarray):
            scale = np.nan_to_num(scale, nan=0.0, posinf=0.0, neginf=0.0)
        return (grad * scale,)


def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    input = to_tensor(input)
    if p == "fro" or p is None:
        p = 2
    data = input._data
    if data.dtype.kind != "f":
        raise RuntimeError(
            f"linalg.vector_norm: Expected a floating point or complex tensor as input. Got {_legacy(input)}"
        )
    dims = _dims(dim, data.ndim) if data.ndim else None
    a = np.abs(data)
    if p == 2:
        out = np.sqrt((a * a).sum(axis=dims, keepdims=keepdim))
    elif p == float("inf"):
        out = a.max(axis=dims, keepdims=keepdim)
    elif p == float("-inf"):
        out = a.min(axis=dims, keepdims=keepdim)
    elif p == 0:
        out = (a != 0).sum(axis=dims, keepdims=keepdim).astype(data.dtype)
    else:
        out = (a ** p).sum(axis=dims, keepdims=keepdim) ** (1.0 / p)
    saved_dim = None if dim is None else _saved_dims(dim, data.ndim)
    return record(LinalgVectorNormBackward0, np.asarray(out, dtype=data.dtype), (input,), (input,),
                  (float(p), saved_dim, keepdim), save_result=True)


class MaxBackward1(Node):
    """max of everything: the gradient is shared evenly among the maximal elements"""

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        mask = (_math.as_array(x) == _math.as_array(result))
        return (grad * (mask / mask.sum()).astype(_math.as_array(x).dtype),)


class MinBackward1(MaxBackward1):
    """min of everything: the gradient is shared evenly among the minimal elements"""

    __slots__ = ()


class MaxBackward0(Node):
    """max along ``dim``: each row's gradient goes to the element at its index"""

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("dim", "keepdim", "self_sym_sizes")

    def backward(self, grad, indices):
        dim, keepdim, shape = self._attrs
        idx = _math.as_array(indices)
        if not keepdim:
            idx = np.expand_dims(idx, dim)
            grad = _math.reshape(grad, idx.shape)
        ga = _math.as_array(grad)
        if isinstance(grad, np.ndarray):
            out = np.zeros(shape, dtype=ga.dtype)
            np.put_along_axis(out, idx, ga, axis=dim)
            return (out,)
        from ..creation import zeros

        return (zeros(shape, dtype=grad.dtype).scatter(dim, to_tensor(idx), grad),)


class MinBackward0(MaxBackward0):
    __slots__ = ()


def _extreme(input, dim, keepdim, pick, arg, node_all, node_dim, result_type, name):
    input = to_tensor(input)
    data = input._data
    if dim is None:
        if data.size == 0:
            raise RuntimeError(
                f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                "Specify the reduction dim with the 'dim' argument."
            )
        return record(node_all, pick(data), (input,), (input,), save_result=True)
    d = wrap_dim(dim, data.ndim)
    if data.ndim == 0:
        values, indices = data.copy(), np.zeros((), dtype=np.int64)
    else:
        indices = arg(data, axis=d, keepdims=True)
        values = np.take_along_axis(data, indices, axis=d)
        if not keepdim:
            indices, values = indices.squeeze(d), values.squeeze(d)
    from ..tensor import Tensor

    idx = Tensor._make(indices.astype(np.int64), False, None)
    vals = record(node_dim, values, (input,), (idx,), (dim if dim >= 0 else dim + 2**64, keepdim, input.shape))
    return result_type(vals, idx)


def max(input, dim=None, keepdim=False, *, other=None):
    from ..tensor import Tensor

    if isinstance(dim, Tensor):  # torch.max(a, b) is the elementwise maximum
        from .elementwise import maximum

        return maximum(input, dim)
    return _extreme(input, dim, keepdim, np.max, np.argmax, MaxBackward1, MaxBackward0, return_types.max, "max")


def min(input, dim=None, keepdim=False):
    from ..tensor import Tensor

    if isinstance(dim, Tensor):
        from .elementwise import minimum

        return minimum(input, dim)
    return _extreme(input, dim, keepdim, np.min, np.argmin, MinBackward1, MinBackward0, return_types.min, "min")


def _arg(fn):
    def arg(input, dim=None, keepdim=False):
        from ..tensor import Tensor

        data = to_tensor(input)._data
        if dim is None:
            out = fn(data.reshape(-1))
            if keepdim:
                out = np.full((1,) * data.ndim, out)
        else:
            out = fn(data, axis=wrap_dim(dim, data.ndim), keepdims=keepdim) if data.ndim else np.int64(0)
        return Tensor._make(np.asarray(out, dtype=np.int64), False, None)

    return arg


argmax = _arg(np.argmax)
argmin = _arg(np.argmin)


def _legacy(t):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "int16": "Short", "int8": "Char",
            "uint8": "Byte"}.get(t.dtype.name, t.dtype.name)


METHODS = {
    "sum": sum, "mean": mean, "norm": norm, "max": max, "min": min,
    "argmax": argmax, "argmin": argmin,
}
FUNCTIONS = dict(METHODS)
