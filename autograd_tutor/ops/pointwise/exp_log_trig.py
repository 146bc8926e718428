"""Smooth elementwise functions: exp, log, sqrt, trigonometry, tanh and sigmoid.

Each node's docstring states its local derivative; ``backward`` applies it to the incoming
gradient with operations that also work on tensors, so ``create_graph=True`` can differentiate
it again. The piecewise functions are in ``piecewise``, the choosing ones in ``selection``
(both re-exported here, where other modules have long imported them from).
"""
import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from .._numpy_namespace import sigmoid as sigmoid_array
from .._record import record, to_tensor
from ..double_backward.backward_ops import sigmoid_backward, tanh_backward
from .piecewise import abs, clamp, relu
from .selection import masked_fill, maximum, minimum, where


def _float_data(t):
    """Integer tensors are promoted to the default float dtype by floating functions."""
    data = t._data
    return data if data.dtype.kind == "f" else data.astype(_dtypes.default_np_float())


def _unary(node_cls, fn, saves, name):
    """Builds ``op(input)`` for a node class; ``saves`` is 'self', 'result' or None."""

    def op(input, *, out=None):
        input = to_tensor(input)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            data = fn(_float_data(input))
        if saves == "self":
            return record(node_cls, data, (input,), (input,))
        return record(node_cls, data, (input,), save_result=saves == "result")

    op.__name__ = name
    return op


# ----------------------------------------------------------------------------- exp and log
# The formulas are PyTorch's (derivatives.yaml), in its order: their numbers are C++ Scalars
# (xp.times / plus / power), so a create_graph backward records the same nodes.
_LN2 = 0.6931471805599453
_LN10 = 2.3025850929940456

class ExpBackward0(Node):
    """d exp(x) = exp(x)"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * result,)


class Exp2Backward0(Node):
    """d 2^x = 2^x ln 2"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (self.xp.times(grad * result, _LN2),)


class Expm1Backward0(Node):
    """d (exp(x) - 1) = exp(x) = result + 1"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * self.xp.plus(result, 1),)


class LogBackward0(Node):
    """d log(x) = 1 / x"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / x,)


class Log2Backward0(Node):
    """d log2(x) = 1 / (x ln 2)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.times(x, _LN2),)


class Log10Backward0(Node):
    """d log10(x) = 1 / (x ln 10)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.times(x, _LN10),)


class Log1PBackward0(Node):
    """d log(1 + x) = 1 / (1 + x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.plus(x, 1),)


class SqrtBackward0(Node):
    """d sqrt(x) = 1 / (2 sqrt(x))"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad / self.xp.times(result, 2),)


class RsqrtBackward0(Node):
    """d x^(-1/2) = -1/2 x^(-3/2) = -1/2 result³"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        xp = self.xp
        return (xp.times(grad, -0.5) * xp.power(result, 3),)


# ----------------------------------------------------------------------------- trigonometry
class SinBackward0(Node):
    """d sin(x) = cos(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.cos(x),)


class CosBackward0(Node):
    """d cos(x) = -sin(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * -self.xp.sin(x),)


class TanBackward0(Node):
    """d tan(x) = 1 + tan(x)²"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        xp = self.xp
        return (grad * xp.plus(xp.power(result, 2), 1),)


class AtanBackward0(Node):
    """d atan(x) = 1 / (1 + x²)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.plus(x * x, 1),)


class SinhBackward0(Node):
    """d sinh(x) = cosh(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.cosh(x),)


class CoshBackward0(Node):
    """d cosh(x) = sinh(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.sinh(x),)


class TanhBackward0(Node):
    """d tanh(x) = 1 - tanh(x)²"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (tanh_backward(self.xp, grad, result),)


class SigmoidBackward0(Node):
    """d σ(x) = σ(x) (1 - σ(x))"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (sigmoid_backward(self.xp, grad, result),)


exp = _unary(ExpBackward0, np.exp, "result", "exp")
exp2 = _unary(Exp2Backward0, np.exp2, "result", "exp2")
expm1 = _unary(Expm1Backward0, np.expm1, "result", "expm1")
log = _unary(LogBackward0, np.log, "self", "log")
log2 = _unary(Log2Backward0, np.log2, "self", "log2")
log10 = _unary(Log10Backward0, np.log10, "self", "log10")
log1p = _unary(Log1PBackward0, np.log1p, "self", "log1p")
sqrt = _unary(SqrtBackward0, np.sqrt, "result", "sqrt")
rsqrt = _unary(RsqrtBackward0, lambda x: 1 / np.sqrt(x), "result", "rsqrt")
sin = _unary(SinBackward0, np.sin, "self", "sin")
cos = _unary(CosBackward0, np.cos, "self", "cos")
tan = _unary(TanBackward0, np.tan, "result", "tan")
atan = _unary(AtanBackward0, np.arctan, "self", "atan")
sinh = _unary(SinhBackward0, np.sinh, "self", "sinh")
cosh = _unary(CoshBackward0, np.cosh, "self", "cosh")
tanh = _unary(TanhBackward0, np.tanh, "result", "tanh")
sigmoid = _unary(SigmoidBackward0, sigmoid_array, "result", "sigmoid")  # on arrays here


METHODS = {
    "exp": exp, "exp2": exp2, "expm1": expm1, "log": log, "log2": log2, "log10": log10,
    "log1p": log1p, "sqrt": sqrt, "rsqrt": rsqrt, "sin": sin, "cos": cos, "tan": tan, "atan": atan,
    "arctan": atan, "sinh": sinh, "cosh": cosh, "tanh": tanh, "sigmoid": sigmoid,
}
FUNCTIONS = dict(METHODS)
__all__ = sorted(METHODS) + ["abs", "clamp", "relu", "masked_fill", "maximum", "minimum", "where"]
