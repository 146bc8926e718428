"""Smooth activations: erf, silu, gelu (exact and tanh approximation), softplus, logsigmoid,
and softsign and tanhshrink (composed of ops, as PyTorch composes them).

Each node's docstring states its local derivative. The backward formulas use operations that
work on arrays and on Tensors alike, so ``create_graph=True`` differentiates them again; gelu's and softplus'
and logsigmoid's first derivatives are recorded as ops of their own (``GeluBackwardBackward0``,
``SoftplusBackwardBackward0``, ``LogSigmoidBackwardBackward0``, in backward_ops.py), as PyTorch
records them.
"""
import math

import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _elementary as elementary
from .._record import record, to_tensor
from .._registry import op, tables
from ..double_backward.backward_ops import gelu_backward, log_sigmoid_backward, softplus_backward
from ._activation_input import float_input as _float_input

_SQRT_2 = math.sqrt(2.0)
_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_TANH_K = math.sqrt(2.0 / math.pi)
_TANH_C = 0.044715
_vector_erf = np.vectorize(math.erf, otypes=[np.float64])


def _erf_array(x):
    # NumPy has no erf; math.erf is exact in double precision, rounded to the input's dtype.
    return _vector_erf(x).astype(x.dtype, copy=False) if x.size else x.copy()


# ----------------------------------------------------------------------------- erf
class ErfBackward0(Node):
    """d erf(x) = 2 / sqrt(pi) exp(-x²)"""

    rule = "d erf(x) = 2 / sqrt(pi) exp(-x²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * (self.xp.exp(-(x * x)) * _TWO_OVER_SQRT_PI),)


@op("erf", inplace="erf_", special=("erf",))
def erf(input, *, out=None):
    input = to_tensor(input)
    data = input._data
    if data.dtype.kind != "f":  # integers are promoted to the default float dtype
        data = data.astype(_dtypes.default_np_float())
    return record(ErfBackward0, _erf_array(data), (input,), (input,))


# ----------------------------------------------------------------------------- silu
class SiluBackward0(Node):
    """silu(x) = x σ(x)  ->  d = σ(x) (1 + x (1 - σ(x)))"""

    rule = "grad_self = grad * sigmoid(self) * (1 + self * (1 - sigmoid(self)))"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        s = self.xp.sigmoid(x)
        return ((grad * s) * (x * (1 - s) + 1),)  # PyTorch's grouping: (grad * σ) first


def _silu(input):
    data = _float_input(input, "silu", "silu_cpu")
    out = (data / (1 + elementary.exp(-data))).astype(data.dtype, copy=False)
    return record(SiluBackward0, out, (input,), (input,))


def silu(input, inplace=False):
    if inplace:
        from ..inplace.variants import inplace as in_place

        return in_place(input, _silu)
    return _silu(input)


# ----------------------------------------------------------------------------- gelu
class GeluBackward0(Node):
    """exact: gelu(x) = x Φ(x)  ->  d = Φ(x) + x φ(x);
    tanh: gelu(x) = x/2 (1 + tanh(u)), u = k (x + c x³)  ->  d = (1 + t)/2 + x/2 (1 - t²) k (1 + 3c x²)"""

    rule = "grad_self = grad * (Φ(self) + self * φ(self))"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("approximate",)

    def backward(self, grad, x):
        # With create_graph, one recorded op (GeluBackwardBackward0), as PyTorch records it.
        return (gelu_backward(self.xp, grad, x, self._attrs[0]),)


def gelu_derivative(x, approximate):
    """gelu'(x) on an array."""
    if approximate == "tanh":
        t = elementary.tanh((x + x * x * x * _TANH_C) * _TANH_K)
        return (t + 1) * 0.5 + x * 0.5 * (1 - t * t) * ((x * x * (3 * _TANH_C) + 1) * _TANH_K)
    return (_erf_array(x * x.dtype.type(1 / _SQRT_2)) + 1) * 0.5 + x * elementary.exp(x * x * -0.5) * _INV_SQRT_2PI


