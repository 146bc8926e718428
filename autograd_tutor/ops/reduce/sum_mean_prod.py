"""Reductions that add things up: sum, mean, prod, logsumexp, and the running sum cumsum.

A reduction's backward spreads the output's gradient back over the reduced dimensions
(``xp.regrow``). ``x.sum()`` and ``x.sum(dim=...)`` are different nodes in PyTorch
(SumBackward0 / SumBackward1), so these functions tell "no dim given" from ``dim=None``.
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims, _elementary as elementary
from .._cascade_sum import add_up as _add_up, average as _average  # last bits as PyTorch's
from .._numpy_namespace import row_major
from .._record import record, to_tensor
from .._registry import op, tables
from .._signatures import dim_list, int_dim
from .._special_signatures import dim_required

_INT_KINDS = "biu"
_NOT_GIVEN = object()  # tells x.sum() from x.sum(dim=None): PyTorch records different nodes


def _legacy(t):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "int16": "Short", "int8": "Char",
            "uint8": "Byte", "float32": "Float", "float64": "Double", "float16": "Half"}[t.dtype.name]


def _accumulating_dtype(data, dtype):
    """sum/prod/cumsum of integers and bools give int64, as in PyTorch; ``dtype=`` casts first."""
    if dtype is not None:
        return data.astype(dtype.np, copy=False)
    if data.dtype.kind in _INT_KINDS:
        return data.astype(np.int64)
    return data


def in_place_scan(op):
    """``x.cumsum_(dim, dtype=...)`` from the scan ``op``: a ``dtype`` other than x's is refused
    with PyTorch's words, since the result is written into x."""

    def scan_(input, dim, *, dtype=None):
        if dtype is not None and dtype.np != input._data.dtype:
            from ..._dtypes import CPP_NAME

            raise RuntimeError(f"Bad in-place call: input tensor dtype {CPP_NAME[input._data.dtype.name]} and "
                               f"output tensor dtype {CPP_NAME[dtype.np.name]} should match")
        return op(input, dim)

    scan_.__name__ = scan_.__qualname__ = f"{op.__name__}_"
    return scan_


# ----------------------------------------------------------------------------- sum
class SumBackward0(Node):
    """sum of everything: every element gets the output's gradient"""

    rule = "grad_self = grad expanded to self's shape   (every element gets grad)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (self.xp.expand(grad, self._attrs[0]),)


class SumBackward1(Node):
    """sum over ``dim``: every element gets the gradient of the sum it went into"""

    rule = "grad_self = grad expanded back over the summed dims"

    __slots__ = ()
    attr_fields = ("dim", "keepdim", "self_sym_sizes")

    def backward(self, grad):
        dim, keepdim, shape = self._attrs
        return (self.xp.regrow(grad, shape, _dims.reduced_axes(dim, len(shape)), keepdim),)


@op("sum", axis_alias=True, dim_check=dim_list)
def sum(input, dim=_NOT_GIVEN, keepdim=False, *, dtype=None, out=None):
    input = to_tensor(input)
    data = _accumulating_dtype(input._data, dtype)
    shape = tuple(input._data.shape)
    if dim is _NOT_GIVEN and not keepdim:
        return record(SumBackward0, np.asarray(_add_up(data, None), dtype=data.dtype), (input,), (), (shape,))
    dims = _dims.as_tuple(None if dim is _NOT_GIVEN else dim)
    axes = _axes(dims, data.ndim)
    out = np.asarray(_add_up(data, axes, keepdim), dtype=data.dtype)
    return record(SumBackward1, out, (input,), (), (_dims.shown_all(dims), keepdim, shape))


def _axes(dims, ndim):
    """Axes to reduce; a 0-dim tensor accepts dim 0 and -1 and reduces nothing."""
    if ndim == 0:
        for d in dims or ():
            _dims.wrap(d, 0)
        return ()
    return _dims.reduced_axes(dims, ndim)


# ----------------------------------------------------------------------------- mean
class MeanBackward0(Node):
    """mean of everything: every element gets grad / numel"""

    rule = "grad_self = grad / numel, expanded to self's shape"

    __slots__ = ()
    attr_fields = ("self_sym_sizes", "self_sym_numel")

    def backward(self, grad):
        xp = self.xp
        shape, n = self._attrs
        # Expanded first, then divided by the number (PyTorch's order, so create_graph shows
        # grad_fn=<DivBackward1>): a new dense array, so a leaf keeps it as its .grad without a
        # copy (``.grad._version`` stays 0, as in PyTorch).
        return (xp.over(xp.expand(grad, shape), n),)


