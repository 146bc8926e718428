"""Elementwise functions: exp, log, trig, sigmoid, relu, abs, clamp, maximum, where, masked_fill...

Each node's docstring states its local derivative; ``backward`` applies it to the incoming
gradient with operations that also work on tensors, so ``create_graph=True`` can differentiate
it again. Masks (where a clamp or a relu let the gradient through) are constants.
"""
import numpy as np

from .. import _dtypes
from ..autograd.node import Node
from ..tensor import Tensor
from . import _math
from ._record import binary_operands, record, to_tensor


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
        return (grad * result * float(np.log(2.0)),)


class Expm1Backward0(Node):
    """d (exp(x) - 1) = exp(x) = result + 1"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * (result + 1),)


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
        return (grad / (x * float(np.log(2.0))),)


class Log10Backward0(Node):
    """d log10(x) = 1 / (x ln 10)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / (x * float(np.log(10.0))),)


class Log1PBackward0(Node):
    """d log(1 + x) = 1 / (1 + x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / (x + 1),)


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


# ----------------------------------------------------------------------------- trigonometry
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


class AtanBackward0(Node):
    """d atan(x) = 1 / (1 + x²)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / (x * x + 1),)


class SinhBackward0(Node):
    """d sinh(x) = cosh(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * _math.cosh(x),)


class CoshBackward0(Node):
    """d cosh(x) = sinh(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * _math.sinh(x),)


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


def _sigmoid(x):
    # 1 / (1 + exp(-x)) as PyTorch computes it: exp overflows to inf for very negative x and the
    # result is exactly 0 there (no tiny denormal numbers), 1 for very positive x.
    with np.errstate(over="ignore"):
        return (1 / (1 + np.exp(-x))).astype(x.dtype, copy=False)


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
sigmoid = _unary(SigmoidBackward0, _sigmoid, "result", "sigmoid")


# ----------------------------------------------------------------------------- piecewise
class ReluBackward0(Node):
    """d relu(x) = 1 where x > 0, else 0"""

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        if isinstance(grad, Tensor):
            return (threshold_backward(grad, result, 0),)
        return (_math.keep(grad, result > 0),)


class ThresholdBackwardBackward0(Node):
    """relu's backward as an op (create_graph): linear in the gradient; its mask has no slope"""

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("threshold",)

    def backward(self, grad, result):
        threshold = self._attrs[0]
        g_grad = None
        if self.needs(0):
            if isinstance(grad, Tensor):
                g_grad = threshold_backward(grad, result, threshold)
            else:
                g_grad = _math.keep(grad, result > threshold)
        return g_grad, _math.zeros_like(grad) if self.needs(1) else None


def threshold_backward(grad, result, threshold):
    """``grad`` where ``result > threshold``, +0 elsewhere, recorded so it can be differentiated."""
    mask = _math.as_array(result) > threshold
    data = np.where(mask, grad._data, grad._data.dtype.type(0))
    return record(ThresholdBackwardBackward0, data, (grad, result), (result,), (threshold,))


def relu(input):
    input = to_tensor(input)
    if input._data.dtype == np.bool_:
        raise RuntimeError('"clamp_min_scalar_cpu" not implemented for \'Bool\'')
    return record(ReluBackward0, np.maximum(input._data, input._data.dtype.type(0)), (input,), save_result=True)


class AbsBackward0(Node):
    """d |x| = sign(x)"""

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        if isinstance(grad, Tensor):
            return (grad * sgn(x),)  # PyTorch's graph: MulBackward0 over SgnBackward0
        return (grad * np.sign(x),)


def abs(input):
    input = to_tensor(input)
    if input._data.dtype == np.bool_:
        raise NotImplementedError('"abs_cpu" not implemented for \'Bool\'')
    return record(AbsBackward0, np.abs(input._data), (input,), (input,))


class SignBackward0(Node):
    """sign is piecewise constant: zero gradient"""

    __slots__ = ()

    def backward(self, grad):
        return (_math.zeros_like(grad),)


def sign(input):
    input = to_tensor(input)
    return record(SignBackward0, np.sign(input._data), (input,))


class SgnBackward0(SignBackward0):
    """sgn (sign, also for complex numbers) is piecewise constant: zero gradient"""

    __slots__ = ()


def sgn(input):
    input = to_tensor(input)
    return record(SgnBackward0, np.sign(input._data), (input,))


