"""Exponentials and logarithms: exp, exp2, expm1, log, log2, log10, log1p, sqrt, rsqrt, the
logistic sigmoid, logit (its inverse) and logaddexp.

Each node's docstring states its local derivative; ``backward`` applies it to the incoming
gradient with operations that also work on tensors, so ``create_graph=True`` can differentiate
it again. ``_float_data``, ``_binary_float`` and ``_unary`` are the helpers the other floating
pointwise modules (trig, inverse_trig, special, piecewise's frac) build on.
"""
import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _elementary as elementary
from .._masks import scalar_tail
from .._numpy_namespace import logit as logit_array, sigmoid as sigmoid_array
from .._record import binary_operands, record, to_tensor
from .._registry import op, tables
from ..double_backward.backward_ops import sigmoid_backward


def _float_data(t):
    """Integer tensors are promoted to the default float dtype by floating functions."""
    data = t._data
    return data if data.dtype.kind == "f" else data.astype(_dtypes.default_np_float())


def _binary_float(input, other):
    a, b, av, bv = binary_operands(to_tensor(input), other)
    av = np.asarray(av)
    if av.dtype.kind != "f":
        av = _float_data(a) if isinstance(a, Tensor) else av.astype(np.float32)
        bv = np.asarray(bv).astype(av.dtype)
    return a, b, av, bv


def _unary(node_cls, fn, saves, name):
    """Builds ``op(input)`` for a node class; ``saves`` is 'self', 'result' or None."""

    def op(input, *, out=None):
        input = to_tensor(input)
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

    rule = "grad_self = grad * result   (result = exp(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * result,)


class Exp2Backward0(Node):
    """d 2^x = 2^x ln 2"""

    rule = "grad_self = grad * result * ln 2   (result = 2^self)"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (self.xp.times(grad * result, _LN2),)


class Expm1Backward0(Node):
    """d (exp(x) - 1) = exp(x) = result + 1"""

    rule = "grad_self = grad * (result + 1)   (result = exp(self) - 1)"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad * self.xp.plus(result, 1),)


class LogBackward0(Node):
    """d log(x) = 1 / x"""

    rule = "grad_self = grad / self"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / x,)


class Log2Backward0(Node):
    """d log2(x) = 1 / (x ln 2)"""

    rule = "grad_self = grad / (self * ln 2)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.times(x, _LN2),)


class Log10Backward0(Node):
    """d log10(x) = 1 / (x ln 10)"""

    rule = "grad_self = grad / (self * ln 10)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.times(x, _LN10),)


class Log1PBackward0(Node):
    """d log(1 + x) = 1 / (1 + x)"""

    rule = "grad_self = grad / (1 + self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad / self.xp.plus(x, 1),)


class SqrtBackward0(Node):
    """d sqrt(x) = 1 / (2 sqrt(x))"""

    rule = "grad_self = grad / (2 * result)   (result = sqrt(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (grad / self.xp.times(result, 2),)


class RsqrtBackward0(Node):
    """d x^(-1/2) = -1/2 x^(-3/2) = -1/2 result³"""

    rule = "grad_self = -grad * result³ / 2   (result = 1 / sqrt(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        xp = self.xp
        return (xp.times(grad, -0.5) * xp.power(result, 3),)


class SigmoidBackward0(Node):
    """d σ(x) = σ(x) (1 - σ(x))"""

    rule = "grad_self = grad * result * (1 - result)   (result = sigmoid(self))"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (sigmoid_backward(self.xp, grad, result),)


exp = op("exp", inplace="exp_")(_unary(ExpBackward0, elementary.exp, "result", "exp"))
exp2 = op("exp2", inplace="exp2_", special=("exp2",))(_unary(Exp2Backward0, elementary.exp2, "result", "exp2"))
expm1 = op("expm1", inplace="expm1_", special=("expm1",))(_unary(Expm1Backward0, elementary.expm1, "result", "expm1"))
log = op("log", inplace="log_")(_unary(LogBackward0, elementary.log, "self", "log"))
log2 = op("log2", inplace="log2_")(_unary(Log2Backward0, elementary.log2, "self", "log2"))
log10 = op("log10", inplace="log10_")(_unary(Log10Backward0, elementary.log10, "self", "log10"))
log1p = op("log1p", inplace="log1p_", special=("log1p",))(_unary(Log1PBackward0, elementary.log1p, "self", "log1p"))
sqrt = op("sqrt", inplace="sqrt_")(_unary(SqrtBackward0, np.sqrt, "result", "sqrt"))
rsqrt = op("rsqrt", inplace="rsqrt_")(_unary(RsqrtBackward0, lambda x: 1 / np.sqrt(x), "result", "rsqrt"))
sigmoid = op("sigmoid", inplace="sigmoid_", special=("expit",))(_unary(SigmoidBackward0, sigmoid_array, "result", "sigmoid"))  # on arrays