class MeanBackward1(Node):
    """mean over ``dim``: every element gets grad / (number of elements averaged)"""

    rule = "grad_self = grad / (size of the reduced dims), expanded back"

    __slots__ = ()
    attr_fields = ("dim", "keepdim", "self_sym_sizes", "self_sym_numel")

    def backward(self, grad):
        xp = self.xp
        dim, keepdim, shape, _ = self._attrs
        axes = _dims.reduced_axes(dim, len(shape)) if shape else ()
        n = int(np.prod([shape[a] for a in axes]))
        return (xp.over(xp.regrow(grad, shape, axes, keepdim), n),)  # dense, as above


@op("mean", axis_alias=True, dim_check=dim_list)
def mean(input, dim=_NOT_GIVEN, keepdim=False, *, dtype=None, out=None):
    input = to_tensor(input)
    data = input._data
    result_dtype = data.dtype if dtype is None else np.dtype(dtype.np)
    if result_dtype.kind != "f":
        raise RuntimeError(
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            f"complex dtype. Got: {_legacy(input)}"
        )
    shape = tuple(input._data.shape)
    given = dim is not _NOT_GIVEN or keepdim
    dims = _dims.as_tuple(None if dim is _NOT_GIVEN else dim)
    axes = _axes(dims, data.ndim)
    out = _average(data, axes, keepdim, result_dtype)  # PyTorch's CPU mean: its sum, divided
    if not given:
        return record(MeanBackward0, out, (input,), (), (shape, data.size))
    return record(MeanBackward1, out, (input,), (), (_dims.shown_all(dims), keepdim, shape, data.size))


# ----------------------------------------------------------------------------- prod
def _prod_grad(xp, grad, x, result, axis):
    """d prod / d x_i = product of the others (grad and result already broadcast to x)."""
    xa = xp.data(x)
    if xa.ndim == 0:
        return grad
    if not (xa == 0).any():
        return grad * (result / x)
    return _safe_zeros_backward(xp, grad, x, axis)


def _safe_zeros_backward(xp, grad, x, axis):
    """PyTorch's prod_safe_zeros_backward: each element's gradient is the product of the ones
    before it times the product of the ones after it (exclusive cumulative products from both
    ends), exact with zeros; under create_graph the same Cat, Cumprod and Flip nodes."""
    n = x.shape[axis]
    if n == 1:  # nothing else in the product
        return grad
    ones = xp.const(x, np.ones(tuple(1 if d == axis else s for d, s in enumerate(x.shape))))
    before = xp.cumprod(xp.cat([ones, xp.narrow(x, axis, 0, n - 1)], axis), axis)
    after = xp.flip(xp.cumprod(xp.cat([ones, xp.flip(xp.narrow(x, axis, 1, n - 1), (axis,))], axis), axis), (axis,))
    return grad * (before * after)


class ProdBackward0(Node):
    """prod of everything: d/dx_i = product of all the other elements"""

    rule = "grad_self = grad * (product of all the other elements)"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        shape = tuple(x.shape)
        zeros = np.count_nonzero(xp.data(x) == 0)
        if not zeros:
            return (xp.expand(grad, shape) * (result / x),)
        if zeros > 1 and not xp.grad_mode:
            # PyTorch's prod_backward: with grad mode off (no create_graph) two zeros make every
            # gradient 0, nan elements included; under create_graph it multiplies the others.
            return (xp.zeros_like(xp.data(x)),)
        return (xp.reshape(_safe_zeros_backward(xp, grad, xp.reshape(x, (-1,)), 0), shape),)


class ProdBackward1(Node):
    """prod over ``dim``: d/dx_i = product of the other elements of its row"""

    rule = "grad_self = grad * (product of the other elements of its row)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        dim, keepdim = self._attrs
        shape = xp.data(x).shape
        if not shape:
            return (grad,)
        axis = _dims.wrap(dim, len(shape))
        grad = xp.regrow(grad, shape, (axis,), keepdim)
        result = xp.regrow(result, shape, (axis,), keepdim)
        return (_prod_grad(self.xp, grad, x, result, axis),)


