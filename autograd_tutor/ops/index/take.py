"""take and take_along_dim: elements picked by flat indices (TakeBackward0 adds each gradient
back at its index) and along a dim (PyTorch's composition of expand and gather)."""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables


class TakeBackward0(Node):
    """elements at flat indices  ->  each gradient added back at its index"""

    rule = "each gradient added back at its index"

    __slots__ = ()
    tensor_fields = ("self", "index")

    def backward(self, grad, x, index):
        xp = self.xp
        idx = np.asarray(xp.data(index)).reshape(-1)
        size = int(np.prod(x.shape, dtype=np.int64))
        idx = np.where(idx < 0, idx + size, idx).astype(np.int64)
        flat = xp.index_add(xp.zeros((size,), grad), 0, idx, xp.reshape(grad, (-1,)))
        return (xp.reshape(flat, tuple(x.shape)),)


@op("take")
def take(input, index):
    input = to_tensor(input)
    idx = index._data
    if idx.dtype != np.int64:
        raise RuntimeError(f"take(): Expected a long tensor for index, but got {index.dtype.name.capitalize()}")
    size = input._data.size
    bad = (idx >= size) | (idx < -size)
    if bad.any():
        i = int(idx[bad].reshape(-1)[0])
        raise IndexError(f"out of range: tried to access index {i} on a tensor of {size} elements.")
    out = input._data.reshape(-1)[idx]
    return record(TakeBackward0, np.asarray(out, order="C"), (input,), (input, index))


@op("take_along_dim")
def take_along_dim(input, indices, dim=None):
    """PyTorch's composition: the input expanded to the broadcast shape, then gather."""
    input = to_tensor(input)
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    nd = input._data.ndim
    axis = _dims.wrap(dim, nd)
    ishape, jshape = list(input.shape), list(indices.shape)
    ishape[axis] = jshape[axis] = 1
    shape = list(np.broadcast_shapes(tuple(ishape), tuple(jshape)))
    self_shape, idx_shape = list(shape), list(shape)
    self_shape[axis], idx_shape[axis] = input.shape[axis], indices.shape[axis]
    return input.expand(self_shape).gather(dim, indices.expand(idx_shape))


FUNCTIONS, METHODS = tables(__name__)
