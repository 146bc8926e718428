"""Remainders: ``remainder`` (``x % y``, the sign of the divisor, as Python's) and ``fmod`` (the
sign of the dividend, as C's). Both have slope 1 in ``x``; a tensor divisor gets -grad times the
rounded quotient (floor for remainder, trunc for fmod)."""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import binary_operands, record, to_tensor
from .._registry import op, tables
from .arithmetic import _operator, _reflected


class RemainderBackward0(Node):
    """out = self - floor(self / other) * other  ->  grad_self = grad,
    grad_other = -grad * floor(self / other)"""

    rule = "grad_self = grad   (other gets no gradient)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,) + ((None,) if len(self.next_functions) > 1 else ())


class RemainderBackward1(Node):
    """remainder(x, y) = x - floor(x / y) y  ->  (grad, -grad floor(x / y))"""

    rule = "grad_self = grad,  grad_other = -grad * floor(self / other)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        if not self.needs(1):
            return grad, None
        q = self.xp.div(a, b, "floor")
        return (grad if self.needs(0) else None, -grad * q)


def _float_mod(a, b):
    """PyTorch's floating remainder: fmod, moved by the divisor when the signs differ (so
    -0.2 % 0.1 is -0., which np.mod gives as 0.)."""
    m = np.fmod(a, b)
    shift = (m != 0) & ((np.asarray(b) < 0) != (m < 0))
    return np.where(shift, m + b, m).astype(m.dtype, copy=False)


@op("remainder", inplace="remainder_", dunders={"__mod__": _operator, "__rmod__": _reflected})
def remainder(input, other):
    a, b, av, bv = binary_operands(input, other)
    if np.asarray(bv).dtype.kind in "iub" and np.asarray(av).dtype.kind in "iub" and np.any(np.asarray(bv) == 0):
        raise RuntimeError("ZeroDivisionError")  # integers: PyTorch refuses (floats give nan)
    data = _float_mod(av, bv) if np.asarray(av).dtype.kind == "f" else np.mod(av, bv)
    # A number divisor is no input of the node (PyTorch's Scalar overload).
    if isinstance(b, Tensor):
        return record(RemainderBackward1, data, (a, b), (a, b))  # saving both operands
    return record(RemainderBackward0, data, (a,))


# ----------------------------------------------------------------------------- fmod
class FmodBackward0(Node):
    """fmod(x, number): d/dx = 1"""

    rule = "grad_self = grad   (other is a number)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


class FmodBackward1(Node):
    """fmod(x, y) = x - trunc(x / y) y  ->  (grad, -grad trunc(x / y))"""

    rule = "grad_self = grad,  grad_other = -grad * trunc(self / other)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        if not self.needs(1):
            return grad, None
        q = self.xp.div(a, b, "trunc")
        return (grad if self.needs(0) else None, -grad * q)


@op("fmod", inplace="fmod_")
def fmod(input, other, *, out=None):
    a, b, av, bv = binary_operands(to_tensor(input), other)
    if np.asarray(bv).dtype.kind in "iub" and np.asarray(av).dtype.kind in "iub" and np.any(np.asarray(bv) == 0):
        raise RuntimeError("ZeroDivisionError")
    data = np.fmod(av, bv)
    if isinstance(b, Tensor):
        return record(FmodBackward1, data, (a, b), (a, b))
    return record(FmodBackward0, data, (a,))


FUNCTIONS, METHODS = tables(__name__)
