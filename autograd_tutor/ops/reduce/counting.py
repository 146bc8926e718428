"""Counting reductions: bincount (occurrences of each non-negative integer, or their weights) and
histc (counts in equal-width bins). Neither records a node: PyTorch gives them no derivative."""
import numpy as np

from ...tensor import Tensor
from .._registry import op, tables

_make = Tensor._make


@op("bincount")
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


@op("histc")
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


FUNCTIONS, METHODS = tables(__name__)
