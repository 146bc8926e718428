"""prelu: ``x`` where x > 0, ``weight * x`` elsewhere, with a learnt slope for each channel
(dim 1) or one for all.

As PyTorch does, the weight is first reshaped to broadcast over the input (a ViewBackward0 in
the graph when the ranks differ) and the op records PreluKernelBackward0. Its backward is one
function with two results (PyTorch's ``_prelu_kernel_backward``), so under create_graph both
gradients come from one PreluKernelBackwardBackward0 node.
"""
import functools

import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from ...tensor import Tensor
from .._arg_checks import type_name
from .._multi_output import MultiOutputNode
from .._record import record
from .._registry import op, tables

_KERNEL_DTYPES = {"Float", "Double", "Half"}


class PreluKernelBackward0(Node):
    """y = x if x > 0 else w x  ->  grad_x = grad (x > 0) or w grad, grad_w = 0 (x > 0) or x grad"""

    rule = "grad_self = grad where self > 0, else weight * grad;  grad_weight = 0 where self > 0, else self * grad"

    __slots__ = ()
    tensor_fields = ("self", "weight")

    def backward(self, grad, x, w):
        # PyTorch computes both (the weight's summed back to its shape by the engine)
        return _prelu_kernel_backward(self.xp, grad, x, w)


def _prelu_kernel_backward(xp, grad, x, w):
    def compute(g, x, w):
        positive = x > 0
        gx = np.where(positive, g, w * g).astype(g.dtype, copy=False)
        gw = np.where(positive, g.dtype.type(0), x * g).astype(g.dtype, copy=False)
        return gx, gw

    return xp.recorded_outputs(PreluKernelBackwardBackward0, compute, (grad, x, w), (grad, x, w))


class PreluKernelBackwardBackward0(MultiOutputNode):
    """(grad_x, grad_w) of prelu as an op of (grad, x, w): PyTorch's formulas for its gradients,
    which test x >= 0 where the kernel tested x > 0"""

    rule = "d(grad_self, grad_weight) / d(grad, self, weight): PyTorch's formulas, with self >= 0"

    __slots__ = ()
    tensor_fields = ("grad_output", "self", "weight")

    def backward(self, slots, grad, x, w):
        xp = self.xp
        gg_x, gg_w = slots
        kept = xp.data(x) >= 0
        zero = xp.const(x, 0)
        if gg_x is not None:
            through = gg_x * w + gg_w * x if gg_w is not None else gg_x * w
            g_grad = xp.where(kept, gg_x, through)
        else:
            g_grad = xp.where(kept, zero, gg_w * x)
        g_x = xp.where(kept, zero, grad * gg_w) if gg_w is not None else xp.zeros_like(x)
        g_w = xp.where(kept, zero, grad * gg_x) if gg_x is not None else xp.zeros_like(x)
        return (g_grad, g_x, g_w)


def _type_name(t):
    """PyTorch's legacy name of a tensor's dtype (Float, Double, Long...)."""
    return TYPE_NAME.get(t._data.dtype.name, t._data.dtype.name)


def _refusing_a_weight_not_tensor(position):
    """PyTorch's TypeError for a weight that is not a tensor: at position 2 in torch.prelu(x, w),
    1 in x.prelu(w), none when given by keyword."""
    def wrap(fn, name):
        @functools.wraps(fn)
        def call(input, *args, **kwargs):
            weight = args[0] if args else kwargs.get("weight", input)  # missing: Python's own error
            if not isinstance(weight, Tensor):
                at = f" (position {position})" if args else ""
                raise TypeError(f"prelu(): argument 'weight'{at} must be Tensor, not {type_name(weight)}")
            return fn(input, *args, **kwargs)

        return call

    return wrap


@op("prelu", function_as=_refusing_a_weight_not_tensor(2), method_as=_refusing_a_weight_not_tensor(1))
def prelu(input, weight):
    x, w = input._data, weight._data
    if x.dtype != w.dtype:
        raise RuntimeError(f"prelu: Type promoting not supported. Got {_type_name(input)} and {_type_name(weight)}")
    if w.size != 1:
        if x.ndim == 0:
            raise RuntimeError("Not allow zero-dim input tensor.")
        channels = x.shape[1] if x.ndim > 1 else 1
        if channels != w.size:
            raise RuntimeError("Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                               f"{w.size} and channel size = {channels}.")
    if w.ndim > 1:
        raise RuntimeError(f"prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = {w.ndim}")
    if _type_name(input) not in _KERNEL_DTYPES:
        raise NotImplementedError(f"\"prelu_cpu\" not implemented for '{_type_name(input)}'")
    if w.ndim != x.ndim:  # one slope per channel (dim 1), broadcast over the others
        weight = weight.reshape(tuple(w.size if d == 1 else 1 for d in range(x.ndim)))
    out = np.where(x > 0, x, weight._data * x).astype(x.dtype, copy=False)
    return record(PreluKernelBackward0, out, (input, weight), (input, weight))


FUNCTIONS, METHODS = tables(__name__)
