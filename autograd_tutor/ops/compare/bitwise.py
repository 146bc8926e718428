"""Non-differentiable helpers under their torch names: signbit, heaviside,
is_floating_point, tril_indices/triu_indices, searchsorted, bucketize, argwhere, and the
element-by-element ``apply_`` / ``map_``. Their results never require grad (PyTorch records
nothing for them either), but for heaviside's: a node whose backward raises, as PyTorch's; bitwise_and/or/xor/not and logical_and/or/xor/not are in ``comparison``."""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record
from .._registry import op, tables

_make = Tensor._make


@op("signbit")
def signbit(input):
    return _make(np.signbit(input._data), False, None)


class HeavisideBackward(Node):
    """PyTorch records heaviside with a node that cannot be differentiated."""

    rule = "no rule: heaviside cannot be differentiated (PyTorch raises)"

    __slots__ = ()
    aten = "heaviside"

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, grad):
        raise RuntimeError(f"derivative for aten::{self.aten} is not implemented")


class HeavisideInPlaceBackward(HeavisideBackward):
    """x.heaviside_(values): the same, naming the in-place op."""

    rule = "no rule: heaviside_ cannot be differentiated (PyTorch raises)"

    __slots__ = ()
    aten = "heaviside_"


HeavisideBackward.__name__ = HeavisideBackward.__qualname__ = "NotImplemented"  # as printed
HeavisideInPlaceBackward.__name__ = HeavisideInPlaceBackward.__qualname__ = "NotImplemented"


def _heaviside(node_cls, input, values, name="heaviside", position=2):
    if not isinstance(values, Tensor):  # a number too, as PyTorch refuses it
        raise TypeError(f"{name}(): argument 'values' (position {position}) must be Tensor, "
                        f"not {type(values).__name__}")
    if input._data.dtype != values._data.dtype:
        raise RuntimeError("heaviside is not yet implemented for tensors with different dtypes.")
    x = input._data
    # nan is neither 0 nor positive: 0, as PyTorch's kernel gives
    out = np.where(x == 0, values._data, (x > 0).astype(x.dtype)).astype(x.dtype, copy=False)
    return record(node_cls, np.asarray(out, order="C"), (input, values))


def _heaviside_in_place(input, values):
    return _heaviside(HeavisideInPlaceBackward, input, values, "heaviside_", 1)


def _heaviside_method(fn, name):
    def heaviside(input, values):
        return _heaviside(HeavisideBackward, input, values, name, 1)

    return heaviside


@op("heaviside", inplace="heaviside_", inplace_as=_heaviside_in_place, method_as=_heaviside_method)
def heaviside(input, values):
    return _heaviside(HeavisideBackward, input, values)


@op("is_floating_point", method=False)
def is_floating_point(input):
    return input._data.dtype.kind == "f"


def _triangle_indices(row, col, offset, upper, dtype):
    from autograd_tutor._dtypes import int64

    np_dtype = (dtype or int64).np
    r, c = np.meshgrid(np.arange(row), np.arange(col), indexing="ij")
    keep = (c - r >= offset) if upper else (c - r <= offset)
    return _make(np.stack([r[keep], c[keep]]).astype(np_dtype), False, None)


@op("tril_indices", method=False)
def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _triangle_indices(row, col, offset, False, dtype)


@op("triu_indices", method=False)
def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _triangle_indices(row, col, offset, True, dtype)


@op("searchsorted", method=False)
def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None, sorter=None):
    if side is not None:
        right = side == "right"
    seq = sorted_sequence._data
    values = input._data if isinstance(input, Tensor) else np.asarray(input)
    how = "right" if right else "left"
    if seq.ndim <= 1:
        out = np.searchsorted(seq, values, side=how)
    else:
        out = np.stack([np.searchsorted(s, v, side=how) for s, v in
                        zip(seq.reshape(-1, seq.shape[-1]), values.reshape(-1, values.shape[-1]))])
        out = out.reshape(values.shape)
    return _make(np.asarray(out, dtype=np.int32 if out_int32 else np.int64), False, None)


@op("bucketize")
def bucketize(input, boundaries, *, out_int32=False, right=False):
    values = input._data if isinstance(input, Tensor) else np.asarray(input)
    out = np.searchsorted(boundaries._data, values, side="right" if right else "left")
    return _make(np.asarray(out, dtype=np.int32 if out_int32 else np.int64), False, None)


@op("argwhere")
def argwhere(input):
    return _make(np.ascontiguousarray(np.argwhere(input._data).astype(np.int64)), False, None)


@op("apply_", function=False)
def apply_(self, callable):
    """Calls ``callable`` on every element, in place (CPU tensors that do not require grad)."""
    if self.requires_grad:
        raise RuntimeError("Can't call apply_() on Variable that requires grad. Use var.detach().apply_() instead.")
    flat = self._data.reshape(-1)
    for i, v in enumerate(flat.tolist()):
        flat[i] = callable(v)
    self._vc[0] += 1
    return self


@op("map_", function=False)
def map_(self, tensor, callable):
    """``self[i] = callable(self[i], tensor[i])``, with ``tensor`` broadcast to ``self``."""
    if self.requires_grad or tensor.requires_grad:
        raise RuntimeError("Can't call map_() on Variable that requires grad. Use var.detach().map_() instead.")
    other = np.broadcast_to(tensor._data, self._data.shape).reshape(-1).tolist()
    flat = self._data.reshape(-1)
    for i, (v, w) in enumerate(zip(flat.tolist(), other)):
        flat[i] = callable(v, w)
    self._vc[0] += 1
    return self


FUNCTIONS, METHODS = tables(__name__)
