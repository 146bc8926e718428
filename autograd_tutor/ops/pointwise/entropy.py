"""Entropy terms, in torch.special only: entr(x) = -x log x (0 at 0, -inf below it) and
xlog1py(x, y) = x log(1 + y) (0 where x is 0), xlogy's sibling, with PyTorch's node names,
saved fields and formulas (derivatives.yaml)."""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _elementary as elementary
from .._numpy_namespace import xlog1py_arrays
from .._record import binary_operands, is_scalar, record, to_tensor
from .._registry import op, tables
from .exp_log import _float_data


class SpecialEntrBackward0(Node):
    """d (-x log x) = -(1 + log x)"""

    rule = "grad_self = grad * -(1 + log(self))"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * -xp.plus(xp.log(x), 1),)


def _entr(x):
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(x > 0, -x * elementary.log(np.where(x > 0, x, 1)), np.where(x == 0, 0, -np.inf))
    return np.where(np.isnan(x), x, out).astype(x.dtype, copy=False)


@op("special_entr", function=False, method=False, special=("entr",))
def special_entr(input, *, out=None):
    input = to_tensor(input)
    return record(SpecialEntrBackward0, _entr(_float_data(input)), (input,), (input,))


class SpecialXlog1PyBackward0(Node):
    """x log(1 + y)  ->  (log(1 + y), 0 where x = 0 and y <= -1), x / (1 + y)"""

    rule = "grad_self = grad * log1p(other)   (0 where self = 0 and other <= -1),  grad_other = grad * self / (other + 1)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, x, y):
        xp = self.xp
        gx = gy = None
        if self.needs(0):
            gx = xp.xlog1py(grad, y)
            xa, ya = np.asarray(xp.data(x)), np.asarray(xp.data(y))
            bad = np.broadcast_to((xa == 0) & (ya <= -1), np.broadcast_shapes(xa.shape, ya.shape))
            if bad.any():
                gx = xp.masked_fill(gx, bad, 0.0)
        if self.needs(1):
            gy = grad * x / xp.plus(y, 1)
        return gx, gy


class SpecialXlog1PyBackward1(Node):
    """number x, tensor y: d/dy = x / (1 + y)"""

    rule = "grad_other = grad * self / (other + 1)   (self is a number)"

    __slots__ = ()
    tensor_fields = ("other",)
    attr_fields = ("self",)

    def backward(self, grad, y):
        return (grad * self._attrs[0] / self.xp.plus(y, 1),)


class SpecialXlog1PyBackward2(Node):
    """tensor x, number y: d/dx = log(1 + y)"""

    rule = "grad_self = grad * log1p(other)   (other is a number)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("other",)

    def backward(self, grad, x):
        return (self.xp.xlog1py(grad, self.xp.const(grad, self._attrs[0])),)


@op("special_xlog1py", function=False, method=False, special=("xlog1py",))
def special_xlog1py(input, other, *, out=None):
    if is_scalar(input) and isinstance(other, Tensor):
        y = _float_data(other)
        data = xlog1py_arrays(np.asarray(input, dtype=y.dtype), y)
        return record(SpecialXlog1PyBackward1, data, (other,), (other,), (input,))
    input = to_tensor(input)
    if is_scalar(other):
        x = _float_data(input)
        data = xlog1py_arrays(x, np.asarray(other, dtype=x.dtype))
        return record(SpecialXlog1PyBackward2, data, (input,), (input,), (other,))
    a, b, av, bv = binary_operands(input, to_tensor(other))
    av = np.asarray(av)
    if av.dtype.kind != "f":
        av, bv = av.astype(np.float32), np.asarray(bv).astype(np.float32)
    return record(SpecialXlog1PyBackward0, xlog1py_arrays(av, bv), (a, b), (a, b))


FUNCTIONS, METHODS = tables(__name__)
