"""masked_scatter: ``source``'s values, in order, written where ``mask`` is True (the mask
broadcast with the input).

MaskedScatterBackward0: the input gets the gradient where the mask is False; ``source`` gets
the gradient's values where it is True, in the same order, padded with zeros to its size.
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from ...tensor import Tensor
from .._record import check_broadcastable, record, to_tensor
from .._registry import op, tables


class MaskedScatterBackward0(Node):
    """source written where mask holds  ->  grad_self = grad with 0 where mask,
    grad_source = grad where mask (in order), zeros after, shaped as source"""

    rule = "grad_self = grad with 0 where mask,  grad_source = grad[mask] padded with zeros to source's shape"

    __slots__ = ()
    tensor_fields = ("mask",)
    attr_fields = ("source_sym_sizes",)

    def backward(self, grad, mask):
        xp = self.xp
        shape = self._attrs[0]
        where = np.broadcast_to(xp.data(mask), tuple(grad.shape))
        g_self = g_source = None
        if self.needs(0):
            g_self = xp.masked_fill(grad, where, 0.0)
        if self.needs(1):  # PyTorch's masked_scatter_backward, an op of its own
            where = np.array(where)
            g_source = xp.recorded(MaskedScatterBackwardBackward0, lambda g: _source_gradient(g, where, shape),
                                   (grad,), (where,))
        return g_self, g_source


def _source_gradient(grad, where, shape):
    """The gradient's values where the mask holds, in order, then zeros, shaped as the source."""
    picked = grad[where]
    out = np.zeros(int(np.prod(shape)), dtype=grad.dtype)
    out[:picked.size] = picked
    return out.reshape(shape)


class MaskedScatterBackwardBackward0(Node):
    """the source's gradient (grad where mask, in order)  ->  its gradient written back where mask holds"""

    rule = "grad_grad = zeros with grad's values written, in order, where mask holds"

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        xp = self.xp
        where = xp.data(mask)
        return (xp.masked_scatter(xp.zeros(where.shape, grad), where, grad),)


@op("masked_scatter", inplace="masked_scatter_")
def masked_scatter(input, mask, source):
    input = to_tensor(input)
    mask, source = to_tensor(mask), to_tensor(source)
    if mask._data.dtype != np.bool_:
        raise RuntimeError(f"masked_scatter_ only supports boolean masks, but got mask with dtype "
                           f"{TYPE_NAME[mask._data.dtype.name]}")
    if source._data.dtype != input._data.dtype:
        raise RuntimeError(f"masked_scatter: expected self and source to have same dtypes but got"
                           f"{TYPE_NAME[input._data.dtype.name]} and {TYPE_NAME[source._data.dtype.name]}")
    check_broadcastable(mask._data.shape, input._data.shape)
    shape = np.broadcast_shapes(mask._data.shape, input._data.shape)
    out = np.array(np.broadcast_to(input._data, shape), copy=True)
    where = np.broadcast_to(mask._data, shape)
    count = int(where.sum())
    if count > source._data.size:
        raise RuntimeError("Number of elements of source < number of ones in mask")
    out[where] = source._data.reshape(-1)[:count]
    return record(MaskedScatterBackward0, out, (input, source), (mask,), (tuple(source._data.shape),))


def _mask_expands_to_self(self, mask, source, **_):
    """masked_scatter_ writes into ``self``: PyTorch first expands the mask to self's shape."""
    mask = to_tensor(mask)
    shape, target = mask._data.shape, self._data.shape
    if len(shape) > len(target):
        raise RuntimeError(f"expand(CPU{TYPE_NAME[mask._data.dtype.name]}Type{{{list(shape)}}}, size={list(target)}): "
                           f"the number of sizes provided ({len(target)}) must be greater or equal to the number of "
                           f"dimensions in the tensor ({len(shape)})")
    from ..shape.view import expand

    expand(Tensor._make(mask._data, False, None), target)  # its error where a size does not match


masked_scatter.checked_first = _mask_expands_to_self  # read by the in-place variant only


FUNCTIONS, METHODS = tables(__name__)
