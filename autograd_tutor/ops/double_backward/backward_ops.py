"""Ops that backward formulas record when ``create_graph=True`` asks for a differentiable backward.

PyTorch computes some gradients with an op of their own (``tanh_backward``), so a first
derivative taken with create_graph shows ``grad_fn=<TanhBackwardBackward0>``; here the same ops,
with their own backward beside them. Each takes the formula's namespace ``xp`` first: on plain
arrays it is just the arithmetic (``xp.recorded`` computes), under create_graph one recorded op.
"""
import math

import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._masks import scalar_tail
from .._numpy_namespace import sigmoid as _sigmoid_array
from .._softmax_sums import sums_along


class TanhBackwardBackward0(Node):
    """g = grad_output * (1 - y²)  ->  d/dgrad_output = (1 - y²), d/dy = -2 y grad_output"""

    rule = "d/dgrad_output = (1 - y²), d/dy = -2 y grad_output"

    __slots__ = ()
    tensor_fields = ("grad_output", "output")

    def backward(self, grad, grad_output, y):
        return (tanh_backward(self.xp, grad, y) if self.needs(0) else None,
                grad * (-2 * y * grad_output) if self.needs(1) else None)


def tanh_backward(xp, grad_output, y):
    """grad_output * (1 - y²), the bracket rounded once (PyTorch's kernel fuses it)"""
    return xp.recorded(TanhBackwardBackward0, lambda go, y: go * elementary.one_minus_square(y), (grad_output, y),
                       (grad_output, y))


class SigmoidBackwardBackward0(Node):
    """g = grad_output * y (1 - y)  ->  d/dgrad_output = y (1 - y), d/dy = grad_output (1 - 2y)"""

    rule = "d/dgrad_output = y (1 - y), d/dy = grad_output (1 - 2y)"

    __slots__ = ()
    tensor_fields = ("grad_output", "output")

    def backward(self, grad, grad_output, y):
        return (sigmoid_backward(self.xp, grad, y) if self.needs(0) else None,
                grad * grad_output * (-2 * y + 1) if self.needs(1) else None)


def sigmoid_backward(xp, grad_output, y):
    """grad_output * (1 - y) * y, multiplied in that order (PyTorch's kernel)"""
    return xp.recorded(SigmoidBackwardBackward0, lambda go, y: go * (1 - y) * y, (grad_output, y), (grad_output, y))


class SoftmaxBackwardDataBackward0(Node):
    """g = y * (grad_output - sum(grad_output * y))  ->
    d/dgrad_output = y * (grad - sum(grad * y)),  d/dy = grad * grad_output - grad * sum(grad_output * y)
    - grad_output * sum(grad * y)   (sums along ``dim``)"""

    rule = "d/dgrad_output = y * (grad - sum(grad * y)), d/dy = grad * grad_output - grad * sum(grad_output * y) - grad_output * sum(grad * y) (sums along ``dim``)"

    __slots__ = ()
    tensor_fields = ("grad_output", "output")
    attr_fields = ("dim",)

    def backward(self, grad, grad_output, y):
        xp = self.xp
        axis = self._attrs[0]
        d_grad_output = softmax_backward_data(xp, grad, y, axis) if self.needs(0) else None
        if not self.needs(1):
            return d_grad_output, None
        s_go = xp.sum_axes(grad_output * y, axis, keepdims=True)
        s_g = xp.sum_axes(grad * y, axis, keepdims=True)
        return d_grad_output, grad * grad_output - grad * s_go - grad_output * s_g


def softmax_backward_data(xp, grad_output, y, axis):
    """softmax's gradient y * (grad_output - sum(grad_output * y))"""
    def compute(go, y):  # reusing one buffer
        out = np.multiply(go, y, out=np.empty(y.shape, np.result_type(go, y)))
        total = sums_along(out, axis)  # in the softmax kernels' order
        np.subtract(go, total, out=out)
        out *= y
        return out

    return xp.recorded(SoftmaxBackwardDataBackward0, compute, (grad_output, y), (grad_output, y), (axis,))


