"""More activations of ``torch.nn.functional``: elu, selu, celu, hardtanh, relu6, hardsigmoid,
hardswish, mish, softshrink, hardshrink, threshold and glu.

Each node saves what PyTorch's saves (``self`` and the op's numbers) and its docstring states the
local derivative. The backward uses operations that work on arrays and on tensors alike, so
``create_graph=True`` differentiates it again; where a piece is flat it gives +0 (``xp.keep``).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._arg_checks import require_tensor
from .._record import record, wrap_dim
from .._registry import op, tables
from ..pointwise.piecewise import threshold_backward

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _float_input(input, name):
    require_tensor(input, name, "input", 1)
    data = input._data
    if data.dtype.kind != "f":
        raise NotImplementedError(f'"{name}_cpu" not implemented for \'{_legacy(data.dtype)}\'')
    return data


def _legacy(np_dtype):
    return {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte",
            "bool": "Bool"}.get(np_dtype.name, np_dtype.name)


def _softplus(x):
    if isinstance(x, Tensor):
        from autograd_tutor.ops.nn.smooth_activations import softplus

        return softplus(x)
    return np.logaddexp(0, x).astype(x.dtype, copy=False)


# --------------------------------------------------------------- masked gradients, recorded
class _MaskedBackward(Node):
    """A backward that keeps ``scale · grad`` where a mask of ``self`` holds, as an op
    (create_graph): linear in the gradient, flat in ``self``."""

    rule = "A backward that keeps ``scale · grad`` where a mask of ``self`` holds, as an op (create_graph): linear in the gradient, flat in ``self``."

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        g_grad = masked_grad(self.xp, type(self), grad, x, self._attrs) if self.needs(0) else None
        return g_grad, self.xp.zeros_like(grad) if self.needs(1) else None


class HardtanhBackwardBackward0(_MaskedBackward):
    """hardtanh's backward as an op"""

    rule = "hardtanh's backward as an op"

    __slots__ = ()
    attr_fields = ("min_val", "max_val")

    @staticmethod
    def mask(x, attrs):
        return (x > attrs[0]) & (x < attrs[1]), 1


class SoftshrinkBackwardBackward0(_MaskedBackward):
    """softshrink's backward as an op"""

    rule = "softshrink's backward as an op"

    __slots__ = ()
    attr_fields = ("lambd",)

    @staticmethod
    def mask(x, attrs):
        return (x > attrs[0]) | (x < -attrs[0]), 1


class HardshrinkBackwardBackward0(SoftshrinkBackwardBackward0):
    """hardshrink's backward as an op"""

    rule = "hardshrink's backward as an op"

    __slots__ = ()


def masked_grad(xp, cls, grad, x, attrs):
    """``grad`` (times the node's scale) where the mask holds, +0 elsewhere; one op recorded as
    ``cls`` under create_graph."""
    def compute(g, x):
        mask, scale = cls.mask(x, attrs)
        return np.where(mask, g * scale if scale != 1 else g, g.dtype.type(0)).astype(g.dtype, copy=False)

    return xp.recorded(cls, compute, (grad, x), (x,), attrs)


class HardsigmoidNotImplemented(Node):
    """PyTorch records hardsigmoid's backward with a node that cannot be differentiated."""

    rule = "no rule: PyTorch cannot differentiate hardsigmoid's backward again"

    __slots__ = ()

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, grad):
        raise RuntimeError("derivative for aten::hardsigmoid_backward is not implemented")


HardsigmoidNotImplemented.__name__ = HardsigmoidNotImplemented.__qualname__ = "NotImplemented"


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


class HardtanhBackward0(Node):
    """hardtanh(x) = clamp(x, min, max)  ->  1 strictly inside (min, max), 0 elsewhere"""

    rule = "1 strictly inside (min, max), 0 elsewhere"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("min_val", "max_val")

    def backward(self, grad, x):
        return (masked_grad(self.xp, HardtanhBackwardBackward0, grad, x, self._attrs),)


def hardtanh(input, min_val=-1.0, max_val=1.0):
    require_tensor(input, "hardtanh", "input", 1)
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    x = input._data
    if x.dtype == np.bool_:
        raise RuntimeError('"hardtanh_cpu" not implemented for \'Bool\'')
    out = np.clip(x, min_val, max_val).astype(x.dtype, copy=False)
    return record(HardtanhBackward0, out, (input,), (input,), (min_val, max_val))


def relu6(input):
    return hardtanh(input, 0, 6)


class HardsigmoidBackward0(Node):
    """hardsigmoid(x) = clamp(x/6 + 1/2, 0, 1)  ->  1/6 on (-3, 3), 0 elsewhere"""

    rule = "1/6 on (-3, 3), 0 elsewhere"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xa = self.xp.data(x)
        if isinstance(grad, Tensor):
            g = grad._data
            data = np.where((xa > -3) & (xa < 3), g / 6, g.dtype.type(0)).astype(g.dtype, copy=False)
            return (record(HardsigmoidNotImplemented, data, (grad, x)),)
        return (np.where((xa > -3) & (xa < 3), grad / 6, grad.dtype.type(0)),)


def hardsigmoid(input):
    x = _float_input(input, "hardsigmoid")
    out = np.clip(x / 6 + 0.5, 0, 1).astype(x.dtype, copy=False)
    return record(HardsigmoidBackward0, out, (input,), (input,))


class HardswishBackward0(Node):
    """hardswish(x) = x relu6(x + 3) / 6  ->  0 up to -3, x/3 + 1/2 below 3, 1 from 3"""

    rule = "0 up to -3, x/3 + 1/2 below 3, 1 from 3"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        xa = xp.data(x)
        middle = grad * xp.plus(xp.over(x, 3.0), 0.5)
        return (xp.keep(xp.where(xa < 3, middle, grad), xa > -3),)


