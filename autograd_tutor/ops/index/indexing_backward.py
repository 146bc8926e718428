"""The backward of indexing, as ops of their own: putting a gradient back into a zero tensor.

With plain arrays (an ordinary backward) these are a few NumPy lines. With tensors
(``create_graph=True``) they are recorded like any op, under PyTorch's names
(SelectBackwardBackward0, SliceBackwardBackward0, IndexPutImplBackward0), so the gradient can be
differentiated again: the derivative of "put g at rows k" is "take rows k".
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._numpy_namespace import numpy_key
from .._record import record


def _is_array(x):
    return isinstance(x, np.ndarray) or isinstance(x, np.generic)


# ----------------------------------------------------------------------------- select
class SelectBackwardBackward0(Node):
    """put g at ``index`` along ``dim``: its gradient is the gradient's row ``index``"""

    rule = "grad_g = grad[index] along dim"

    __slots__ = ()
    attr_fields = ("dim", "index")

    def backward(self, grad):
        dim, index = (_dims.signed(v) for v in self._attrs)
        return (self.xp.select(grad, dim, index),)


def _put(grad, shape, key):
    out = np.zeros(shape, dtype=grad.dtype)
    out[key] = grad
    return out


def select_backward(xp, grad, shape, dim, index):
    """``grad`` put at ``index`` along ``dim`` of zeros (PyTorch's select_backward, an op of its own)."""
    key = (slice(None),) * (dim % len(shape)) + (index,)
    return xp.recorded(SelectBackwardBackward0, lambda g: _put(g, shape, key), (grad,), (),
                       (_dims.shown(dim), _dims.shown(index)))


# ----------------------------------------------------------------------------- slice
class SliceBackwardBackward0(Node):
    """put g at rows start:end:step along ``dim``: its gradient is those rows of the gradient"""

    rule = "grad_g = grad[start:end:step] along dim"

    __slots__ = ()
    attr_fields = ("dim", "start", "end", "step")

    def backward(self, grad):
        dim, start, end, step = self._attrs
        return (self.xp.slice(grad, _dims.signed(dim), _dims.signed(start), _dims.signed(end), step),)


def slice_backward(xp, grad, shape, dim, start, end, step):
    """``grad`` put at rows start:end:step along ``dim`` of zeros (PyTorch's slice_backward)."""
    key = (slice(None),) * (dim % len(shape)) + (slice(start, end, step),)
    attrs = (_dims.shown(dim), _dims.shown(start), _dims.shown(end), step)
    return xp.recorded(SliceBackwardBackward0, lambda g: _put(g, shape, key), (grad,), (), attrs)


# ----------------------------------------------------------------------------- index
class IndexPutImplBackward0(Node):
    """zeros[indices] += g: the gradient of g is the gradient at those indices"""

    rule = "grad_values = grad[indices]"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("accumulate",)

    def backward(self, grad, indices):
        # next_functions: (the zero tensor, which needs no gradient, the values)
        return None, self.xp.index(grad, indices)


def index_backward(grad, shape, indices):
    """The gradient of ``x[indices]``: g added into zeros at the indices (repeats accumulate)."""
    key = numpy_key(indices)
    if _is_array(grad):
        out = np.zeros(shape, dtype=grad.dtype)
        np.add.at(out, key, grad)
        return out
    data = np.zeros(shape, dtype=grad._data.dtype)
    np.add.at(data, key, grad._data)
    from ...tensor import Tensor

    zeros = Tensor._make(np.zeros(shape, dtype=grad._data.dtype), False, None)
    return record(IndexPutImplBackward0, data, (zeros, grad), (tuple(indices),), (True,))
