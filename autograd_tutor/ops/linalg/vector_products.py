"""Products of vectors along a dimension: ``torch.linalg.vecdot`` (PyTorch's ``(x * y).sum(dim)``:
MulBackward0 under SumBackward1) and the cross product ``torch.linalg.cross`` / ``torch.cross``
(LinalgCrossBackward0: ``grad_self = other × grad``, ``grad_other = grad × self``).
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ..._warn_once import warn_once
from ...autograd.node import Node
from .. import _dims
from .._record import check_broadcastable, record, to_tensor, wrap_dim
from .._registry import op, tables


def vecdot(x, y, *, dim=-1, out=None):
    """``torch.linalg.vecdot``: the dot product of x and y along ``dim`` (broadcast)."""
    x, y = to_tensor(x), to_tensor(y)
    if x._data.dtype != y._data.dtype:
        raise RuntimeError(f"linalg.vecdot: Expected x and y to have the same dtype, but found x of type "
                           f"{TYPE_NAME[x.dtype.name]} and y of type {TYPE_NAME[y.dtype.name]} instead")
    return (x * y).sum(dim)


def _cross(xp, a, b, axis):
    """a × b along ``axis`` (size 3) from selected components: in both worlds of a formula."""
    a0, a1, a2 = (xp.select(a, axis, i) for i in range(3))
    b0, b1, b2 = (xp.select(b, axis, i) for i in range(3))
    return xp.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis)


class LinalgCrossBackward0(Node):
    """self × other  ->  grad_self = other × grad,  grad_other = grad × self"""

    rule = "grad_self = other × grad,  grad_other = grad × self"

    __slots__ = ()
    tensor_fields = ("other", "self")
    attr_fields = ("dim",)

    def backward(self, grad, other, a):
        xp = self.xp
        (dim,) = self._attrs
        axis = _dims.wrap(dim, xp.data(grad).ndim)
        g_a = xp.sum_to(_cross(xp, xp.expand(other, xp.data(grad).shape), grad, axis), xp.data(a).shape) \
            if self.needs(0) else None
        g_b = xp.sum_to(_cross(xp, grad, xp.expand(a, xp.data(grad).shape), axis), xp.data(other).shape) \
            if self.needs(1) else None
        return g_a, g_b


def _linalg_cross(input, other, dim):
    a, b = input._data, other._data
    if a.ndim != b.ndim:
        raise RuntimeError("linalg.cross: inputs must have the same number of dimensions.")
    axis = wrap_dim(dim, a.ndim)
    if a.shape[axis] != 3 or b.shape[axis] != 3:
        raise RuntimeError(f"linalg.cross: inputs dimension {dim} must have length 3. Got {a.shape[axis]} and "
                           f"{b.shape[axis]}")
    if a.dtype != b.dtype:
        raise RuntimeError(f"expected scalar type {TYPE_NAME[input.dtype.name]} but found {TYPE_NAME[other.dtype.name]}")
    check_broadcastable(a.shape, b.shape)
    shape = np.broadcast_shapes(a.shape, b.shape)
    value = np.cross(np.broadcast_to(a, shape), np.broadcast_to(b, shape), axis=axis).astype(a.dtype, copy=False)
    return record(LinalgCrossBackward0, np.ascontiguousarray(value), (input, other), (other, input), (_dims.shown(int(dim)),))


def cross(input, other, *, dim=-1, out=None):
    """``torch.linalg.cross``: the cross product along ``dim`` (length 3), batch dims broadcast."""
    return _linalg_cross(to_tensor(input), to_tensor(other), dim)


@op("cross")
def torch_cross(input, other, dim=None, *, out=None):
    """``torch.cross``: as linalg.cross, but without ``dim`` the first dimension of length 3 (deprecated)."""
    input, other = to_tensor(input), to_tensor(other)
    if dim is None:
        warn_once("Using torch.cross without specifying the dim arg is deprecated.\nPlease either pass the dim "
                   "explicitly or simply use torch.linalg.cross.\nThe default value of dim will change to agree "
                   "with that of linalg.cross in a future release. (Triggered internally at "
                   "/__w/pytorch/pytorch/aten/src/ATen/native/Cross.cpp:63.)")
        shape = np.broadcast_shapes(input._data.shape, other._data.shape) \
            if input._data.ndim == other._data.ndim else input._data.shape
        dim = next((i for i, s in enumerate(shape) if s == 3), -1)
    return _linalg_cross(input, other, dim)


FUNCTIONS, METHODS = tables(__name__)