# ----------------------------------------------------------------------------- log-odds and log-sum-exp
class LogitBackward0(Node):
    """d log(x / (1 - x)) = 1 / (x (1 - x)); nan outside [0, 1], or 0 outside [eps, 1 - eps]"""

    rule = "grad_self = grad / (self * (1 - self)),  0 outside [eps, 1 - eps] when eps is given"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("eps",)

    def backward(self, grad, x):
        # PyTorch's infinitely_differentiable_logit_backward: where(inside, grad / (x * (1 - x)),
        # fill), so create_graph records WhereBackward0 over DivBackward0 and SubBackward0.
        xp = self.xp
        eps = self._attrs[0]
        xa = xp.data(x)
        lo, hi, fill = (0, 1, np.nan) if eps is None else (eps, 1 - eps, 0)
        inside = (xa >= lo) & (xa <= hi)
        g = grad / (x * (xp.const(x, 1) - x))
        if not xp.grad_mode:  # a plain backward runs PyTorch's logit_backward kernel
            g = _kernel_at_minus_zero(np.asarray(g), xa, inside)
        return (xp.where(inside, g, xp.const(g, np.full(tuple(g.shape), fill))),)


def _kernel_at_minus_zero(g, x, inside):
    """PyTorch's CPU kernel gives ``grad * inf`` at x = 0 in its scalar loop, where the vectorised
    loop divides by x (1 - x): at -0. the two differ in sign. Only the elements after the last
    whole step of two 64-byte vectors reach the scalar loop (positions depend on the CPU)."""
    at = scalar_tail(x, 128) & inside & (x == 0) & np.signbit(x)
    return np.where(at, -g, g) if at.any() else g


@op("logit", inplace="logit_", special=("logit",))
def logit(input, eps=None):
    input = to_tensor(input)
    x = _float_data(input)
    if eps is not None:
        with np.errstate(over="ignore"):  # an eps beyond float32 is inf; np.clip is NumPy Python code
            x = np.clip(x, eps, 1 - eps)
    data = logit_array(x).astype(x.dtype, copy=False)
    return record(LogitBackward0, data, (input,), (input,), (None if eps is None else float(eps),))


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
    data = np.logaddexp(av, bv)
    return record(LogaddexpBackward0, data, (a, b), (a, b))


class Logaddexp2Backward0(Node):
    """d log2(2ˣ + 2ʸ) = (1 / (1 + 2^(y-x)), 1 / (1 + 2^(x-y)))"""

    rule = "grad_self = grad / (1 + 2^(other - self)),  grad_other = grad / (1 + 2^(self - other))"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        xp = self.xp
        return (grad / xp.plus(2 ** (b - a), 1) if self.needs(0) else None,
                grad / xp.plus(2 ** (a - b), 1) if self.needs(1) else None)


def _tensor_other(name, other, position):
    if not isinstance(other, Tensor):  # PyTorch's parser takes no number here
        raise TypeError(f"{name}(): argument 'other' (position {position}) must be Tensor, not {type(other).__name__}")


def _logaddexp2_method(self, other):
    _tensor_other("logaddexp2", other, 1)
    return logaddexp2(self, other)


@op("logaddexp2", method=_logaddexp2_method)
def logaddexp2(input, other, *, out=None):
    _tensor_other("logaddexp2", other, 2)
    a, b = to_tensor(input), other
    if a._data.dtype.kind != "f" and b._data.dtype.kind != "f":
        name = _dtypes.TYPE_NAME[np.result_type(a._data.dtype, b._data.dtype).name]
        raise NotImplementedError(f"\"logaddexp2_cpu\" not implemented for '{name}'")
    a, b, av, bv = _binary_float(a, b)
    return record(Logaddexp2Backward0, _logaddexp2_arrays(av, bv), (a, b), (a, b))


def _logaddexp2_arrays(a, b):
    """PyTorch's kernel: max + log1p(2^-|a - b|) / ln 2 (so log2(2^x + 2^x) rounds as PyTorch's
    does, not as NumPy's logaddexp2); equal infinities are themselves."""
    a, b = np.broadcast_arrays(a, b)
    with np.errstate(invalid="ignore"):
        out = np.maximum(a, b) + np.log1p(np.exp2(-np.abs(a - b))) * a.dtype.type(1 / np.log(2))
    same_inf = np.isinf(a) & (a == b)
    return np.where(same_inf, a, out) if same_inf.any() else out


FUNCTIONS, METHODS = tables(__name__)
