"""Views along one dimension: select (``x[i]``), slice (``x[a:b:c]``), narrow, and alias (``x[...]``);
narrow_copy, narrow's rows copied.

Each result shares memory and the version counter with its input. The backward puts the
gradient back where the view came from, in a zero tensor of the input's shape.
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables
from .._views import make_view
from ..index.indexing_backward import select_backward, slice_backward

INT64_MAX = 2**63 - 1


as_view = make_view


class SelectBackward0(Node):
    """x.select(dim, index): the gradient lands in that row of a zero tensor"""

    rule = "grad_self = zeros with grad placed at index along dim"

    __slots__ = ()
    attr_fields = ("dim", "index", "self_sym_sizes")

    def backward(self, grad):
        dim, index, shape = self._attrs
        return (select_backward(self.xp, grad, shape, _dims.signed(dim), _dims.signed(index)),)


def _out_of_range(index, dim, size):
    return IndexError(f"index {index} is out of bounds for dimension {dim} with size {size}")


@op("select")
def select(input, dim, index, *, key_position=None):
    """``input.select(dim, index)``; ``key_position`` is where the int stood in an indexing key
    (``x[1, 7]``), which is what PyTorch's out-of-range message names as the dimension."""
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    dim, index = int(dim), int(index)
    axis = _dims.wrap(dim, data.ndim)
    size = data.shape[axis]
    if not -size <= index < size:
        if key_position is not None:
            raise _out_of_range(index, key_position, size)
        raise IndexError(
            f"select(): index {index} out of range for tensor of size {list(data.shape)} at dimension {axis}"
        )
    # The trailing Ellipsis keeps a 0-dim result a view (NumPy returns a copied scalar otherwise).
    out = data[(slice(None),) * axis + (index, Ellipsis)]
    attrs = (_dims.shown(dim), _dims.shown(index), tuple(data.shape))
    return as_view(record(SelectBackward0, out, (input,), (), attrs), input)


class SliceBackward0(Node):
    """x[start:end:step] along ``dim``: the gradient lands in those rows of a zero tensor"""

    rule = "grad_self = zeros with grad placed in the slice"

    __slots__ = ()
    attr_fields = ("dim", "start", "end", "step", "self_sym_sizes")

    def backward(self, grad):
        dim, start, end, step, shape = self._attrs
        return (slice_backward(self.xp, grad, shape, _dims.signed(dim), _dims.signed(start), _dims.signed(end), step),)


def slice_dim(input, dim, start, end, step):
    """``input`` sliced along ``dim`` (PyTorch's ``slice``); None bounds mean the whole extent."""
    data = input._data
    start = 0 if start is None else int(start)
    end = INT64_MAX if end is None else int(end)
    step = 1 if step is None else int(step)
    if step <= 0:
        raise ValueError("step must be greater than zero")
    axis = _dims.wrap(dim, data.ndim)
    out = data[(slice(None),) * axis + (slice(start, end, step),)]
    attrs = (_dims.shown(dim), _dims.shown(start), _dims.shown(end), step, tuple(data.shape))
    return as_view(record(SliceBackward0, out, (input,), (), attrs), input)


@op("narrow")
def narrow(input, dim, start, length):
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise RuntimeError("narrow() cannot be applied to a 0-dim tensor.")
    axis = _dims.wrap(int(dim), data.ndim)
    size = data.shape[axis]
    start = int(start)
    if not -size <= start <= size:
        raise IndexError(
            f"start out of range (expected to be in range of [{-size}, {size}], but got {start})"
        )
    start = start % size if size and start < 0 else start
    if start + length > size:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    return slice_dim(input, int(dim), start, start + length, 1)


class NarrowCopyBackward0(Node):
    """a copy of ``length`` rows from ``start`` along ``dim``: the gradient lands in those rows of a zero tensor"""

    rule = "grad_self = zeros with grad placed in rows start .. start + length"

    __slots__ = ()
    attr_fields = ("dim", "length", "self_sym_sizes", "start")

    def backward(self, grad):
        dim, length, shape, start = self._attrs
        axis = _dims.wrap(_dims.signed(dim), len(shape))
        # PyTorch's formula slices start:start + length as given: a negative start whose end
        # reaches 0 or beyond makes a slice that does not fit the gradient
        start = _dims.signed(start)
        end = start + length
        fits = len(range(*slice(start, end).indices(shape[axis])))
        if fits != grad.shape[axis]:
            raise RuntimeError(f"The size of tensor a ({fits}) must match the size of tensor b ({grad.shape[axis]}) "
                               f"at non-singleton dimension {axis}")
        return (slice_backward(self.xp, grad, shape, axis, start, end, 1),)


@op("narrow_copy")
def narrow_copy(input, dim, start, length):
    """narrow's rows as a copy of their own (NarrowCopyBackward0), not a view."""
    input = to_tensor(input)
    data = input._data
    if not -data.ndim <= int(dim) < data.ndim:  # PyTorch's own check, in its words
        raise RuntimeError("Expected dim < static_cast<int64_t>(self_sizes.size()) to be true, but got false.  "
                           "(Could this error message be improved?  If so, please report an enhancement request "
                           "to PyTorch.)")
    view = narrow(Tensor._make(data, False, None), dim, start, length)  # narrow's checks and rows
    attrs = (_dims.shown(int(dim)), int(length), tuple(data.shape), _dims.shown(int(start)))
    return record(NarrowCopyBackward0, np.array(view._data, copy=True), (input,), (), attrs)


class AliasBackward0(Node):
    """x[...]: the same data under another name; the gradient passes through"""

    rule = "grad_self = grad"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


def alias(input):
    return as_view(record(AliasBackward0, input._data.view(), (input,)), input)


FUNCTIONS, METHODS = tables(__name__)
