"""Trigonometric and hyperbolic functions: sin, cos, tan, atan, sinh, cosh, tanh, and the angle
conversions rad2deg and deg2rad. The inverse functions (asin, acos, atan2, ...) are in
``inverse_trig``.

Each node's docstring states its local derivative; ``backward`` applies it to the incoming
gradient with operations that also work on tensors, so ``create_graph=True`` can differentiate
it again.
"""
import math

from ...autograd.node import Node
from .. import _elementary as elementary
from .._record import record, to_tensor
from .._registry import op, tables
from ..double_backward.backward_ops import tanh_backward
from .exp_log import _float_data, _unary


# ----------------------------------------------------------------------------- trigonometry
class SinBackward0(Node):
    """d sin(x) = cos(x)"""

    rule = "grad_self = grad * cos(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.cos(x),)


class CosBackward0(Node):
    """d cos(x) = -sin(x)"""

    rule = "grad_self = -grad * sin(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * -self.xp.sin(x),)


class TanBackward0(Node):
    """d tan(x) = 1 + tan(x)²"""

    rule = "grad_self = grad * (1 + result²)   (result = tan(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        xp = self.xp
        return (grad * xp.plus(xp.power(result, 2), 1),)


class AtanBackward0(Node):
    """d atan(x) = 1 / (1 + x²)"""

    rule = "grad_self = grad / (1 + self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.plus(x * x, 1),)


class SinhBackward0(Node):
    """d sinh(x) = cosh(x)"""

    rule = "grad_self = grad * cosh(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.cosh(x),)


class CoshBackward0(Node):
    """d cosh(x) = sinh(x)"""

    rule = "grad_self = grad * sinh(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.sinh(x),)


class TanhBackward0(Node):
    """d tanh(x) = 1 - tanh(x)²"""

    rule = "grad_self = grad * (1 - result²)   (result = tanh(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (tanh_backward(self.xp, grad, result),)


sin = op("sin", inplace="sin_")(_unary(SinBackward0, elementary.sin, "self", "sin"))
cos = op("cos", inplace="cos_")(_unary(CosBackward0, elementary.cos, "self", "cos"))
tan = op("tan", inplace="tan_")(_unary(TanBackward0, elementary.tan, "result", "tan"))
atan = op("atan", aliases=("arctan",), inplace="atan_")(_unary(AtanBackward0, elementary.arctan, "self", "atan"))
sinh = op("sinh", inplace="sinh_")(_unary(SinhBackward0, elementary.sinh, "self", "sinh"))
cosh = op("cosh", inplace="cosh_")(_unary(CoshBackward0, elementary.cosh, "self", "cosh"))
tanh = op("tanh", inplace="tanh_")(_unary(TanhBackward0, elementary.tanh, "result", "tanh"))


# ----------------------------------------------------------------------------- angle conversions
class Rad2DegBackward0(Node):
    """d (x · 180/π) = 180/π"""

    rule = "grad_self = grad * 180 / π"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.times(grad, 180.0 / math.pi),)


class Deg2RadBackward0(Node):
    """d (x · π/180) = π/180"""

    rule = "grad_self = grad * π / 180"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.times(grad, math.pi / 180.0),)


@op("rad2deg", inplace="rad2deg_")
def rad2deg(input, *, out=None):
    input = to_tensor(input)
    x = _float_data(input)
    return record(Rad2DegBackward0, (x * (180.0 / math.pi)).astype(x.dtype), (input,), ())


@op("deg2rad", inplace="deg2rad_")
def deg2rad(input, *, out=None):
    input = to_tensor(input)
    x = _float_data(input)
    return record(Deg2RadBackward0, (x * (math.pi / 180.0)).astype(x.dtype), (input,), ())


FUNCTIONS, METHODS = tables(__name__)
