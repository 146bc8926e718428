"""Assignments: ``fill_``, ``zero_``, ``copy_`` and ``x[key] = value``.

The old values get no gradient (they are overwritten); the assigned value gets the gradient of
the places it went to. ``x[key] = value`` follows PyTorch's setitem: the key's basic part picks a
view, then the value is copied there (copy_, fill_ for a 0-dim value, or view + expand + copy_),
or put at the key's tensor indices (index_put_).

These are in-place ops of their own, not ``inplace=`` variants: no out-of-place op records
their nodes (FillBackward2/3, ZeroBackward0, CopyBackwards, CopySlices).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record
from .._registry import op, tables
from ..inplace.variants import inplace


class FillBackward2(Node):
    """fill_(number): every element is overwritten, so no gradient reaches the old value"""

    rule = "grad_self = 0   (fill_ overwrote every element)"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad),)


class ZeroBackward0(FillBackward2):
    """zero_(): every element is overwritten, so no gradient reaches the old value"""

    rule = "grad_self = 0   (zero_ overwrote every element)"

    __slots__ = ()


class FillBackward3(Node):
    """fill_(0-dim tensor): the old value gets no gradient, the value gets the sum of it"""

    rule = "grad_self = 0,  grad_value = sum(grad)   (fill_ with a 0-dim tensor)"

    __slots__ = ()

    def backward(self, grad):
        xp = self.xp
        g_value = xp.sum_all(grad) if self.needs(1) else None
        return (xp.zeros_like(grad) if self.needs(0) else None, g_value)


def _filled(before, value):
    # ndarray.fill, not np.full (NumPy Python code): a value beyond the dtype's range becomes inf
    # with a warning attributed to the package, filtered as PyTorch is silent (_fp_warnings)
    out = np.empty(before._data.shape, dtype=before._data.dtype)
    out.fill(value)
    return out


@op("fill_", function=False)
def fill_(self, value):
    if isinstance(value, Tensor):
        if value._data.ndim:
            raise RuntimeError(
                "fill_ only supports 0-dimension value tensor but got tensor with "
                f"{value._data.ndim} dimensions."
            )
        return inplace(self, lambda before, v: record(FillBackward3, _filled(before, v._data), (before, v)), value)
    return inplace(self, lambda before: record(FillBackward2, _filled(before, value), (before,)))


@op("zero_", function=False)
def zero_(self):
    return inplace(self, lambda before: record(ZeroBackward0, _filled(before, 0), (before,)))


class CopyBackwards(Node):
    """copy_(src): the old value gets no gradient; ``src`` gets it all (cast, summed to its shape)"""

    rule = "grad_self = 0,  grad_src = grad   (copy_ overwrote self with src)"

    __slots__ = ()

    def name(self):
        return "torch::autograd::CopyBackwards"

    def backward(self, grad):
        return (self.xp.zeros_like(grad) if self.needs(0) else None, grad if self.needs(1) else None)


@op("copy_", function=False)
def copy_(self, src, non_blocking=False):
    if not isinstance(src, Tensor):
        src = Tensor._make(np.asarray(src), False, None)

    def op(before, source):
        from ..shape.view import expand

        if source._data.shape != before._data.shape:
            expand(Tensor._make(source._data, False, None), before._data.shape)  # PyTorch's error
        data = np.broadcast_to(source._data, before._data.shape).astype(before._data.dtype)
        return record(CopyBackwards, data, (before, source))

    return inplace(self, op, src)


# ----------------------------------------------------------------------------- x[key] = value
def _strip_leading_ones(value):
    shape = value._data.shape
    i = 0
    while i < len(shape) and shape[i] == 1:
        i += 1
    return value if i == 0 else value.view(shape[i:])


def _copy_to(target, value):
    """PyTorch's setitem copy: same shape -> copy_, a 0-dim value -> fill_, else view + expand + copy_."""
    if value._data.shape == target._data.shape:
        return copy_(target, value)
    if value._data.ndim == 0:
        return fill_(target, value)
    from ..shape.view import expand, view

    shape = value._data.shape
    first = next((i for i, size in enumerate(shape) if size != 1), len(shape))
    return copy_(target, expand(view(value, shape[first:]), target._data.shape))


@op("__setitem__", function=False)
def setitem(self, key, value):
    from .indexing import located, value_tensor

    value = value_tensor(value, self)
    target, indices = located(self, key)
    if target is None:
        return  # x[False] = v changes nothing
    if not indices:
        _copy_to(target, value)
        return
    from .indexing import index_put

    inplace(target, lambda before, v: index_put(before, indices, _strip_leading_ones(v)), value)


FUNCTIONS, METHODS = tables(__name__)