def gelu(input, approximate="none"):
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    data = _float_input(input, "gelu", "GeluKernelImpl")
    if approximate == "tanh":
        out = 0.5 * data * (1 + elementary.tanh(_TANH_K * (data + _TANH_C * data ** 3)))
    else:
        out = 0.5 * data * (1 + _erf_array(data * data.dtype.type(1 / _SQRT_2)))
    out = out.astype(data.dtype, copy=False)
    if approximate == "none" and data.dtype == np.float32 and data.size > 1:
        out[np.isposinf(data)] = np.nan  # PyTorch's vectorised float kernel (not one element) gives nan
    return record(GeluBackward0, out, (input,), (input,), (approximate,))


# ----------------------------------------------------------------------------- softplus
class SoftplusBackward0(Node):
    """softplus(x) = log(1 + exp(βx)) / β, or x where βx > threshold  ->  d = σ(βx), or 1 there"""

    rule = "grad_self = grad * sigmoid(beta * self)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("beta", "threshold")

    def backward(self, grad, x):
        # With create_graph, one recorded op (SoftplusBackwardBackward0), as PyTorch records it.
        return (softplus_backward(self.xp, grad, x, *self._attrs),)


def softplus(input, beta=1, threshold=20):
    data = _float_input(input, "softplus", "softplus_cpu")
    scaled = data * beta
    smooth = elementary.log1p(elementary.exp(scaled)) / beta
    out = np.where(scaled > threshold, data, smooth).astype(data.dtype, copy=False)
    return record(SoftplusBackward0, out, (input,), (input,), (beta, threshold))


# ----------------------------------------------------------------------------- mish
class MishBackward0(Node):
    """mish(x) = x tanh(softplus(x))  ->  t + x σ(x) (1 - t²), t = tanh(softplus(x))"""

    rule = "t + x σ(x) (1 - t²), t = tanh(softplus(x))"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        t = xp.tanh(xp.log1p_exp(x))
        # (-t t) + 1 rounds as 1 - t t does; 1 is a C++ number on the left: SubBackward0
        return (grad * (t + x * xp.sigmoid(x) * (xp.const(t, 1) - t * t)),)


def mish(input, inplace=False):
    x = _float_input(input, "mish", "mish_cpu")
    out = (x * elementary.tanh(np.logaddexp(0, x))).astype(x.dtype, copy=False)
    return record(MishBackward0, out, (input,), (input,))


# ----------------------------------------------------------------------------- logsigmoid
class LogSigmoidBackward0(Node):
    """log σ(x) = min(x, 0) - log(1 + exp(-|x|))  ->  d = 1 - σ(x) = σ(-x)"""

    rule = "d = 1 - σ(x) = σ(-x)"

    __slots__ = ()
    tensor_fields = ("self", "buffer")

    def backward(self, grad, x, buffer):
        # With create_graph, one recorded op (LogSigmoidBackwardBackward0), as PyTorch records it.
        return (log_sigmoid_backward(self.xp, grad, x, buffer),)


def logsigmoid(input):
    """``F.logsigmoid`` (PyTorch computes it in the stable form above)."""
    data = _float_input(input, "log_sigmoid", "log_sigmoid_cpu")
    buffer = elementary.exp(-np.abs(data))  # saved as PyTorch's CPU kernel saves it
    out = (np.minimum(data, 0) - elementary.log1p(buffer)).astype(data.dtype, copy=False)
    return record(LogSigmoidBackward0, out, (input,), (input, Tensor._make(buffer, False, None)))



# ----------------------------------------------------------------------------- composed
def softsign(input):
    """input / (|input| + 1), composed (DivBackward0 over AbsBackward0)."""
    return input / (input.abs() + 1)


def tanhshrink(input):
    """input - tanh(input), composed (SubBackward0 over TanhBackward0)."""
    return input - input.tanh()


FUNCTIONS, METHODS = tables(__name__)