class LogSoftmaxBackwardDataBackward0(Node):
    """g = grad_output - exp(y) * sum(grad_output)  ->
    d/dgrad_output = grad - sum(grad * exp(y)),  d/dy = -grad * exp(y) * sum(grad_output)"""

    rule = "d/dgrad_output = grad - sum(grad * exp(y)), d/dy = -grad * exp(y) * sum(grad_output)"

    __slots__ = ()
    tensor_fields = ("grad_output", "output")
    attr_fields = ("dim",)

    def backward(self, grad, grad_output, y):
        xp = self.xp
        axis = self._attrs[0]
        e = xp.exp(y)
        d_grad_output = grad - xp.sum_axes(grad * e, axis, keepdims=True) if self.needs(0) else None
        d_y = -grad * e * xp.sum_axes(grad_output, axis, keepdims=True) if self.needs(1) else None
        return d_grad_output, d_y


def log_softmax_backward_data(xp, grad_output, y, axis):
    """log_softmax's gradient grad_output - exp(y) * sum(grad_output)"""
    return xp.recorded(LogSoftmaxBackwardDataBackward0, _log_softmax_grad, (grad_output, y), (grad_output, y),
                       (axis,), (axis,))


def _log_softmax_grad(go, y, axis):
    # one buffer, reused: exp(y)'s own array when it is one of the result's dtype (the engine
    # gives go y's dtype), else made for it (a 0-dim y's exp would be a scalar)
    if go.dtype is y.dtype and y.ndim:
        out = elementary.exp(y)
    else:
        out = elementary.exp(y, np.empty(y.shape, np.result_type(y, go)))
    out *= sums_along(go, axis)  # go.sum(axis, keepdims=True) in the softmax kernels' order
    np.subtract(go, out, out)
    return out


class SoftplusBackwardBackward0(Node):
    """g = grad_output * σ(βx) (grad_output where βx > threshold)  ->
    d/dgrad_output = the same backward; d/dx = grad_output * β σ'(βx) (0 where linear),
    PyTorch's softplus_double_backward: sigmoid_backward(g, σ(βx)) * (βx < threshold) * β"""

    rule = "d/dgrad_output = the same backward; d/dx = grad_output * β σ'(βx) (0 where linear), PyTorch's softplus_double_backward: sigmoid_backward(g, σ(βx)) * (βx < threshold) * β"

    __slots__ = ()
    tensor_fields = ("grad_output", "self")
    attr_fields = ("beta", "threshold")

    def backward(self, grad, grad_output, x):
        xp = self.xp
        beta, threshold = self._attrs
        g_out = softplus_backward(xp, grad, x, beta, threshold) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            scaled = x * beta
            smooth = xp.data(scaled) < threshold
            g_x = xp.times(sigmoid_backward(xp, grad * grad_output, xp.sigmoid(scaled)) * xp.const(x, smooth), beta)
        return g_out, g_x


def softplus_backward(xp, grad_output, x, beta, threshold):
    """softplus' gradient grad_output * σ(βx) (grad_output where βx > threshold)"""
    def compute(go, x):
        s = (1 / (1 + elementary.exp(-(x * beta)))).astype(x.dtype, copy=False)
        return np.where(x * beta > threshold, go, go * s).astype(go.dtype, copy=False)

    return xp.recorded(SoftplusBackwardBackward0, compute, (grad_output, x), (grad_output, x), (beta, threshold))


class GeluBackwardBackward0(Node):
    """g = grad_output * gelu'(x)  ->  d/dgrad_output = gelu'(x); d/dx = grad_output * gelu''(x),
    gelu''(x) = φ(x) (2 - x²) exactly (PyTorch's gelu_double_backward), or the tanh form's."""

    rule = "d/dgrad_output = gelu'(x); d/dx = grad_output * gelu''(x), gelu''(x) = φ(x) (2 - x²) exactly (PyTorch's gelu_double_backward), or the tanh form's."

    __slots__ = ()
    tensor_fields = ("grad_output", "self")
    attr_fields = ("approximate",)

    def backward(self, grad, grad_output, x):
        xp = self.xp
        approximate = self._attrs[0]
        g_out = gelu_backward(xp, grad, x, approximate) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            if approximate == "tanh":
                k, c = math.sqrt(2.0 / math.pi), 0.044715
                t = xp.tanh((x + x * x * x * c) * k)
                du = (x * x * (3 * c) + 1) * k
                sech2 = 1 - t * t
                second = sech2 * du + x * 0.5 * sech2 * (t * du * du * -2 + x * (6 * c * k))
            else:
                x_sq = x * x
                pdf = xp.exp(x_sq * -0.5) * (1.0 / math.sqrt(2.0 * math.pi))
                second = pdf * 2 - x_sq * pdf
            g_x = grad * grad_output * second
        return g_out, g_x


