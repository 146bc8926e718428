"""Non-differentiable helpers under their torch names: bitwise_and/or/xor/not, logical_xor,
signbit, heaviside, is_floating_point, tril_indices/triu_indices, searchsorted and bucketize.
Their results never require grad (PyTorch records nothing for them either)."""
import numpy as np

from ...tensor import Tensor
from .._record import to_tensor
from .comparison import bitwise_and, bitwise_not, bitwise_or, bitwise_xor

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


def argwhere(input):
    return _make(np.ascontiguousarray(np.argwhere(input._data).astype(np.int64)), False, None)


def bincount(input, weights=None, minlength=0):
    data = input._data
    if data.ndim != 1:
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if data.dtype.kind not in "iu":
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if data.size and data.min() < 0:
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if minlength < 0:
        raise RuntimeError("minlength should be >= 0")
    if weights is None:
        return _make(np.bincount(data, minlength=minlength).astype(np.int64), False, None)
    w = weights._data
    out_dtype = w.dtype if w.dtype.kind == "f" else np.float64
    return _make(np.bincount(data, weights=w, minlength=minlength).astype(out_dtype), False, None)


def histc(input, bins=100, min=0, max=0, *, out=None):
    data = input._data
    if data.dtype.kind != "f":
        raise RuntimeError(f"\"histogram_cpu\" not implemented for '{input.dtype.name.capitalize()}'")
    lo, hi = float(min), float(max)
    if lo == hi and data.size:
        lo, hi = float(data.min()), float(data.max())
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    if lo > hi:
        raise RuntimeError("torch.histc: max must be larger than min")
    inside = data[(data >= lo) & (data <= hi)]
    idx = np.floor((inside - lo) * bins / (hi - lo)).astype(np.int64)
    idx[idx == bins] = bins - 1
    return _make(np.bincount(idx, minlength=bins).astype(data.dtype), False, None)


def apply_(self, callable):
    """Calls ``callable`` on every element, in place (CPU tensors that do not require grad)."""
    if self.requires_grad:
        raise RuntimeError("Can't call apply_() on Variable that requires grad. Use var.detach().apply_() instead.")
    flat = self._data.reshape(-1)
    for i, v in enumerate(flat.tolist()):
        flat[i] = callable(v)
    self._vc[0] += 1
    return self


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


def square_(self):
    return self.pow_(2)


FUNCTIONS = {
    "argwhere": argwhere, "bincount": bincount, "histc": histc, "square_": square_,
    "bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
    "bitwise_not": bitwise_not, "logical_xor": logical_xor, "signbit": signbit, "heaviside": heaviside,
    "is_floating_point": is_floating_point, "tril_indices": tril_indices, "triu_indices": triu_indices,
    "searchsorted": searchsorted, "bucketize": bucketize,
}
METHODS = {"bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
           "bitwise_not": bitwise_not, "logical_xor": logical_xor, "signbit": signbit,
           "heaviside": heaviside, "bucketize": bucketize, "argwhere": argwhere, "bincount": bincount,
           "histc": histc, "apply_": apply_, "map_": map_, "square_": square_}
