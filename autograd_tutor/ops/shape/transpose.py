"""Transposes: transpose/swapaxes, t, permute, movedim, ``x.T`` and ``x.mT``.

All are views (NumPy transposes share memory). The backward applies the inverse transposition.
``x.T`` on anything but a matrix is deprecated by PyTorch, which warns once per process.
"""

import numpy as np

from ..._warn_once import warn_once
from ...autograd.node import Node
from .. import _dims
from .._record import record, wrap_dim
from .._registry import op, properties, tables
from .._views import make_view as _as_view
from .view import _in_place_view, _shape_arg

_T_WARNING = (
    "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated "
    "and it will throw an error in a future release. Consider `x.mT` to transpose batches of "
    "matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a "
    "tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4314.)"
)


_T0_WARNING = (
    "Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4321.)"
)


class TransposeBackward0(Node):
    """transpose(d0, d1): transpose the gradient back"""

    rule = "grad_self = grad.transpose(dim0, dim1)"

    __slots__ = ()
    attr_fields = ("dim0", "dim1")

    def backward(self, grad):
        d0, d1 = (_dims.signed(d) for d in self._attrs)
        return (self.xp.transpose(grad, d0, d1),)


@op("transpose", aliases=("swapaxes", "swapdims"))
def transpose(input, dim0, dim1):
    n = input._data.ndim
    d0, d1 = wrap_dim(dim0, n), wrap_dim(dim1, n)
    out = np.swapaxes(input._data, d0, d1) if n else input._data.view()
    return _as_view(record(TransposeBackward0, out, (input,), (), (_dims.shown(dim0), _dims.shown(dim1))), input)


class TBackward0(Node):
    """t(): transpose the gradient back"""

    rule = "grad_self = grad.t()"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.t(grad),)


@op("t")
def t(input):
    if input._data.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {input._data.ndim}D")
    return _as_view(record(TBackward0, input._data.T, (input,)), input)


class TransposeBackward1(TransposeBackward0):
    """transpose_(d0, d1) in place: transpose the gradient back"""

    rule = "transpose_(d0, d1) in place: transpose the gradient back"

    __slots__ = ()


class TBackward1(TBackward0):
    """t_() in place: transpose the gradient back"""

    rule = "t_() in place: transpose the gradient back"

    __slots__ = ()


# Not inplace= variants of transpose/t: these change the tensor's own shape and strides (a view
# op done in place), and PyTorch records TransposeBackward1/TBackward1 for them.
@op("transpose_", aliases=("swapaxes_", "swapdims_"), function=False)
def transpose_(input, dim0, dim1):
    n = input._data.ndim
    d0, d1 = wrap_dim(dim0, n), wrap_dim(dim1, n)
    out = np.swapaxes(input._data, d0, d1) if n else input._data.view()
    return _in_place_view(input, TransposeBackward1, out, (_dims.shown(dim0), _dims.shown(dim1)))


@op("t_", function=False)
def t_(input):
    if input._data.ndim > 2:
        raise RuntimeError(f"t_() expects a tensor with <= 2 dimensions, but self is {input._data.ndim}D")
    return _in_place_view(input, TBackward1, input._data.T, ())


class PermuteBackward0(Node):
    """permute(dims): apply the inverse permutation to the gradient"""

    rule = "grad_self = grad.permute(inverse of dims)"

    __slots__ = ()
    attr_fields = ("dims",)

    def backward(self, grad):
        n = len(self._attrs[0])
        inverse = tuple(int(i) for i in np.argsort([_dims.wrap(d, n) for d in self._attrs[0]]))
        return (self.xp.permute(grad, inverse),)


@op("permute")
def permute(input, *dims):
    dims = _shape_arg(dims)
    n = input._data.ndim
    if len(dims) != n:
        raise RuntimeError(
            "permute(sparse_coo): number of dimensions in the tensor input does not match the length "
            f"of the desired ordering of dimensions i.e. input.dim() = {n} is not equal to len(dims) = {len(dims)}"
        )
    axes = tuple(wrap_dim(d, n) for d in dims)
    if len(set(axes)) != n:
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    out = np.transpose(input._data, axes)
    return _as_view(record(PermuteBackward0, out, (input,), (), (tuple(_dims.shown(d) for d in dims),)), input)


@op("movedim", aliases=("moveaxis",))
def movedim(input, source, destination):
    n = input._data.ndim
    src = [wrap_dim(d, n) for d in _dims.as_tuple(source)]
    dst = [wrap_dim(d, n) for d in _dims.as_tuple(destination)]
    order = [None] * n
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(i for i in range(n) if i not in src)
    order = [o if o is not None else next(rest) for o in order]
    return permute(input, order)



@op("T", as_property=True)
def big_t(input):
    """``x.T``: permute reversing all dims (deprecated by PyTorch for other than 2 dims)."""
    n = input._data.ndim
    if n != 2:
        warn_once(_T0_WARNING if n == 0 else _T_WARNING)
    return permute(input, tuple(range(n - 1, -1, -1)))


@op("mT", as_property=True)
def m_t(input):
    if input._data.ndim < 2:
        raise RuntimeError(
            f"tensor.mT is only supported on matrices or batches of matrices. Got {input._data.ndim}-D tensor."
        )
    return transpose(input, -2, -1)


@op("mH", as_property=True)
def m_h(input):
    """``x.mH``: the conjugate transpose of the last two dims (just ``mT`` for real tensors)."""
    if input._data.ndim == 0:  # deprecated, the identity
        warn_once("Tensor.mH is deprecated on 0-D tensors. Consider using x.conj(). "
                   "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4382.)")
        return permute(input, ())
    if input._data.ndim < 2:
        raise RuntimeError(
            f"tensor.mH is only supported on matrices or batches of matrices. Got {input._data.ndim}-D tensor."
        )
    return transpose(input, -2, -1)


@op("H", as_property=True)
def big_h(input):
    """``x.H``: the conjugate transpose of a matrix; PyTorch refuses other than 2 dims."""
    n = input._data.ndim
    if n == 0:  # deprecated, the identity
        warn_once("Tensor.H is deprecated on 0-D tensors. Consider using x.conj(). "
                   "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4335.)")
        return permute(input, ())
    if n != 2:
        hint = ". For batches of matrices, consider using tensor.mH" if n > 2 else "."
        raise RuntimeError(f"tensor.H is only supported on matrices (2-D tensors). Got {n}-D tensor{hint}")
    return transpose(input, 0, 1)


FUNCTIONS, METHODS = tables(__name__)
PROPERTIES = properties(__name__)