def gelu_backward(xp, grad_output, x, approximate):
    """gelu's gradient grad_output * gelu'(x)"""
    from ..nn.smooth_activations import gelu_derivative  # that module imports this one

    def compute(go, x):
        return (go * gelu_derivative(x, approximate)).astype(go.dtype, copy=False)

    return xp.recorded(GeluBackwardBackward0, compute, (grad_output, x), (grad_output, x), (approximate,))


class EluBackwardBackward0(Node):
    """g = elu_backward(grad_output, x): grad_output * scale (x > 0), grad_output * s α scale e^(s x)
    else (``is_result``: from the result r, grad_output * s (r + α scale))  ->
    d/dgrad_output = the same backward; d/dx = elu_backward(grad * grad_output * s) where x < 0
    (PyTorch's elu_double_backward), d/dr = grad * grad_output * s where r < 0"""

    rule = "grad_grad_output = elu_backward(grad); grad_self = elu_backward(grad * grad_output * input_scale) where self < 0"

    __slots__ = ()
    tensor_fields = ("grad_output", "self_or_result")
    attr_fields = ("alpha", "scale", "input_scale", "is_result")

    def backward(self, grad, grad_output, x):
        xp = self.xp
        alpha, scale, input_scale, is_result = self._attrs
        g_out = elu_backward(xp, grad, x, alpha, scale, input_scale, is_result) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            scaled = xp.times(grad * grad_output, input_scale)
            if not is_result:
                scaled = elu_backward(xp, scaled, x, alpha, scale, input_scale, is_result)
            g_x = scaled * xp.const(x, xp.data(x) < 0)
        return g_out, g_x


def elu_backward(xp, grad_output, x, alpha, scale, input_scale, is_result, compute=None):
    """elu's gradient from its input x (or, ``is_result``, from its result); ``compute`` the array
    arithmetic when an op rounds it its own way (celu divides by α)."""
    def elu_compute(go, x):
        if is_result:
            return np.where(x > 0, go * scale, go * ((x + alpha * scale) * input_scale))
        return np.where(x > 0, go * scale, go * (elementary.exp(x * input_scale) * (input_scale * scale * alpha)))

    def nan_like_torch(go, x):
        return _nan_like_torch((compute or elu_compute)(go, x), go * scale, x)

    return xp.recorded(EluBackwardBackward0, nan_like_torch, (grad_output, x), (grad_output, x),
                       (alpha, scale, input_scale, is_result))


class LogSigmoidBackwardBackward0(Node):
    """g = grad_output σ(-x)  ->  d/dgrad_output = the same backward;
    d/dx = grad grad_output (σ(x) - 1) σ(x) (PyTorch's log_sigmoid_double_backward)"""

    rule = "grad_grad_output = grad * sigmoid(-self); grad_self = grad * grad_output * (sigmoid(self) - 1) * sigmoid(self)"

    __slots__ = ()
    tensor_fields = ("grad_output", "self", "buffer")

    def backward(self, grad, grad_output, x, buffer):
        xp = self.xp
        g_out = log_sigmoid_backward(xp, grad, x, buffer) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            z = xp.sigmoid(x)
            g_x = grad * grad_output * xp.minus(z, 1) * z
        return g_out, g_x


def log_sigmoid_backward(xp, grad_output, x, buffer):
    """logsigmoid's gradient grad_output σ(-x) (``buffer`` saved as PyTorch saves it)"""
    return xp.recorded(LogSigmoidBackwardBackward0, lambda go, x: go * _sigmoid_array(-x),
                       (grad_output, x), (grad_output, x, buffer))


