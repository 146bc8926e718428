"""Recorded Values as text: printed as PyTorch prints them, summarised when large."""
from contextlib import contextmanager

import numpy as np

from ..tensor import Tensor
from ..viz import tensors as T

PANEL_LIMIT = 24  # the frame panel prints tensors with at most this many elements


def as_tensor(value):
    """A detached autograd_tutor Tensor over the copy (for PyTorch-identical printing)."""
    return Tensor._make(value.array, False, None)


def shape_text(value):
    return "(" + ", ".join(str(d) for d in value.shape) + ("," if len(value.shape) == 1 else "") + ")"


_cache = None  # id(value) -> text, while text_cache() is active


@contextmanager
def text_cache():
    """Prints each Value once while active (the values stay alive meanwhile: ids are safe)."""
    global _cache
    outer, _cache = _cache, {} if _cache is None else _cache
    try:
        yield
    finally:
        _cache = outer


def text(value, limit=PANEL_LIMIT):
    """``[1., 2.]``, ``3.`` or ``shape (30, 40) float32, mean 0.12, from -1.3 to 2.2``."""
    if value is None:
        return "None"
    if _cache is None:
        return _text(value, limit)
    key = (id(value), limit)
    if key not in _cache:
        _cache[key] = _text(value, limit)
    return _cache[key]


def _text(value, limit):
    dtype = value.dtype.replace("torch.", "")
    if value.array is None:
        return f"shape {shape_text(value)} {dtype} (too large to keep a copy)"
    if value.numel <= limit:
        return T.values_text(as_tensor(value))
    a = value.array
    if a.dtype.kind in "fc" or a.dtype.kind in "iu":
        af = a.astype(np.float64)
        return (f"shape {shape_text(value)} {dtype}, mean {_num(af.mean())}, "
                f"from {_num(af.min())} to {_num(af.max())}")
    return f"shape {shape_text(value)} {dtype}"


def _num(x):
    return np.format_float_positional(float(x), precision=4, trim="-")


class Shown:
    """The few tensor attributes the graph labels read (``viz.labels``), over a recorded Value."""

    def __init__(self, value, requires_grad=False, has_grad_fn=False):
        self._value = value
        self.shape = value.shape
        self.dtype = value.dtype
        self.requires_grad = requires_grad
        self.grad_fn = True if has_grad_fn else None
        self.grad = None  # labels stay fixed for the whole replay: the panel shows .grad

    def detach(self):
        if self._value.array is None:
            raise ValueError("no copy kept")
        return as_tensor(self._value)
