"""masked_select and repeat_interleave.

masked_select's backward puts the gradient back where the (broadcast) mask is True; the engine
then sums it to the input's shape. repeat_interleave is what PyTorch composes it from: with a
number of repeats unsqueeze, expand, clone, view; with a tensor of repeats index_select.
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._arg_checks import require_tensor
from .._numpy_namespace import row_major
from .._record import check_broadcastable, record, wrap_dim
from .._registry import op, tables
from ..shape.view import CloneBackward0


class MaskedSelectBackward0(Node):
    """x[mask] as a flat tensor  ->  the gradient scattered back to the True places, 0 elsewhere"""

    rule = "the gradient scattered back to the True places, 0 elsewhere"

    __slots__ = ()
    tensor_fields = ("mask", "self")

    def backward(self, grad, mask, x):
        xp = self.xp
        mask = np.asarray(xp.data(mask))
        shape = np.broadcast_shapes(mask.shape, tuple(x.shape))
        # PyTorch's masked_select_backward: zeros with grad put at the True places (IndexPutBackward0)
        return (xp.put_at(xp.zeros(shape, grad), np.nonzero(np.broadcast_to(mask, shape)), grad),)


@op("masked_select")
def masked_select(input, mask):
    require_tensor(input, "masked_select", "input", 1)
    require_tensor(mask, "masked_select", "mask", 2)
    if mask._data.dtype != np.bool_:
        raise RuntimeError("masked_select: expected BoolTensor for mask")
    check_broadcastable(mask._data.shape, input._data.shape)  # PyTorch's order in its message
    shape = np.broadcast_shapes(input._data.shape, mask._data.shape)
    out = np.broadcast_to(input._data, shape)[np.broadcast_to(mask._data, shape)]
    return record(MaskedSelectBackward0, out, (input,), (mask, input))


@op("repeat_interleave")
def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    require_tensor(input, "repeat_interleave", "input", 1)
    if repeats is None:  # torch.repeat_interleave(counts): each index repeated counts[i] times
        counts = input._data
        return Tensor._make(np.repeat(np.arange(counts.size, dtype=np.int64), counts), False, None)
    if dim is None:
        input, dim = input.flatten(), 0
    if isinstance(repeats, Tensor):
        if (repeats._data < 0).any():
            raise RuntimeError("repeats can not be negative")
        axis = wrap_dim(dim, input._data.ndim)
        index = np.repeat(np.arange(input._data.shape[axis], dtype=np.int64), repeats._data.reshape(-1))
        return input.index_select(dim, Tensor._make(index, False, None))
    if repeats < 0:
        raise RuntimeError("Repeats must be non-negative")
    axis = wrap_dim(dim, input._data.ndim)
    shape = tuple(input._data.shape)
    spread = input.unsqueeze(axis + 1).expand(shape[:axis + 1] + (repeats,) + shape[axis + 1:])
    # The copy is row-major, as PyTorch's clone of an expanded (overlapping) tensor.
    copy = record(CloneBackward0, row_major(spread._data), (spread,))
    return copy.view(shape[:axis] + (shape[axis] * repeats,) + shape[axis + 1:])


FUNCTIONS, METHODS = tables(__name__)
