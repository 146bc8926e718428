"""More elementwise math: inverse trigonometric and hyperbolic functions, atan2, hypot,
logaddexp, fmod, frac, rad2deg/deg2rad and logit.

Each op is declared where it is defined (``@op``: torch name, aliases, in-place variant) and
each node carries its step-through ``rule``; its docstring states PyTorch's formula; the
backward applies it with operations that also work on tensors, so ``create_graph=True`` can
differentiate it again.
"""
import math

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import binary_operands, record, to_tensor
from .._registry import op, tables
from .exp_log_trig import _float_data


def _call(x, method, np_fn):
    return getattr(x, method)() if isinstance(x, Tensor) else np_fn(x)


def _rsqrt(x):
    return _call(x, "rsqrt", lambda v: 1 / np.sqrt(v))


class AsinBackward0(Node):
    """d asin(x) = 1 / sqrt(1 - x²)"""

    rule = "grad_self = grad / sqrt(1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * _rsqrt(self.xp.plus(-x * x, 1)),)


class AcosBackward0(Node):
    """d acos(x) = -1 / sqrt(1 - x²)"""

    rule = "grad_self = -grad / sqrt(1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * -_rsqrt(self.xp.plus(-x * x, 1)),)


class AsinhBackward0(Node):
    """d asinh(x) = 1 / sqrt(x² + 1)"""

    rule = "grad_self = grad / sqrt(self² + 1)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * _rsqrt(xp.plus(xp.power(x, 2), 1)),)


class AcoshBackward0(Node):
    """d acosh(x) = 1 / sqrt(x² - 1)"""

    rule = "grad_self = grad / sqrt(self² - 1)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad * _rsqrt(xp.plus(xp.power(x, 2), -1)),)


class AtanhBackward0(Node):
    """d atanh(x) = 1 / (1 - x²)"""

    rule = "grad_self = grad / (1 - self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (grad / xp.plus(-xp.power(x, 2), 1),)


class FracBackward0(Node):
    """d (x - trunc(x)) = 1 (almost everywhere)"""

    rule = "grad_self = grad   (self - trunc(self) has slope 1 almost everywhere)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


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


class LogitBackward0(Node):
    """d log(x / (1 - x)) = 1 / (x (1 - x)); with eps, 0 outside [eps, 1 - eps]"""

    rule = "grad_self = grad / (self * (1 - self)),  0 outside [eps, 1 - eps] when eps is given"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("eps",)

    def backward(self, grad, x):
        xp = self.xp
        eps = self._attrs[0]
        g = grad / (x * xp.plus(-x, 1))
        xa = xp.data(x)
        if eps is None:
            outside = (xa < 0) | (xa > 1)
            return (xp.where(outside, xp.const(g, np.full(tuple(g.shape), np.nan)), g) if outside.any() else g,)
        return (xp.keep(g, (xa >= eps) & (xa <= 1 - eps)),)


def _unary(node_cls, fn, saves_self, name):
    def unary(input, *, out=None):
        input = to_tensor(input)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            data = fn(_float_data(input))
        return record(node_cls, data, (input,), (input,) if saves_self else ())

    unary.__name__ = unary.__qualname__ = name
    return unary


asin = op("asin", aliases=("arcsin",), inplace="asin_")(_unary(AsinBackward0, np.arcsin, True, "asin"))
acos = op("acos", aliases=("arccos",), inplace="acos_")(_unary(AcosBackward0, np.arccos, True, "acos"))
asinh = op("asinh", aliases=("arcsinh",))(_unary(AsinhBackward0, np.arcsinh, True, "asinh"))
acosh = op("acosh", aliases=("arccosh",))(_unary(AcoshBackward0, np.arccosh, True, "acosh"))
atanh = op("atanh", aliases=("arctanh",))(_unary(AtanhBackward0, np.arctanh, True, "atanh"))
frac = op("frac", inplace="frac_")(_unary(FracBackward0, lambda x: x - np.trunc(x), False, "frac"))
rad2deg = op("rad2deg", inplace="rad2deg_")(
    _unary(Rad2DegBackward0, lambda x: (x * (180.0 / math.pi)).astype(x.dtype), False, "rad2deg"))
