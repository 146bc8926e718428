"""masked_scatter: ``source``'s values, in order, written where ``mask`` is True (the mask
broadcast with the input).

MaskedScatterBackward0: the input gets the gradient where the mask is False; ``source`` gets
the gradient's values where it is True, in the same order, padded with zeros to its size.
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
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
        if self.needs(1):
            picked = xp.index(grad, (xp.constant(where),))
            missing = int(np.prod(shape)) - int(where.sum())
            if missing > 0:
                picked = xp.cat([picked, xp.zeros((missing,), grad)], 0)
            g_source = xp.reshape(picked, tuple(shape))
        return g_self, g_source


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


FUNCTIONS, METHODS = tables(__name__)
