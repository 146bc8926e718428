"""``Tensor.unfold(dimension, size, step)``: every window of ``size`` elements along a dimension,
``step`` apart, as a new last dimension. A view (its windows overlap in memory when step < size).

The gradient of taking windows adds each window's gradient back where the window was taken from
(overlapping windows add up): PyTorch's unfold_backward, an op of its own whose gradient is the
windows of the gradient again.
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._arg_checks import missing_positional
from .._record import record, wrap_dim
from .._registry import op, tables
from .._views import make_view


def _int_argument(value, name, position):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        shown = type(value).__name__ if not isinstance(value, Tensor) else "Tensor"
        raise TypeError(f"unfold(): argument '{name}' (position {position}) must be int, not {shown}")


def _windows(data, dim, size, step):
    """The windows as a NumPy view of ``data`` (writable: in-place ops on the view reach the base)."""
    if data.ndim == 0:  # a number: one window of one element (or none)
        return data.reshape(1)[:size]
    count = (data.shape[dim] - size) // step + 1
    shape = data.shape[:dim] + (count,) + data.shape[dim + 1:] + (size,)
    strides = data.strides[:dim] + (data.strides[dim] * step,) + data.strides[dim + 1:] + (data.strides[dim],)
    return np.lib.stride_tricks.as_strided(data, shape, strides)


def _added_back(grad, shape, dim, size, step):
    """Each window's gradient added where the window came from (PyTorch's unfold_backward)."""
    out = np.zeros(shape, dtype=grad.dtype)
    if not shape:
        out[...] = grad.sum()
        return out
    # window i covers positions i*step ... i*step + size - 1 of dim: add them window element by element
    moved = np.moveaxis(grad, (dim, grad.ndim - 1), (0, 1))  # (windows, size, other dims...)
    target = np.moveaxis(out, dim, 0)
    for k in range(size):
        # the k-th element of every window: positions k, k + step, k + 2 step...
        target[k: k + step * moved.shape[0]: step] += moved[:, k]
    return out


class UnfoldBackwardBackward0(Node):
    """windows' gradients added back: the gradient of that is the windows of the gradient"""

    rule = "grad = grad.unfold(dim, size, step)   (the windows of the gradient)"

    __slots__ = ()
    attr_fields = ("dim", "size", "step")

    def backward(self, grad):
        dim, size, step = self._attrs
        return (self.xp.recorded(UnfoldBackward0, lambda g: _windows(g, dim, size, step).copy(), (grad,), (),
                                 (_dims.shown(dim), tuple(self.xp.data(grad).shape), size, step)),)


def unfold_backward(xp, grad, shape, dim, size, step):
    """The windows' gradients added back into a zero tensor of the input's shape (an op of its own)."""
    return xp.recorded(UnfoldBackwardBackward0, lambda g: _added_back(g, shape, dim, size, step), (grad,), (),
                       (dim, size, step))


class UnfoldBackward0(Node):
    """unfold(dimension, size, step): each window's gradient is added back where it was taken"""

    rule = "grad_self = windows of grad added back where they were taken (overlaps add up)"

    __slots__ = ()
    attr_fields = ("dimension", "self_sym_sizes", "size", "step")

    def backward(self, grad):
        dimension, shape, size, step = self._attrs
        dim = _dims.signed(dimension) % max(len(shape), 1)
        return (unfold_backward(self.xp, grad, shape, dim, size, step),)


_REQUIRED = object()


@op("unfold", function=False)
def unfold(input, dimension=_REQUIRED, size=_REQUIRED, step=_REQUIRED):
    given = {"dimension": dimension, "size": size, "step": step}
    if _REQUIRED in given.values():
        raise missing_positional("unfold", [n for n, v in given.items() if v is _REQUIRED])
    for value, name, position in ((dimension, "dimension", 1), (size, "size", 2), (step, "step", 3)):
        _int_argument(value, name, position)
    data = input._data
    dim = wrap_dim(dimension, data.ndim)
    length = data.shape[dim] if data.ndim else 1
    if size > length:
        raise RuntimeError(f"maximum size for tensor at dimension {dim} is {length} but size is {size}")
    if size < 0:
        raise RuntimeError(f"size is {size} but must be >= 0")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    out = _windows(data, dim, size, step)
    attrs = (_dims.shown(dimension), tuple(data.shape), size, step)
    return make_view(record(UnfoldBackward0, out, (input,), (), attrs), input)


FUNCTIONS, METHODS = tables(__name__)