class HardswishBackwardBackward0(Node):
    """g = grad_output (x/3 + 1/2) on (-3, 3), grad_output from 3, 0 up to -3  ->
    d/dgrad_output = the same backward; d/dx = grad grad_output / 3 on (-3, 3), 0 elsewhere"""

    rule = "grad_grad_output = hardswish_backward(grad); grad_self = grad * grad_output / 3 where -3 < self < 3, else 0"

    __slots__ = ()
    tensor_fields = ("grad_output", "self")

    def backward(self, grad, grad_output, x):
        xp = self.xp
        g_out = hardswish_backward(xp, grad, x) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            xa = xp.data(x)
            g_x = xp.where((xa > -3) & (xa < 3), xp.over(grad * grad_output, 3.0), xp.zeros((), x))
        return g_out, g_x


def _nan_like_torch(out, linear, x):
    """``out`` with PyTorch's gradient at a nan of ``x``: its kernels test ``x <= 0`` (elu) or
    ``x <= -3`` then ``x < 3`` (hardswish), so nan takes the ``linear`` branch in their scalar
    loop; their vectorised loop (128 bytes a step, measured) gives nan."""
    nan = np.isnan(x)
    if not nan.any():
        return out
    at_nan = np.where(scalar_tail(x, 128), linear, out.dtype.type(np.nan))
    return np.where(nan, at_nan, out).astype(out.dtype, copy=False)


def hardswish_backward(xp, grad_output, x):
    """hardswish's gradient: 0 up to -3, grad_output (x/3 + 1/2) below 3, grad_output from 3"""
    def compute(go, x):
        inside = np.where(x < 3, go * (x / 3.0 + 0.5), go)
        return _nan_like_torch(np.where(x > -3, inside, inside.dtype.type(0)), go, x)

    return xp.recorded(HardswishBackwardBackward0, compute, (grad_output, x), (grad_output, x))


def _signed_dim(dim):
    # the dim is saved as PyTorch shows it, an unsigned 64-bit number (-1 is 2**64 - 1)
    return dim - 2 ** 64 if dim >= 2 ** 63 else dim


class GluBackwardBackward0(Node):
    """g = glu_backward(grad_output, x) = (grad_output σ(b), grad_output a σ(b) (1 - σ(b))), (a, b) the
    halves of x  ->  d/dgrad_output = the two halves of grad * glu_backward(1, x) added
    (glu_double_backward_grad_output); d/dx = PyTorch's glu_double_backward"""

    rule = "grad_grad_output = sum of the halves of grad * glu_backward(1, self); grad_self = glu_double_backward(grad, grad_output, self)"

    __slots__ = ()
    tensor_fields = ("grad_output", "self")
    attr_fields = ("dim",)

    def backward(self, grad, grad_output, x):
        xp = self.xp
        signed = _signed_dim(self._attrs[0])
        dim = signed % len(x.shape)  # wrapped for grad_output's part, as PyTorch's formula wraps it
        n = x.shape[dim] // 2
        g_out = g_x = None
        if self.needs(0):
            tmp = grad * glu_backward(xp, xp.const(x, np.ones(grad_output.shape)), x, dim)
            g_out = xp.narrow(tmp, dim, 0, n) + xp.narrow(tmp, dim, n, n)
        if self.needs(1):
            dim = signed
            a, s = xp.narrow(x, dim, 0, n), xp.sigmoid(xp.narrow(x, dim, n, n))
            one_sub_s = xp.const(s, 1) - s
            s_one_sub_s = s * one_sub_s
            gg_a, gg_b = xp.narrow(grad, dim, 0, n), xp.narrow(grad, dim, n, n)
            gg_b_a = gg_b * a
            second = s_one_sub_s * one_sub_s - s * s_one_sub_s
            g_x = xp.cat([gg_b * grad_output * s_one_sub_s,
                          gg_b_a * grad_output * second + gg_a * grad_output * s_one_sub_s], dim)
        return g_out, g_x


def glu_backward(xp, grad_output, x, dim):
    """glu's gradient (grad_output σ(b), grad_output a σ(b) (1 - σ(b))); ``dim`` as saved"""
    axis = _signed_dim(dim)

    def compute(go, x):
        a, b = np.split(x, 2, axis=axis)
        s = 1 / (1 + elementary.exp(-b))
        return np.concatenate([go * s, go * a * s * (1 - s)], axis=axis)

    return xp.recorded(GluBackwardBackward0, compute, (grad_output, x), (grad_output, x), (dim,))
