"""Ops that backward formulas record when ``create_graph=True`` asks for a differentiable backward.

PyTorch computes some gradients with an op of their own (``tanh_backward``), so a first
derivative taken with create_graph shows ``grad_fn=<TanhBackwardBackward0>``; here the same ops,
with their own backward beside them. On plain arrays (no create_graph) the formulas stay inline.
"""
import math

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _math
from .._record import record


class TanhBackwardBackward0(Node):
    """g = grad_output * (1 - y²)  ->  d/dgrad_output = (1 - y²), d/dy = -2 y grad_output"""

    __slots__ = ()
    tensor_fields = ("grad_output", "output")

    def backward(self, grad, grad_output, y):
        return (tanh_backward(grad, y) if self.needs(0) else None,
                grad * (-2 * y * grad_output) if self.needs(1) else None)


def tanh_backward(grad_output, y):
    if not differentiable(y):
        return grad_output * (1 - y * y)
    grad_output = _tensor(grad_output)
    data = grad_output._data * (1 - y._data * y._data)
    return record(TanhBackwardBackward0, data, (grad_output, y), (grad_output, y))


class SigmoidBackwardBackward0(Node):
    """g = grad_output * y (1 - y)  ->  d/dgrad_output = y (1 - y), d/dy = grad_output (1 - 2y)"""

    __slots__ = ()
    tensor_fields = ("grad_output", "output")

    def backward(self, grad, grad_output, y):
        return (sigmoid_backward(grad, y) if self.needs(0) else None,
                grad * grad_output * (-2 * y + 1) if self.needs(1) else None)


def sigmoid_backward(grad_output, y):
    if not differentiable(y):
        return grad_output * (y * (1 - y))
    grad_output = _tensor(grad_output)
    data = grad_output._data * (y._data * (1 - y._data))
    return record(SigmoidBackwardBackward0, data, (grad_output, y), (grad_output, y))


def differentiable(saved):
    """Whether a backward formula runs on tensors (create_graph) rather than plain arrays: the
    saved values come as tensors then."""
    return isinstance(saved, Tensor)


def _tensor(grad):
    return grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None)


class SoftmaxBackwardDataBackward0(Node):
    """g = y * (grad_output - sum(grad_output * y))  ->
    d/dgrad_output = y * (grad - sum(grad * y)),  d/dy = grad * grad_output - grad * sum(grad_output * y)
    - grad_output * sum(grad * y)   (sums along ``dim``)"""

    __slots__ = ()
    tensor_fields = ("grad_output", "output")
    attr_fields = ("dim",)

    def backward(self, grad, grad_output, y):
        axis = self._attrs[0]
        d_grad_output = softmax_backward_data(grad, y, axis) if self.needs(0) else None
        if not self.needs(1):
            return d_grad_output, None
        s_go = _math.sum_axes(grad_output * y, axis, keepdims=True)
        s_g = _math.sum_axes(grad * y, axis, keepdims=True)
        return d_grad_output, grad * grad_output - grad * s_go - grad_output * s_g


def softmax_backward_data(grad_output, y, axis):
    """softmax's gradient y * (grad_output - sum(grad_output * y)), recorded under create_graph."""
    if not differentiable(y):
        return y * (grad_output - _math.sum_axes(grad_output * y, axis, keepdims=True))
    grad_output = _tensor(grad_output)
    go, yd = grad_output._data, y._data
    data = yd * (go - (go * yd).sum(axis=axis, keepdims=True))
    return record(SoftmaxBackwardDataBackward0, data, (grad_output, y), (grad_output, y), (axis,))


class LogSoftmaxBackwardDataBackward0(Node):
    """g = grad_output - exp(y) * sum(grad_output)  ->
    d/dgrad_output = grad - sum(grad * exp(y)),  d/dy = -grad * exp(y) * sum(grad_output)"""

    __slots__ = ()
    tensor_fields = ("grad_output", "output")
    attr_fields = ("dim",)

    def backward(self, grad, grad_output, y):
        axis = self._attrs[0]
        e = _math.exp(y)
        d_grad_output = grad - _math.sum_axes(grad * e, axis, keepdims=True) if self.needs(0) else None
        d_y = -grad * e * _math.sum_axes(grad_output, axis, keepdims=True) if self.needs(1) else None
        return d_grad_output, d_y


