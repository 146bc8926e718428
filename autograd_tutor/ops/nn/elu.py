"""elu, selu and celu: exponential below zero, linear above, and their in-place forms.

The in-place forms (``elu_``, ``selu_``, ``celu_``, run through ``ops.inplace``) record
PyTorch's ``*Backward1`` nodes, which save the result instead of ``self``.
"""
import numpy as np

from ...autograd.node import Node
from .._record import record
from .._registry import op, tables
from ._activation_input import float_input as _float_input

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


class EluBackward0(Node):
    """elu(x) = scale x (x > 0), scale α (e^(s x) - 1) else  ->  scale, scale α s e^(s x)"""

    rule = "grad_self = grad where self > 0, else grad * alpha * exp(self)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("alpha", "scale", "input_scale")

    def backward(self, grad, x):
        xp = self.xp
        alpha, scale, input_scale = self._attrs
        xa = xp.data(x)
        neg = xp.times(xp.exp(xp.times(x, input_scale)), input_scale * scale * alpha)
        return (xp.where(xa > 0, xp.times(grad, scale), grad * neg),)


def elu(input, alpha=1.0, scale=1, input_scale=1):
    x = _float_input(input, "elu")
    with np.errstate(over="ignore"):
        out = np.where(x > 0, x * scale, np.expm1(x * input_scale) * (alpha * scale)).astype(x.dtype, copy=False)
    return record(EluBackward0, out, (input,), (input,), (alpha, scale, input_scale))


@op("selu", method=False)
def selu(input):
    return elu(input, _SELU_ALPHA, _SELU_SCALE, 1)


class EluBackward1(Node):
    """elu_ (in place) saves its result r: d/dx = scale (r > 0), s (r + α scale) else"""

    rule = "elu_ (in place) saves its result r: d/dx = scale (r > 0), s (r + α scale) else"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("alpha", "scale", "input_scale")

    def backward(self, grad, result):
        xp = self.xp
        alpha, scale, input_scale = self._attrs
        ra = xp.data(result)
        neg = xp.times(xp.plus(result, alpha * scale), input_scale)
        return (xp.where(ra > 0, xp.times(grad, scale), grad * neg),)


def elu_(input, alpha=1.0, scale=1, input_scale=1):
    """The op ``elu_`` runs on (through ``ops.inplace``): its node saves the result."""
    x = _float_input(input, "elu")
    with np.errstate(over="ignore"):
        out = np.where(x > 0, x * scale, np.expm1(x * input_scale) * (alpha * scale)).astype(x.dtype, copy=False)
    return record(EluBackward1, out, (input,), (), (alpha, scale, input_scale), save_result=True)


def selu_(input):
    return elu_(input, _SELU_ALPHA, _SELU_SCALE, 1)


class CeluBackward0(Node):
    """celu(x) = x (x > 0), α (e^(x/α) - 1) else  ->  1, e^(x/α)"""

    rule = "1, e^(x/α)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("alpha",)

    def backward(self, grad, x):
        xp = self.xp
        alpha = self._attrs[0]
        xa = xp.data(x)
        return (xp.where(xa > 0, grad, grad * xp.exp(xp.over(x, alpha))),)


class CeluBackward1(Node):
    """celu_ (in place) saves its result r: d/dx = 1 (r > 0), r/α + 1 else"""

    rule = "celu_ (in place) saves its result r: d/dx = 1 (r > 0), r/α + 1 else"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("alpha",)

    def backward(self, grad, result):
        xp = self.xp
        alpha = self._attrs[0]
        ra = xp.data(result)
        return (xp.where(ra > 0, grad, grad * xp.plus(xp.over(result, alpha), 1)),)


def celu_(input, alpha=1.0):
    x = _float_input(input, "celu")
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError")
    with np.errstate(over="ignore"):
        out = np.where(x > 0, x, np.expm1(x / alpha) * alpha).astype(x.dtype, copy=False)
    return record(CeluBackward1, out, (input,), (), (alpha,), save_result=True)


@op("celu", method=False)
def celu(input, alpha=1.0):
    x = _float_input(input, "celu")
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError")
    with np.errstate(over="ignore"):
        out = np.where(x > 0, x, np.expm1(x / alpha) * alpha).astype(x.dtype, copy=False)
    return record(CeluBackward0, out, (input,), (input,), (alpha,))


FUNCTIONS, METHODS = tables(__name__)