def _rounding(name, fn):
    node_cls = type(f"{name.capitalize()}Backward0", (SignBackward0,), {
        "__slots__": (), "__doc__": f"{name} is piecewise constant: zero gradient"})

    def op(input):
        input = to_tensor(input)
        data = input._data
        return record(node_cls, fn(data) if data.dtype.kind == "f" else data.copy(), (input,))

    op.__name__ = name
    return node_cls, op


FloorBackward0, floor = _rounding("floor", np.floor)
CeilBackward0, ceil = _rounding("ceil", np.ceil)
RoundBackward0, round = _rounding("round", np.round)
TruncBackward0, trunc = _rounding("trunc", np.trunc)


def square(input):
    from .arithmetic import pow

    return pow(input, 2)


# ----------------------------------------------------------------------------- clamp
def _in_range(x, lo, hi):
    xa = _math.as_array(x)
    keep = np.ones(xa.shape, dtype=bool)
    if lo is not None:
        keep &= xa >= _math.as_array(lo)
    if hi is not None:
        keep &= xa <= _math.as_array(hi)
    return keep


class ClampBackward1(Node):
    """clamp(min, max) with numbers: the gradient passes where min <= x <= max, zero elsewhere"""

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min", "max")

    def backward(self, grad, x):
        lo, hi = self._attrs
        return (_math.keep(grad, _in_range(x, lo, hi)),)


class ClampBackward0(Node):
    """clamp(min, max) with tensors: x gets the gradient where it is inside the range, min
    where x is below it, max where x is above it"""

    __slots__ = ()
    tensor_fields = ("self", "min", "max")

    def backward(self, grad, x, lo, hi):
        xa = _math.as_array(x)
        g_x = _math.keep(grad, _in_range(x, lo, hi)) if self.needs(0) else None
        g_lo = g_hi = None
        if lo is not None and self.needs(1):
            below = xa < _math.as_array(lo)
            if hi is not None:
                below &= _math.as_array(lo) < _math.as_array(hi)
            g_lo = _math.keep(grad, below)
        if hi is not None and self.needs(2):
            above = xa > _math.as_array(hi)
            if lo is not None:
                above |= _math.as_array(hi) < _math.as_array(lo)
            g_hi = _math.keep(grad, above)
        return g_x, g_lo, g_hi


class ClampMinBackward0(Node):
    """clamp_min(min): the gradient passes where x >= min"""

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min",)

    def backward(self, grad, x):
        return (_math.keep(grad, _in_range(x, self._attrs[0], None)),)


class ClampMaxBackward0(Node):
    """clamp_max(max): the gradient passes where x <= max"""

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("max",)

    def backward(self, grad, x):
        return (_math.keep(grad, _in_range(x, None, self._attrs[0])),)


def _clamped(data, lo, hi):
    out = data
    if lo is not None:
        out = np.maximum(out, lo)
    if hi is not None:
        out = np.minimum(out, hi)
    return np.asarray(out)


def _bound_dtype(data, *bounds):
    """An integer tensor clamped with a float number becomes a float tensor."""
    if data.dtype.kind != "f" and any(isinstance(b, float) for b in bounds):
        return data.astype(_dtypes.default_np_float())
    return data


def clamp(input, min=None, max=None, *, out=None):
    input = to_tensor(input)
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        lo = None if min is None else to_tensor(min)
        hi = None if max is None else to_tensor(max)
        data = _clamped(input._data, None if lo is None else lo._data, None if hi is None else hi._data)
        data = data.astype(np.result_type(input._data, *[t._data for t in (lo, hi) if t is not None]))
        return record(ClampBackward0, data, (input, lo, hi), (input, lo, hi))
    data = _bound_dtype(input._data, min, max)
    return record(ClampBackward1, _clamped(data, min, max).astype(data.dtype), (input,), (input,), (min, max))


def clamp_min(input, min):
    data = _bound_dtype(input._data, min)
    return record(ClampMinBackward0, _clamped(data, min, None).astype(data.dtype), (input,), (input,), (min,))


def clamp_max(input, max):
    data = _bound_dtype(input._data, max)
    return record(ClampMaxBackward0, _clamped(data, None, max).astype(data.dtype), (input,), (input,), (max,))


# ----------------------------------------------------------------------------- maximum, minimum
class MaximumBackward0(Node):
    """max(a, b): the gradient goes to the larger input (split half-half on ties)"""

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        a, b = np.asarray(_math.as_array(a)), np.asarray(_math.as_array(b))
        return _tie_split(grad, a > b, a == b), _tie_split(grad, a < b, a == b)