deg2rad = op("deg2rad", inplace="deg2rad_")(
    _unary(Deg2RadBackward0, lambda x: (x * (math.pi / 180.0)).astype(x.dtype), False, "deg2rad"))


@op("logit", inplace="logit_")
def logit(input, eps=None):
    input = to_tensor(input)
    x = _float_data(input)
    if eps is not None:
        x = np.clip(x, eps, 1 - eps)
    with np.errstate(divide="ignore", invalid="ignore"):
        data = np.log(x / (1 - x)).astype(x.dtype, copy=False)
    return record(LogitBackward0, data, (input,), (input,), (None if eps is None else float(eps),))


# ----------------------------------------------------------------------------- two operands
def _binary_float(input, other):
    a, b, av, bv = binary_operands(to_tensor(input), other)
    av = np.asarray(av)
    if av.dtype.kind != "f":
        av = _float_data(a) if isinstance(a, Tensor) else av.astype(np.float32)
        bv = np.asarray(bv).astype(av.dtype)
    return a, b, av, bv


class Atan2Backward0(Node):
    """d atan2(y, x) = (x, -y) / (x² + y²)"""

    rule = "grad_self = grad * other / (self² + other²),  grad_other = -grad * self / (self² + other²)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        recip = _call(a * a + b * b, "reciprocal", lambda v: 1 / v)
        return (grad * b * recip if self.needs(0) else None,
                grad * -a * recip if self.needs(1) else None)


@op("atan2", aliases=("arctan2",), inplace="atan2_")
def atan2(input, other, *, out=None):
    a, b, av, bv = _binary_float(input, to_tensor(other))
    with np.errstate(divide="ignore", invalid="ignore"):
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


class LogaddexpBackward0(Node):
    """d log(eˣ + eʸ) = (1 / (1 + e^(y-x)), 1 / (1 + e^(x-y)))"""

    rule = "grad_self = grad / (1 + exp(other - self)),  grad_other = grad / (1 + exp(self - other))"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        xp = self.xp
        return (grad / xp.plus(xp.exp(b - a), 1) if self.needs(0) else None,
                grad / xp.plus(xp.exp(a - b), 1) if self.needs(1) else None)


@op("logaddexp")
def logaddexp(input, other, *, out=None):
    a, b, av, bv = _binary_float(input, to_tensor(other))
    with np.errstate(over="ignore", invalid="ignore"):
        data = np.logaddexp(av, bv)
    return record(LogaddexpBackward0, data, (a, b), (a, b))


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
        q = a.div(b, rounding_mode="trunc") if isinstance(a, Tensor) else np.trunc(a / b)
        return (grad if self.needs(0) else None, -grad * q)


@op("fmod", inplace="fmod_")
def fmod(input, other, *, out=None):
    a, b, av, bv = binary_operands(to_tensor(input), other)
    if np.asarray(bv).dtype.kind in "iub" and np.asarray(av).dtype.kind in "iub" and np.any(np.asarray(bv) == 0):
        raise RuntimeError("ZeroDivisionError")
    with np.errstate(divide="ignore", invalid="ignore"):
        data = np.fmod(av, bv)
    if isinstance(b, Tensor):
        return record(FmodBackward1, data, (a, b), (a, b))
    return record(FmodBackward0, data, (a,))


class RemainderBackward1(Node):
    """remainder(x, y) = x - floor(x / y) y  ->  (grad, -grad floor(x / y))"""

    rule = "grad_self = grad,  grad_other = -grad * floor(self / other)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        if not self.needs(1):
            return grad, None
        q = a.div(b, rounding_mode="floor") if isinstance(a, Tensor) else np.floor(a / b)
        return (grad if self.needs(0) else None, -grad * q)


def remainder_tensor(a, b, data):
    """remainder with a tensor divisor: PyTorch's RemainderBackward1, saving both operands."""
    return record(RemainderBackward1, data, (a, b), (a, b))


FUNCTIONS, METHODS = tables(__name__)
