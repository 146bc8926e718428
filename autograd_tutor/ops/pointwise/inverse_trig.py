"""Inverse trigonometric and hyperbolic functions, atan2 and hypot.

Each op is declared where it is defined (``@op``: torch name, aliases, in-place variant) and
each node carries its step-through ``rule``; its docstring states PyTorch's formula; the
backward applies it with operations that also work on tensors, so ``create_graph=True`` can
differentiate it again.
"""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._record import record, to_tensor
from .._registry import op, tables
from .exp_log import _binary_float, _float_data


class AsinBackward0(Node):
    """d asin(x) = 1 / sqrt(1 - x²)"""

    rule = "grad_self = grad / sqrt(1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * xp.rsqrt(xp.plus(-x * x, 1)),)


class AcosBackward0(Node):
    """d acos(x) = -1 / sqrt(1 - x²)"""

    rule = "grad_self = -grad / sqrt(1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * -xp.rsqrt(xp.plus(-x * x, 1)),)


class AsinhBackward0(Node):
    """d asinh(x) = 1 / sqrt(x² + 1)"""

    rule = "grad_self = grad / sqrt(self² + 1)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * xp.rsqrt(xp.plus(xp.power(x, 2), 1)),)


class AcoshBackward0(Node):
    """d acosh(x) = 1 / sqrt(x² - 1)"""

    rule = "grad_self = grad / sqrt(self² - 1)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * xp.rsqrt(xp.plus(xp.power(x, 2), -1)),)


class AtanhBackward0(Node):
    """d atanh(x) = 1 / (1 - x²)"""

    rule = "grad_self = grad / (1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad / xp.plus(-xp.power(x, 2), 1),)


def _unary(node_cls, fn, saves_self, name):
    def unary(input, *, out=None):
        input = to_tensor(input)
        data = fn(_float_data(input))
        return record(node_cls, data, (input,), (input,) if saves_self else ())

    unary.__name__ = unary.__qualname__ = name
    return unary


asin = op("asin", aliases=("arcsin",), inplace="asin_")(_unary(AsinBackward0, elementary.arcsin, True, "asin"))
acos = op("acos", aliases=("arccos",), inplace="acos_")(_unary(AcosBackward0, elementary.arccos, True, "acos"))


# PyTorch records x.asinh_(), x.acosh_() and x.atanh_() with a node of their own whose backward
# raises: the in-place formulas were never written.
class AsinhBackward1(Node):
    """PyTorch has no derivative for the in-place asinh_."""

    rule = "no rule: PyTorch has no derivative for the in-place asinh_ (its backward raises)"

    __slots__ = ()

    def backward(self, grad):
        raise NotImplementedError("the derivative for 'inplace version of asinh' is not implemented.")


class AcoshBackward1(Node):
    """PyTorch has no derivative for the in-place acosh_."""

    rule = "no rule: PyTorch has no derivative for the in-place acosh_ (its backward raises)"

    __slots__ = ()

    def backward(self, grad):
        raise NotImplementedError("the derivative for 'inplace version of acosh' is not implemented.")


class AtanhBackward1(Node):
    """PyTorch has no derivative for the in-place atanh_."""

    rule = "no rule: PyTorch has no derivative for the in-place atanh_ (its backward raises)"

    __slots__ = ()

    def backward(self, grad):
        raise NotImplementedError("the derivative for 'inplace version of atanh' is not implemented.")


asinh = op("asinh", aliases=("arcsinh",), inplace="asinh_",
           inplace_as=_unary(AsinhBackward1, np.arcsinh, False, "asinh_"))(
    _unary(AsinhBackward0, np.arcsinh, True, "asinh"))
acosh = op("acosh", aliases=("arccosh",), inplace="acosh_",
           inplace_as=_unary(AcoshBackward1, np.arccosh, False, "acosh_"))(
    _unary(AcoshBackward0, np.arccosh, True, "acosh"))
atanh = op("atanh", aliases=("arctanh",), inplace="atanh_",
           inplace_as=_unary(AtanhBackward1, elementary.arctanh, False, "atanh_"))(
    _unary(AtanhBackward0, elementary.arctanh, True, "atanh"))


# ----------------------------------------------------------------------------- two operands
class Atan2Backward0(Node):
    """d atan2(y, x) = (x, -y) / (x² + y²)"""

    rule = "grad_self = grad * other / (self² + other²),  grad_other = -grad * self / (self² + other²)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        recip = self.xp.reciprocal(a * a + b * b)
        return (grad * b * recip if self.needs(0) else None,
                grad * -a * recip if self.needs(1) else None)


@op("atan2", aliases=("arctan2",), inplace="atan2_")
def atan2(input, other, *, out=None):
    a, b, av, bv = _binary_float(input, to_tensor(other))
    data = np.arctan2(av, bv)
    return record(Atan2Backward0, data, (a, b), (a, b))


class HypotBackward0(Node):
    """d sqrt(x² + y²) = (x, y) / result"""

    rule = "grad_self = grad * self / result,  grad_other = grad * other / result"

    __slots__ = ()
    tensor_fields = ("other", "self", "result")

    def backward(self, grad, b, a, result):
        return (grad * a / result if self.needs(0) else None,
                grad * b / result if self.needs(1) else None)


@op("hypot", inplace="hypot_")
def hypot(input, other, *, out=None):
    a, b, av, bv = _binary_float(input, to_tensor(other))
    return record(HypotBackward0, np.hypot(av, bv), (a, b), (b, a), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
