"""elu, selu and celu: exponential below zero, linear above, and their in-place forms.

The in-place forms (``elu_``, ``selu_``, ``celu_``, run through ``ops.inplace``) record
PyTorch's ``*Backward1`` nodes, which save the result instead of ``self``.
"""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._record import record
from .._registry import op, tables
from ..double_backward.backward_ops import elu_backward
from ._activation_input import float_input as _float_input

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _celu_input_scale(alpha):
    # PyTorch's celu backward is elu_backward with input_scale 1.0 / alpha.toFloat()
    return 1.0 / float(np.float32(alpha))


class EluBackward0(Node):
    """elu(x) = scale x (x > 0), scale α (e^(s x) - 1) else  ->  scale, scale α s e^(s x)"""

    rule = "grad_self = grad where self > 0, else grad * alpha * exp(self)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("alpha", "scale", "input_scale")

    def backward(self, grad, x):
        # With create_graph, one recorded op (EluBackwardBackward0), as PyTorch records it.
        return (elu_backward(self.xp, grad, x, *self._attrs, False),)


def elu(input, alpha=1.0, scale=1, input_scale=1):
    x = _float_input(input, "elu")
    out = np.where(x > 0, x * scale, elementary.expm1(x * input_scale) * (alpha * scale)).astype(x.dtype, copy=False)
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
        return (elu_backward(self.xp, grad, result, *self._attrs, True),)


def elu_(input, alpha=1.0, scale=1, input_scale=1):
    """The op ``elu_`` runs on (through ``ops.inplace``): its node saves the result."""
    x = _float_input(input, "elu")
    out = np.where(x > 0, x * scale, elementary.expm1(x * input_scale) * (alpha * scale)).astype(x.dtype, copy=False)
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
        alpha = self._attrs[0]

        def compute(go, x):
            return np.where(x > 0, go, go * elementary.exp(x / alpha))

        return (elu_backward(self.xp, grad, x, alpha, 1, _celu_input_scale(alpha), False, compute),)


class CeluBackward1(Node):
    """celu_ (in place) saves its result r: d/dx = 1 (r > 0), r/α + 1 else"""

    rule = "celu_ (in place) saves its result r: d/dx = 1 (r > 0), r/α + 1 else"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("alpha",)

    def backward(self, grad, result):
        alpha = self._attrs[0]

        def compute(go, r):
            return np.where(r > 0, go, go * (r / alpha + 1))

        return (elu_backward(self.xp, grad, result, alpha, 1, _celu_input_scale(alpha), True, compute),)


def celu_(input, alpha=1.0):
    x = _float_input(input, "celu")
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError")
    out = np.where(x > 0, x, elementary.expm1(x / alpha) * alpha).astype(x.dtype, copy=False)
    return record(CeluBackward1, out, (input,), (), (alpha,), save_result=True)


@op("celu", method=False)
def celu(input, alpha=1.0):
    x = _float_input(input, "celu")
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError")
    out = np.where(x > 0, x, elementary.expm1(x / alpha) * alpha).astype(x.dtype, copy=False)
    return record(CeluBackward0, out, (input,), (input,), (alpha,))


FUNCTIONS, METHODS = tables(__name__)
