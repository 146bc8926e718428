"""Elementwise functions (exp, log, sqrt, trig, activations, clamp, where...).

Each node's docstring states its local derivative; ``backward`` applies it to the incoming grad.
"""
import numpy as np

from .. import _dtypes
from ..autograd.node import Node
from . import _math
from ._record import binary_operands, record, to_tensor


def _float_data(t):
    """Integer tensors are promoted to the default float dtype by floating functions."""
    data = t._data
    return data if data.dtype.kind == "f" else data.astype(_dtypes.default_np_float())


def _unary(node_cls, fn, saves):
    """Builds ``op(input)`` for a node class; ``saves`` is 'self', 'result' or None."""

    def op(input, *, out=None):
        input = to_tensor(input)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            data = fn(_float_data(input))
        if saves == "self":
            return record(node_cls, data, (input,), (input,))
        return record(node_cls, data, (input,), save_result=saves == "result")

    op.__name__ = node_cls.__name__.replace("Backward0", "").lower()
    return op


class ExpBackward0(Node):
    """d exp(x) = exp(x)"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * result,)


class LogBackward0(Node):
    """d log(x) = 1 / x"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / x,)


class Log1PBackward0(Node):
    """d log(1 + x) = 1 / (1 + x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / (x + 1),)


class Log2Backward0(Node):
    """d log2(x) = 1 / (x ln 2)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / (x * float(np.log(2.0))),)


class SqrtBackward0(Node):
    """d sqrt(x) = 1 / (2 sqrt(x))"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad / (result * 2),)


class RsqrtBackward0(Node):
    """d x^(-1/2) = -1/2 x^(-3/2) = -1/2 result³"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * result * result * result * -0.5,)


class SinBackward0(Node):
    """d sin(x) = cos(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * _math.cos(x),)


class CosBackward0(Node):
    """d cos(x) = -sin(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * -_math.sin(x),)


class TanBackward0(Node):
    """d tan(x) = 1 + tan(x)²"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * (result * result + 1),)


class TanhBackward0(Node):
    """d tanh(x) = 1 - tanh(x)²"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * (1 - result * result),)


class SigmoidBackward0(Node):
    """d σ(x) = σ(x) (1 - σ(x))"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * result * (1 - result),)


class ReluBackward0(Node):
    """d relu(x) = 1 where x > 0, else 0"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (_math.where(_math.as_array(result) > 0, grad, 0 * grad),)


class AbsBackward0(Node):
    """d |x| = sign(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * np.sign(_math.as_array(x)),)


class SignBackward0(Node):
    """sign is piecewise constant: zero gradient"""

    __slots__ = ()

    def backward(self, grad):
        return (grad * 0,)


def _sigmoid(x):
    # Numerically stable for large |x|: never exponentiates a large positive number.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype, copy=False)


exp = _unary(ExpBackward0, np.exp, "result")
log = _unary(LogBackward0, np.log, "self")
log1p = _unary(Log1PBackward0, np.log1p, "self")
log2 = _unary(Log2Backward0, np.log2, "self")
sqrt = _unary(SqrtBackward0, np.sqrt, "result")
rsqrt = _unary(RsqrtBackward0, lambda x: 1 / np.sqrt(x), "result")
sin = _unary(SinBackward0, np.sin, "self")
cos = _unary(CosBackward0, np.cos, "self")
tan = _unary(TanBackward0, np.tan, "result")
tanh = _unary(TanhBackward0, np.tanh, "result")
sigmoid = _unary(SigmoidBackward0, _sigmoid, "result")


def relu(input):
    input = to_tensor(input)
    return record(ReluBackward0, np.maximum(input._data, 0), (input,), save_result=True)


def abs(input):
    input = to_tensor(input)
    return record(AbsBackward0, np.abs(input._data), (input,), (input,))


def sign(input):
    input = to_tensor(input)
    return record(SignBackward0, np.sign(input._data), (input,))


def square(input):
    from .arithmetic import pow

    return pow(input, 2)


class ClampBackward1(Node):
    """clamp passes the gradient where min <= x <= max, zero elsewhere"""

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min", "max")

    def backward(self, grad, x):
        lo, hi = self._attrs
        xa = _math.as_array(x)
        keep = np.ones(xa.shape, dtype=bool)
        if lo is not None:
            keep &= xa >= lo
        if hi is not None:
            keep &= xa <= hi
        return (_math.where(keep, grad, 0 * grad),)


def clamp(input, min=None, max=None):
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    input = to_tensor(input)
    data = input._data
    if isinstance(min, float) or isinstance(max, float):
        data = _float_data(input)
    data = np.clip(data, min, max)
    return record(ClampBackward1, data, (input,), (input,), (min, max))


class MaximumBackward0(Node):
    """max(a, b): the gradient goes to the larger input (split half-half on ties)"""

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        a, b = _math.as_array(a), _math.as_array(b)
        share_a = (a > b) + 0.5 * (a == b)
        return grad * share_a.astype(a.dtype), grad * (1 - share_a).astype(a.dtype)


class MinimumBackward0(Node):
    """min(a, b): the gradient goes to the smaller input (split half-half on ties)"""

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        a, b = _math.as_array(a), _math.as_array(b)
        share_a = (a < b) + 0.5 * (a == b)
        return grad * share_a.astype(a.dtype), grad * (1 - share_a).astype(a.dtype)


def maximum(input, other):
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MaximumBackward0, np.maximum(av, bv), (a, b), (a, b))


def minimum(input, other):
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MinimumBackward0, np.minimum(av, bv), (a, b), (a, b))


class WhereBackward0(Node):
    """where(c, a, b): the gradient goes to a where c holds, to b elsewhere"""

    __slots__ = ()
    tensor_fields = ("condition",)

    def backward(self, grad, cond):
        c = _math.as_array(cond)
        zero = grad * 0
        return (None, _math.where(c, grad, zero), _math.where(c, zero, grad))


def where(condition, input=None, other=None):
    condition = to_tensor(condition)
    if input is None and other is None:
        return tuple(to_tensor(i) for i in np.nonzero(condition._data))
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other) if not isinstance(other, (int, float)) else other)
    if condition._data.dtype != np.bool_:
        raise RuntimeError(f"where expected condition to be a boolean tensor, but got a tensor with dtype {condition.dtype.name.capitalize()}")
    data = np.where(condition._data, av, bv)
    return record(WhereBackward0, data, (condition, a, b), (condition,))


METHODS = {
    "exp": exp, "log": log, "log1p": log1p, "log2": log2, "sqrt": sqrt, "rsqrt": rsqrt,
    "sin": sin, "cos": cos, "tan": tan, "tanh": tanh, "sigmoid": sigmoid, "relu": relu,
    "abs": abs, "__abs__": abs, "absolute": abs, "sign": sign, "square": square,
    "clamp": clamp, "clip": clamp, "maximum": maximum, "minimum": minimum,
    "where": lambda self, condition, other: where(condition, self, other),
}
FUNCTIONS = dict(METHODS, where=where)