class MinimumBackward0(Node):
    """min(a, b): the gradient goes to the smaller input (split half-half on ties)"""

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        a, b = np.asarray(_math.as_array(a)), np.asarray(_math.as_array(b))
        return _tie_split(grad, a < b, a == b), _tie_split(grad, a > b, a == b)


def _tie_split(grad, wins, ties):
    """The winner's share of the gradient: all of it, half on a tie, +0 for the loser."""
    if not ties.any():
        return _math.keep(grad, np.broadcast_to(wins, tuple(grad.shape)))
    half = _math.keep(grad, np.broadcast_to(ties, tuple(grad.shape))) * 0.5
    return _math.keep(grad, np.broadcast_to(wins, tuple(grad.shape))) + half


def maximum(input, other, *, out=None):
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MaximumBackward0, np.maximum(av, bv), (a, b), (a, b))


def minimum(input, other, *, out=None):
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MinimumBackward0, np.minimum(av, bv), (a, b), (a, b))


# ----------------------------------------------------------------------------- where, masked_fill
class WhereBackward0(Node):
    """where(c, a, b): the gradient goes to a where c holds, to b elsewhere"""

    __slots__ = ()
    tensor_fields = ("condition",)

    def backward(self, grad, cond):
        c = np.asarray(_math.as_array(cond))
        return (
            _math.keep(grad, c) if self.needs(0) else None,
            _math.keep(grad, ~c) if self.needs(1) else None,
        )


def _type_name(np_dtype):
    return {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long",
            "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}[np_dtype.name]


def where(condition, input=None, other=None, *, out=None):
    condition = to_tensor(condition)
    if input is None and other is None:
        from .compare import nonzero

        return nonzero(condition, as_tuple=True)
    if condition._data.dtype != np.bool_:
        raise RuntimeError(
            "where expected condition to be a boolean tensor, but got a tensor with dtype "
            f"{_type_name(condition._data.dtype)}"
        )
    a, b, av, bv = binary_operands(input, other)
    # binary_operands already applied PyTorch's promotion; NumPy keeps it (Python numbers are weak).
    data = np.asarray(np.where(condition._data, av, bv))
    return record(WhereBackward0, data, (a, b), (condition,))


class MaskedFillBackward0(Node):
    """masked_fill(mask, number): filled places get no gradient"""

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        return (_math.keep(grad, ~np.asarray(_math.as_array(mask))),)


class MaskedFillBackward1(Node):
    """masked_fill(mask, 0-dim tensor): filled places give their gradient to the value"""

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        m = np.broadcast_to(np.asarray(_math.as_array(mask)), tuple(grad.shape))
        g_value = None
        if self.needs(1):
            g_value = _math.keep(grad, m).sum()
        return (_math.keep(grad, ~m) if self.needs(0) else None, g_value)


def masked_fill(input, mask, value):
    if mask._data.dtype != np.bool_:
        raise RuntimeError(
            f"masked_fill_ only supports boolean masks, but got mask with dtype {mask._data.dtype.name.replace('float32', 'float').replace('int64', 'long int')}"
        )
    data = input._data
    if isinstance(value, Tensor):
        if value._data.ndim:
            raise RuntimeError(
                "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                f"{value._data.ndim} dimension(s)."
            )
        out = np.where(mask._data, value._data.astype(data.dtype), data)
        return record(MaskedFillBackward1, out, (input, value), (mask,))
    out = np.where(mask._data, np.asarray(value).astype(data.dtype), data)
    return record(MaskedFillBackward0, out, (input,), (mask,))


METHODS = {
    "exp": exp, "exp2": exp2, "expm1": expm1, "log": log, "log2": log2, "log10": log10,
    "log1p": log1p, "sqrt": sqrt, "rsqrt": rsqrt, "sin": sin, "cos": cos, "tan": tan, "atan": atan,
    "arctan": atan, "sinh": sinh, "cosh": cosh, "tanh": tanh, "sigmoid": sigmoid, "relu": relu,
    "abs": abs, "__abs__": abs, "absolute": abs, "sign": sign, "sgn": sgn, "square": square,
    "floor": floor, "ceil": ceil, "round": round, "trunc": trunc,
    "clamp": clamp, "clip": clamp, "clamp_min": clamp_min, "clamp_max": clamp_max,
    "maximum": maximum, "minimum": minimum, "masked_fill": masked_fill,
    "where": lambda self, condition, other: where(condition, self, other),
}
FUNCTIONS = dict(METHODS, where=where)