@op("prod", axis_alias=True, dim_check=int_dim)
def prod(input, dim=_NOT_GIVEN, keepdim=False, *, dtype=None, out=None):
    input = to_tensor(input)
    data = _accumulating_dtype(input._data, dtype)
    if dim is _NOT_GIVEN:
        # 0 * inf, overflow: np.prod is NumPy's Python code (see _fp_warnings)
        with np.errstate(invalid="ignore", over="ignore"):
            out = np.asarray(np.prod(data), dtype=data.dtype)
        return record(ProdBackward0, out, (input,), (input,), save_result=True)
    axis = _dims.wrap(int(dim), data.ndim)
    with np.errstate(invalid="ignore", over="ignore"):  # as above: np.prod is NumPy's Python code (see _fp_warnings)
        out = np.prod(data, axis=axis, keepdims=keepdim) if data.ndim else data.copy()
    out = np.asarray(out, dtype=data.dtype)
    return record(ProdBackward1, out, (input,), (input,), (_dims.shown(int(dim)), keepdim), save_result=True)


# ----------------------------------------------------------------------------- logsumexp
class LogsumexpBackward0(Node):
    """log Σ exp(x): d/dx_i = exp(x_i - result), the softmax of the row"""

    rule = "grad_self = grad * exp(self - result)   (the softmax of the row)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        dim, keepdim = self._attrs
        shape = xp.data(x).shape
        axes = _axes(dim, len(shape))
        grad = xp.regrow(grad, shape, axes, keepdim)
        result = xp.regrow(result, shape, axes, keepdim)
        return (grad * xp.exp(x - result),)


@op("logsumexp", axis_alias=True, special={"logsumexp": dim_required})
def logsumexp(input, dim=_NOT_GIVEN, keepdim=False, *, out=None):
    if dim is _NOT_GIVEN:
        raise TypeError('logsumexp() missing 1 required positional arguments: "dim"')
    input = to_tensor(input)
    data = input._data if input._data.dtype.kind == "f" else input._data.astype(_default_float())
    dims = _dims.as_tuple(dim)
    axes = _axes(dims, data.ndim)
    # inf - inf, a sum overflowing: np.max and ndarray.sum are NumPy's Python code (see _fp_warnings)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        if data.size == 0:
            out = elementary.log(elementary.exp(data).sum(axis=axes, keepdims=keepdim))
        else:
            # Subtract the max first so exp never overflows; an infinite max stands for itself.
            top = np.max(data, axis=axes, keepdims=True)
            top = np.where(np.isfinite(top), top, 0).astype(data.dtype)
            out = elementary.log(_add_up(elementary.exp(data - top), axes, keepdims=True)) + top  # PyTorch's sum
            if not keepdim:
                out = out.reshape(tuple(s for i, s in enumerate(data.shape) if i not in axes))
    out = np.asarray(out, dtype=data.dtype)
    return record(LogsumexpBackward0, out, (input,), (input,), (_dims.shown_all(dims), keepdim), save_result=True)


def _default_float():
    from ..._dtypes import default_np_float

    return default_np_float()


# ----------------------------------------------------------------------------- cumsum
class CumsumBackward0(Node):
    """running sum: x_i counts in every later output, so grad_i = Σ_{j >= i} grad_j"""

    rule = "grad_self[i] = sum of grad[j] for j >= i   (a reversed running sum)"

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, grad):
        xp = self.xp
        shape = grad.shape
        if not len(shape):
            return (grad,)
        axis = _dims.wrap(self._attrs[0], len(shape))
        return (xp.flip(xp.cumsum(xp.flip(grad, axis), axis), axis),)


@op("cumsum", axis_alias=True, inplace="cumsum_", inplace_as=lambda input, dim, *, dtype=None:
    in_place_scan(cumsum)(input, dim, dtype=dtype))
def cumsum(input, dim, *, dtype=None, out=None):
    input = to_tensor(input)
    data = _accumulating_dtype(input._data, dtype)
    axis = _dims.wrap(int(dim), data.ndim)
    # the array's own method, not np.cumsum: a warning (inf - inf) is then the package's, filtered (_fp_warnings)
    out = row_major(data.cumsum(axis=axis, dtype=data.dtype)) if data.ndim else data.copy()
    if data.ndim and out.dtype.kind == "f":
        out += 0  # PyTorch's sum starts from +0., so -0. never comes out
    return record(CumsumBackward0, out, (input,), (), (_dims.shown(int(dim)),))


FUNCTIONS, METHODS = tables(__name__)