def log_softmax_backward_data(grad_output, y, axis):
    """log_softmax's gradient grad_output - exp(y) * sum(grad_output), recorded under create_graph."""
    if not differentiable(y):
        return grad_output - _math.exp(y) * _math.sum_axes(grad_output, axis, keepdims=True)
    grad_output = _tensor(grad_output)
    go, yd = grad_output._data, y._data
    data = go - np.exp(yd) * go.sum(axis=axis, keepdims=True)
    return record(LogSoftmaxBackwardDataBackward0, data, (grad_output, y), (grad_output, y), (axis,))


class SoftplusBackwardBackward0(Node):
    """g = grad_output * σ(βx) (grad_output where βx > threshold)  ->
    d/dgrad_output = the same backward; d/dx = grad_output * β σ'(βx) (0 where linear),
    PyTorch's softplus_double_backward: sigmoid_backward(g, σ(βx)) * (βx < threshold) * β"""

    __slots__ = ()
    tensor_fields = ("grad_output", "self")
    attr_fields = ("beta", "threshold")

    def backward(self, grad, grad_output, x):
        beta, threshold = self._attrs
        g_out = softplus_backward(grad, x, beta, threshold) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            scaled = x * beta
            smooth = _math.as_array(scaled) < threshold
            g_x = _math.times(sigmoid_backward(grad * grad_output, _math.sigmoid(scaled)) * _math.const(x, smooth), beta)
        return g_out, g_x


def softplus_backward(grad_output, x, beta, threshold):
    """softplus' gradient; recorded as one op when create_graph differentiates it again."""
    linear = _math.as_array(x) * beta > threshold
    if not differentiable(x):
        with np.errstate(over="ignore"):
            s = (1 / (1 + np.exp(-(x * beta)))).astype(x.dtype, copy=False)
        return np.where(linear, grad_output, grad_output * s)
    grad_output = _tensor(grad_output)
    xd = x._data
    with np.errstate(over="ignore"):
        s = (1 / (1 + np.exp(-(xd * beta)))).astype(xd.dtype, copy=False)
    data = np.where(linear, grad_output._data, grad_output._data * s).astype(grad_output._data.dtype, copy=False)
    return record(SoftplusBackwardBackward0, data, (grad_output, x), (grad_output, x), (beta, threshold))


class GeluBackwardBackward0(Node):
    """g = grad_output * gelu'(x)  ->  d/dgrad_output = gelu'(x); d/dx = grad_output * gelu''(x),
    gelu''(x) = φ(x) (2 - x²) exactly (PyTorch's gelu_double_backward), or the tanh form's."""

    __slots__ = ()
    tensor_fields = ("grad_output", "self")
    attr_fields = ("approximate",)

    def backward(self, grad, grad_output, x):
        approximate = self._attrs[0]
        g_out = gelu_backward(grad, x, approximate) if self.needs(0) else None
        g_x = None
        if self.needs(1):
            if approximate == "tanh":
                k, c = math.sqrt(2.0 / math.pi), 0.044715
                t = _math.tanh((x + x * x * x * c) * k)
                du = (x * x * (3 * c) + 1) * k
                sech2 = 1 - t * t
                second = sech2 * du + x * 0.5 * sech2 * (t * du * du * -2 + x * (6 * c * k))
            else:
                x_sq = x * x
                pdf = _math.exp(x_sq * -0.5) * (1.0 / math.sqrt(2.0 * math.pi))
                second = pdf * 2 - x_sq * pdf
            g_x = grad * grad_output * second
        return g_out, g_x


def gelu_backward(grad_output, x, approximate):
    """gelu's gradient; recorded as one op when create_graph differentiates it again."""
    from ..nn.smooth_activations import gelu_derivative

    if not differentiable(x):
        return grad_output * gelu_derivative(x, approximate)
    grad_output = _tensor(grad_output)
    data = (grad_output._data * gelu_derivative(x._data, approximate)).astype(grad_output._data.dtype, copy=False)
    return record(GeluBackwardBackward0, data, (grad_output, x), (grad_output, x), (approximate,))