def hardswish(input):
    x = _float_input(input, "hardswish")
    out = (x * np.clip(x + 3, 0, 6) / 6).astype(x.dtype, copy=False)
    return record(HardswishBackward0, out, (input,), (input,))


class MishBackward0(Node):
    """mish(x) = x tanh(softplus(x))  ->  t + x σ(x) (1 - t²), t = tanh(softplus(x))"""

    rule = "t + x σ(x) (1 - t²), t = tanh(softplus(x))"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        t = xp.tanh(_softplus(x))
        return (grad * (t + x * xp.sigmoid(x) * xp.plus(-t * t, 1)),)


def mish(input, inplace=False):
    x = _float_input(input, "mish")
    out = (x * np.tanh(np.logaddexp(0, x))).astype(x.dtype, copy=False)
    return record(MishBackward0, out, (input,), (input,))


class SoftshrinkBackward0(Node):
    """softshrink(x) = x ∓ λ outside [-λ, λ], 0 inside  ->  1 outside, 0 inside"""

    rule = "1 outside, 0 inside"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("lambd",)

    def backward(self, grad, x):
        return (masked_grad(self.xp, self._double, grad, x, self._attrs),)

    _double = SoftshrinkBackwardBackward0


class HardshrinkBackward0(SoftshrinkBackward0):
    """hardshrink(x) = x outside [-λ, λ], 0 inside  ->  1 outside, 0 inside"""

    rule = "1 outside, 0 inside"

    __slots__ = ()
    _double = HardshrinkBackwardBackward0


def _check_lambd(x, lambd):
    top = np.finfo(x.dtype).max
    if not 0 <= lambd <= top:
        kind = {"float32": "Float", "float64": "Double", "float16": "Half"}[x.dtype.name]
        raise RuntimeError(
            f"lambda must be in range [0, {top:g}] for input dtype {kind}, but found {lambd:g}")


def _scalar_tail_zeros(out, x):
    """PyTorch's CPU kernel gives +0. inside [-λ, λ] in its vectorised loop and
    ``x * 0`` (-0. for negative x) in the scalar loop over the elements left after whole steps of
    two vectors."""
    flat_out, flat_x = out.reshape(-1), x.reshape(-1)
    lanes = max(64 // x.itemsize, 1)  # two 32-byte vectors a step, as cpu_kernel_vec unrolls
    start = flat_x.size - flat_x.size % lanes
    tail = flat_out[start:]
    inside = tail == 0
    tail[inside] = flat_x[start:][inside] * 0


def softshrink(input, lambd=0.5):
    x = _float_input(input, "softshrink")
    _check_lambd(x, lambd)
    out = np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0)).astype(x.dtype, copy=False)
    _scalar_tail_zeros(out, x)
    return record(SoftshrinkBackward0, out, (input,), (input,), (lambd,))


@op("hardshrink")
def hardshrink(input, lambd=0.5):
    x = _float_input(input, "hardshrink")
    out = np.where((x > lambd) | (x < -lambd), x, 0).astype(x.dtype, copy=False)
    return record(HardshrinkBackward0, out, (input,), (input,), (lambd,))


class ThresholdBackward0(Node):
    """threshold(x) = x where x > threshold, else value  ->  1 where x > threshold, else 0"""

    rule = "1 where x > threshold, else 0"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("threshold",)

    def backward(self, grad, x):
        return (threshold_backward(self.xp, grad, x, self._attrs[0]),)


class ThresholdBackward1(ThresholdBackward0):
    """threshold_ (in place): the same derivative"""

    rule = "threshold_ (in place): the same derivative"

    __slots__ = ()


@op("threshold", method=False)
def threshold(input, threshold, value, node=ThresholdBackward0):
    require_tensor(input, "threshold", "input", 1)
    x = input._data
    out = np.where(x > threshold, x, value).astype(x.dtype, copy=False)
    return record(node, out, (input,), (input,), (threshold,))


def threshold_(input, threshold_value, value):
    return threshold(input, threshold_value, value, ThresholdBackward1)


class GluBackward0(Node):
    """glu(x) = a σ(b), (a, b) the halves of x along dim  ->  (σ(b), a σ(b) (1 - σ(b)))"""

    rule = "(σ(b), a σ(b) (1 - σ(b)))"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("dim",)

    def backward(self, grad, x):
        dim = self._dim
        n = x.shape[dim] // 2
        if isinstance(x, Tensor):
            a, b = x.narrow(dim, 0, n), x.narrow(dim, n, n)
            s = b.sigmoid()
            from autograd_tutor.ops.shape.join import cat

            return (cat([grad * s, grad * a * s * (1 - s)], dim),)
        a, b = np.split(x, 2, axis=dim)
        s = 1 / (1 + np.exp(-b))
        return (np.concatenate([grad * s, grad * a * s * (1 - s)], axis=dim),)

    @property
    def _dim(self):
        d = self._attrs[0]
        return d - 2 ** 64 if d >= 2 ** 63 else d


def glu(input, dim=-1):
    require_tensor(input, "glu", "input", 1)
    x = input._data
    if x.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    d = wrap_dim(dim, x.ndim)
    if x.shape[d] % 2:
        raise RuntimeError(
            f"Halving dimension must be even, but dimension {d} is size {x.shape[d]}")
    a, b = np.split(x, 2, axis=d)
    with np.errstate(over="ignore"):
        out = (a / (1 + np.exp(-b))).astype(x.dtype, copy=False)
    return record(GluBackward0, out, (input,), (input,), (dim % 2 ** 64,))


FUNCTIONS, METHODS = tables(__name__)
