"""Running and outer products: cumprod and kron.

cumprod's gradient is written without dividing by the input, so zeros in it are handled: the
gradient of x_i is Σ_{j >= i} grad_j · (product of x_0..x_j without x_i), one cumprod per i.
kron is what PyTorch composes it from: interleaved views multiplied, then one reshape.
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._arg_checks import require_tensor
from .._numpy_namespace import row_major
from .._record import record, to_tensor
from .._registry import op, tables
from ..reduce.sum_mean_prod import _accumulating_dtype, in_place_scan
from ..shape.view import unsafe_view


class CumprodBackward0(Node):
    """y_j = x_0 ... x_j  ->  grad_x_i = Σ_{j >= i} grad_j · y_j / x_i (computed without dividing)"""

    rule = "grad_x_i = Σ_{j >= i} grad_j · y_j / x_i (computed without dividing)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("dim",)

    def backward(self, grad, x, result):
        xp = self.xp
        if not len(grad.shape):
            return (grad,)
        axis = _dims.wrap(self._attrs[0], len(grad.shape))
        n = grad.shape[axis]
        parts = []
        for i in range(n):
            keep = np.ones(n, dtype=bool)
            keep[i] = False  # x_i replaced by 1: the products then leave it out
            shape = [1] * len(grad.shape)
            shape[axis] = n
            keep = keep.reshape(shape)
            without_i = xp.where(keep, x, xp.const(x, 1.0))
            later = np.arange(n).reshape(shape) >= i
            terms = xp.keep(grad * xp.cumprod(without_i, axis), np.broadcast_to(later, tuple(grad.shape)))
            parts.append(xp.sum_axes(terms, axis, keepdims=True))
        return (xp.cat(parts, axis),)


@op("cumprod", inplace="cumprod_", inplace_as=lambda input, dim, *, dtype=None:
    in_place_scan(cumprod)(input, dim, dtype=dtype))
@_dims.axis_alias
def cumprod(input, dim, *, dtype=None, out=None):
    input = to_tensor(input)
    data = _accumulating_dtype(input._data, dtype)
    axis = _dims.wrap(int(dim), data.ndim)
    # the array's own method, not np.cumprod: an overflow warning is then the package's (see _fp_warnings)
    out = row_major(data.cumprod(axis=axis, dtype=data.dtype)) if data.ndim else data.copy()
    return record(CumprodBackward0, out, (input,), (input,), (_dims.shown(int(dim)),), save_result=True)


@op("kron")
def kron(input, other):
    require_tensor(input, "kron", "input", 1)
    require_tensor(other, "kron", "other", 2)
    nd = max(input._data.ndim, other._data.ndim)
    a_shape = (1,) * (nd - input._data.ndim) + input._data.shape
    b_shape = (1,) * (nd - other._data.ndim) + other._data.shape
    # a as (a0, 1, a1, 1, ...), b as (1, b0, 1, b1, ...): their product holds every a_i b_j.
    a = unsafe_view(input, tuple(s for d in a_shape for s in (d, 1)))
    b = unsafe_view(other, tuple(s for d in b_shape for s in (1, d)))
    return unsafe_view(a * b, tuple(x * y for x, y in zip(a_shape, b_shape)))


FUNCTIONS, METHODS = tables(__name__)
