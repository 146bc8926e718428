"""Non-differentiable helpers under their torch names: bitwise_and/or/xor/not, logical_xor,
signbit, heaviside, is_floating_point, tril_indices/triu_indices, searchsorted and bucketize.
Their results never require grad (PyTorch records nothing for them either)."""
import numpy as np

from ..tensor import Tensor
from ._record import to_tensor
from .compare import bitwise_and, bitwise_not, bitwise_or, bitwise_xor

_make = Tensor._make


def logical_xor(input, other):
    return _make(np.logical_xor(input._data, to_tensor(other)._data), False, None)


def signbit(input):
    return _make(np.signbit(input._data), False, None)


def heaviside(input, values):
    values = to_tensor(values)
    if input._data.dtype != values._data.dtype:
        raise RuntimeError("heaviside is not yet implemented for tensors with different dtypes")
    x = input._data
    # nan is neither 0 nor positive: 0, as PyTorch's kernel gives
    out = np.where(x == 0, values._data, (x > 0).astype(x.dtype)).astype(x.dtype, copy=False)
    return _make(np.asarray(out, order="C"), False, None)


def is_floating_point(input):
    return input._data.dtype.kind == "f"


def _triangle_indices(row, col, offset, upper, dtype):
    from autograd_tutor._dtypes import int64

    np_dtype = (dtype or int64).np
    r, c = np.meshgrid(np.arange(row), np.arange(col), indexing="ij")
    keep = (c - r >= offset) if upper else (c - r <= offset)
    return _make(np.stack([r[keep], c[keep]]).astype(np_dtype), False, None)


def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _triangle_indices(row, col, offset, False, dtype)


def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _triangle_indices(row, col, offset, True, dtype)


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


def bucketize(input, boundaries, *, out_int32=False, right=False):
    values = input._data if isinstance(input, Tensor) else np.asarray(input)
    out = np.searchsorted(boundaries._data, values, side="right" if right else "left")
    return _make(np.asarray(out, dtype=np.int32 if out_int32 else np.int64), False, None)


FUNCTIONS = {
    "bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
    "bitwise_not": bitwise_not, "logical_xor": logical_xor, "signbit": signbit, "heaviside": heaviside,
    "is_floating_point": is_floating_point, "tril_indices": tril_indices, "triu_indices": triu_indices,
    "searchsorted": searchsorted, "bucketize": bucketize,
}
METHODS = {"bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
           "bitwise_not": bitwise_not, "logical_xor": logical_xor, "signbit": signbit,
           "heaviside": heaviside, "bucketize": bucketize}
