"""Piecewise-linear activations of ``torch.nn.functional``: hardtanh, relu6, hardsigmoid,
hardswish, softshrink, hardshrink, threshold and leaky_relu (elu, selu and celu are in elu.py,
mish in smooth_activations.py, glu in glu.py).

Each node saves what PyTorch's saves (``self`` and the op's numbers) and its docstring states the
local derivative. The backward uses operations that work on arrays and on tensors alike, so
``create_graph=True`` differentiates it again; where a piece is flat it gives +0 (``xp.keep``).
"""
import numpy as np

from ...autograd.node import Node
from .._arg_checks import require_tensor
from .._masks import nan_in_tail
from .._record import record
from .._registry import op, tables
from ..double_backward.backward_ops import hardswish_backward
from ..pointwise.piecewise import threshold_backward
from ._activation_input import float_input as _float_input, legacy_name as _legacy


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
        tail_nan = nan_in_tail(x)
        if tail_nan is not None:  # PyTorch's scalar loop tests x <= lo: nan keeps the gradient
            mask = mask | tail_nan
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


_SIXTH = float(np.float32(1 / 6))


class HardsigmoidBackward0(Node):
    """hardsigmoid(x) = clamp(x/6 + 1/2, 0, 1)  ->  1/6 on (-3, 3), 0 elsewhere"""

    rule = "1/6 on (-3, 3), 0 elsewhere"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        inside = (self.xp.data(x) > -3) & (self.xp.data(x) < 3)

        def compute(g, x):
            # PyTorch multiplies by 1/6 rounded to float, in float64 too (measured bit for bit)
            return np.where(inside, g * g.dtype.type(_SIXTH), g.dtype.type(0)).astype(g.dtype, copy=False)

        # under create_graph one op that PyTorch cannot differentiate again
        return (self.xp.recorded(HardsigmoidNotImplemented, compute, (grad, x)),)


def hardsigmoid(input):
    x = _float_input(input, "hardsigmoid")
    out = np.clip((x + 3) / 6, 0, 1).astype(x.dtype, copy=False)  # PyTorch's rounding: (x + 3) / 6
    return record(HardsigmoidBackward0, out, (input,), (input,))


class HardswishBackward0(Node):
    """hardswish(x) = x relu6(x + 3) / 6  ->  0 up to -3, x/3 + 1/2 below 3, 1 from 3"""

    rule = "0 up to -3, x/3 + 1/2 below 3, 1 from 3"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        # With create_graph, one recorded op (HardswishBackwardBackward0), as PyTorch records it.
        return (hardswish_backward(self.xp, grad, x),)


def hardswish(input):
    x = _float_input(input, "hardswish")
    out = (x * np.clip(x + 3, 0, 6) / 6).astype(x.dtype, copy=False)
    return record(HardswishBackward0, out, (input,), (input,))


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
    np.copyto(out, x, where=np.isnan(x))  # nan passes through PyTorch's kernel
    return record(SoftshrinkBackward0, out, (input,), (input,), (lambd,))


@op("hardshrink")
def hardshrink(input, lambd=0.5):
    x = _float_input(input, "hardshrink")
    out = np.where((x >= -lambd) & (x <= lambd), 0, x).astype(x.dtype, copy=False)  # PyTorch's test: nan stays
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
    out = np.where(x <= threshold, value, x).astype(x.dtype, copy=False)  # PyTorch's test: nan stays nan
    return record(node, out, (input,), (input,), (threshold,))


def threshold_(input, threshold_value, value):
    return threshold(input, threshold_value, value, ThresholdBackward1)


class LeakyReluBackward0(Node):
    """leaky_relu(x) = x where x > 0, else slope * x  ->  grad where x > 0, slope * grad elsewhere"""

    rule = "grad_self = grad where self > 0, else negative_slope * grad"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("negative_slope",)

    def backward(self, grad, x):
        return (leaky_relu_backward(self.xp, grad, x, self._attrs[0]),)


class LeakyReluBackwardBackward0(Node):
    """leaky_relu's backward as an op (create_graph): linear in the gradient, flat in x"""

    rule = "leaky_relu's backward as an op (create_graph): linear in the gradient, flat in x"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("negative_slope",)

    def backward(self, grad, x):
        slope = self._attrs[0]
        g_grad = leaky_relu_backward(self.xp, grad, x, slope) if self.needs(0) else None
        return g_grad, self.xp.zeros_like(grad) if self.needs(1) else None


def leaky_relu_backward(xp, grad, x, slope):
    """The gradient of leaky_relu: grad where x > 0, slope * grad elsewhere (one recorded op
    under create_graph, so that it can itself be differentiated)."""
    def compute(g, x):
        return np.where(x > 0, g, g * slope).astype(g.dtype, copy=False)

    return xp.recorded(LeakyReluBackwardBackward0, compute, (grad, x), (x,), (slope,))


def leaky_relu(input, negative_slope=0.01):
    out = _leaky_relu_data(input, negative_slope)
    return record(LeakyReluBackward0, out, (input,), (input,), (negative_slope,))


def _leaky_relu_data(input, negative_slope):
    require_tensor(input, "leaky_relu", "input", 1)
    data = input._data
    if data.dtype.kind != "f":
        raise NotImplementedError(f'"leaky_relu_cpu" not implemented for \'{_legacy(data.dtype)}\'')
    return np.where(data > 0, data, data * negative_slope).astype(data.dtype, copy=False)


class LeakyReluBackward1(Node):
    """leaky_relu_ (in place) saves its result r: grad where r > 0, slope * grad elsewhere"""

    rule = "grad_self = grad where result > 0, else negative_slope * grad"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("negative_slope",)

    def backward(self, grad, result):
        slope = self._attrs[0]
        if slope < 0:  # the result's sign no longer tells where the input was negative
            raise RuntimeError(_NEGATIVE_SLOPE_IN_PLACE)
        return (leaky_relu_backward(self.xp, grad, result, slope),)


_NEGATIVE_SLOPE_IN_PLACE = (
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope"
)


def leaky_relu_(input, negative_slope=0.01):
    """The op ``F.leaky_relu(..., inplace=True)`` runs on (through ``ops.inplace``): its node
    saves the result, as PyTorch's does."""
    out = _leaky_relu_data(input, negative_slope)
    return record(LeakyReluBackward1, out, (input,), (), (negative_slope,), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
