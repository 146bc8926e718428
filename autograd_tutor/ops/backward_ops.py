"""Ops that backward formulas record when ``create_graph=True`` asks for a differentiable backward.

PyTorch computes some gradients with an op of their own (``tanh_backward``), so a first
derivative taken with create_graph shows ``grad_fn=<TanhBackwardBackward0>``; here the same ops,
with their own backward beside them. On plain arrays (no create_graph) the formulas stay inline.
"""
from ..autograd.node import Node
from ..tensor import Tensor
from ._record import record


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
