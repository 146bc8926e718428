"""softmax and log_softmax along a dimension (numerically stable), and leaky_relu.

softmax and log_softmax subtract the row maximum before exponentiating, so large logits never
overflow, and both save only their result: the backward needs nothing else.
"""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._arg_checks import require_tensor
from .._record import record, wrap_dim
from .._registry import op, tables
from .._softmax_sums import sums_along
from .._special_signatures import dim_required
from ..double_backward.backward_ops import log_softmax_backward_data, softmax_backward_data
from ._activation_input import legacy_name as _legacy


def _saved_dim(dim):
    # PyTorch shows a negative saved dim as an unsigned 64-bit number.
    return dim if dim >= 0 else dim + 2**64


# ndarray.max / .sum call these through two Python frames of NumPy's; the results are the same.
_max = np.maximum.reduce


def _shifted(data, axis):
    """``data`` minus its maximum along ``axis`` (a new array, safe to modify in place)."""
    try:  # (free in Python 3.11 when nothing is raised)
        return data - _max(data, axis, None, None, True)
    except ValueError:
        if data.size:
            raise
        return data.copy()  # an empty axis has no maximum, and nothing to shift


class SoftmaxBackward0(Node):
    """y = softmax(x)  ->  grad_x = y * (grad - sum(grad * y, dim))"""

    rule = "grad_self = result * (grad - sum(grad * result, dim))"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("dim",)

    def backward(self, grad, y):
        # PyTorch's _softmax_backward_data (one recorded op under create_graph)
        return (softmax_backward_data(self.xp, grad, y, _axis(self._attrs[0], len(self._out_shape))),)


class LogSoftmaxBackward0(Node):
    """y = log_softmax(x)  ->  grad_x = grad - exp(y) * sum(grad, dim)"""

    rule = "grad_self = grad - softmax(self) * sum(grad, dim)"

    __slots__ = ()
    tensor_fields = ("result",)
    attr_fields = ("dim",)

    def backward(self, grad, y):
        # PyTorch's _log_softmax_backward_data (one recorded op under create_graph)
        return (log_softmax_backward_data(self.xp, grad, y, _axis(self._attrs[0], len(self._out_shape))),)


def _axis(dim, ndim):
    if dim < ndim:  # the usual non-negative dim (a negative one is saved as a large unsigned number)
        return dim
    return wrap_dim(dim if dim < 2**63 else dim - 2**64, ndim) if ndim else 0


def _prepare(input, dim, dtype, name):
    require_tensor(input, name, "input", 1)
    if dim is None:
        raise TypeError(f'{name}() missing 1 required positional arguments: "dim"')
    if dtype is not None:
        input = input.to(dtype)  # recorded as PyTorch does: ToCopyBackward0 first
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    if data.dtype.kind != "f":
        kernel = "lastdim_kernel_impl" if axis == max(data.ndim - 1, 0) else "kernel_impl"
        raise NotImplementedError(f'"{name}_{kernel}" not implemented for \'{_legacy(data.dtype)}\'')
    return input, data, axis if data.ndim else None


@op("softmax", special={"softmax": dim_required})
def softmax(input, dim=None, dtype=None, *, _stacklevel=None):
    input, data, axis = _prepare(input, dim, dtype, "softmax")
    if axis is None:
        return record(SoftmaxBackward0, np.ones_like(data), (input,), (), (_saved_dim(dim),), save_result=True)
    out = _shifted(data, axis)
    elementary.exp(out, out=out)
    if axis == data.ndim - 1 and out.dtype.itemsize >= 4:  # the last-dim kernel: times 1 / sum
        out *= 1 / sums_along(out, axis)
    else:
        out /= sums_along(out, axis)
    return record(SoftmaxBackward0, out, (input,), (), (_saved_dim(dim),), save_result=True)


@op("log_softmax", special={"log_softmax": dim_required})
def log_softmax(input, dim=None, dtype=None, *, _stacklevel=None):
    input, data, axis = _prepare(input, dim, dtype, "log_softmax")
    if axis is None:
        return record(LogSoftmaxBackward0, np.zeros_like(data), (input,), (), (_saved_dim(dim),), save_result=True)
    return log_softmax_checked(input, data, axis, _saved_dim(dim))


def log_softmax_checked(input, data, axis, saved_dim):
    """log_softmax of a floating tensor of 1 or more dimensions along a valid ``axis``: what
    remains once the arguments are checked (cross_entropy checks its own and comes here)."""
    out = _shifted(data, axis)
    if out.size:  # (an empty axis would sum to 0, whose log warns)
        out -= elementary.log(sums_along(elementary.exp(out), axis))
    return record(LogSoftmaxBackward0, out, (input,), (), (saved_dim,), save_result=True)


def softmin(input, dim, dtype=None):
    """softmax of -input (PyTorch composes it so: the graph ends in SoftmaxBackward0)."""
    return (-input).softmax(dim, dtype=dtype)



FUNCTIONS, METHODS = tables(__name__)
