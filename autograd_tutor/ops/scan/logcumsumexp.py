"""logcumsumexp: log(cumsum(exp(x))) along a dim, without overflow.

Its gradient is PyTorch's logcumsumexp_backward: the gradient's positive and negative parts are
taken as logarithms, each summed from the end with a reversed logcumsumexp, so that nothing
overflows either: grad_x_i = Σ_{j >= i} grad_j · exp(x_i - result_j).
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from .. import _dims
from .._numpy_namespace import logcumsumexp_arrays
from .._record import record, to_tensor
from .._registry import op, tables


class LogcumsumexpBackward0(Node):
    """y_j = log Σ_{k <= j} exp(x_k)  ->  grad_x_i = Σ_{j >= i} grad_j · exp(x_i - y_j)"""

    rule = "grad_x_i = Σ_{j >= i} grad_j · exp(x_i - y_j)   (summed in logs, from the end)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("dim",)

    def backward(self, grad, x, result):
        xp = self.xp
        shape = tuple(grad.shape)
        if not shape or not int(np.prod(shape)):
            return (grad,)
        axis = _dims.wrap(self._attrs[0], len(shape))
        g = xp.data(grad)
        lowest = xp.const(grad, np.full(shape, np.finfo(g.dtype).min))  # log of 0, kept finite
        log_abs = xp.log(xp.abs(grad))

        def from_the_end(log_part):
            later = xp.flip(xp.logcumsumexp(xp.flip(log_part - result, (axis,)), axis), (axis,))
            return xp.exp(later + x)

        return (from_the_end(xp.where(g > 0, log_abs, lowest)) - from_the_end(xp.where(g < 0, log_abs, lowest)),)


def _int_dim(dim, position):
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
        raise TypeError(f"logcumsumexp(): argument 'dim' (position {position}) must be int, not {type(dim).__name__}")


@_dims.axis_alias
def _logcumsumexp_method(self, dim):
    _int_dim(dim, 1)
    return logcumsumexp(self, dim)


@op("logcumsumexp", method=_logcumsumexp_method)
@_dims.axis_alias
def logcumsumexp(input, dim, *, out=None):
    input = to_tensor(input)
    data = input._data
    _int_dim(dim, 2)
    if data.dtype.kind != "f":
        raise NotImplementedError(f"\"logcumsumexp_out_cpu\" not implemented for '{TYPE_NAME[data.dtype.name]}'")
    axis = _dims.wrap(int(dim), data.ndim)
    return record(LogcumsumexpBackward0, logcumsumexp_arrays(data, axis), (input,), (input,),
                  (_dims.shown(int(dim)),), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
