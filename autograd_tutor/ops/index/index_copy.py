"""index_copy(dim, index, source): a copy of the input whose slices at ``index`` along ``dim``
are ``source``'s slices, in order (the in-place ``index_copy_`` writes them into the input).

The gradient is the places' split: the input's is the gradient with the copied slices zeroed
(PyTorch's ``grad.index_fill(dim, index, 0)``), the source's is the gradient's slices at ``index``
(``grad.index_select(dim, index)``).
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._arg_checks import require_tensor
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables

_LEGACY = {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long", "int32": "Int",
           "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}


def _copied_places(shape, axis, idx):
    """True at the slices that were copied over (the input gets no gradient there)."""
    mask = np.zeros(shape, dtype=bool)
    if mask.ndim:
        key = [slice(None)] * mask.ndim
        key[axis] = idx
        mask[tuple(key)] = True
    else:
        mask[()] = idx.size > 0
    return mask


class IndexCopyBackward0(Node):
    """index_copy(dim, index, source): the copied slices' gradient goes to source, the rest to self"""

    rule = "grad_self = grad with the copied slices zeroed,  grad_source = grad's slices at index"

    __slots__ = ()
    tensor_fields = ("index", "source")
    attr_fields = ("dim", "source_dim")

    def backward(self, grad, index, source):
        xp = self.xp
        dim, source_dim = self._attrs
        shape = tuple(grad.shape)
        axis = _dims.wrap(dim, max(len(shape), 1))
        idx = np.asarray(xp.data(index)).reshape(-1)
        g_self = g_source = None
        if self.needs(0):
            g_self = xp.keep(grad, ~_copied_places(shape, axis, idx))
        if self.needs(1):
            picked = xp.index_select(grad, axis, xp.reshape(index, (-1,)))
            g_source = picked if source_dim else xp.reshape(picked, ())
        return g_self, g_source


def _check(data, axis, index, source):
    """PyTorch's checks, in its order."""
    idx = index._data
    if idx.ndim > 1:
        raise IndexError(f"index_copy_(): Index should have dimension 1 or 0 (got {idx.ndim})")
    if idx.dtype != np.int64:
        raise RuntimeError(f"index_copy_(): Expected a long tensor for index, but got {_LEGACY.get(idx.dtype.name)}")
    src = source._data
    if data.dtype != src.dtype:
        raise RuntimeError("index_copy_(): self and source expected to have the same dtype, but got (self) "
                           f"{_LEGACY.get(data.dtype.name)} and (source) {_LEGACY.get(src.dtype.name)}")
    if data.ndim and src.ndim and data.ndim != src.ndim:
        raise IndexError("index_copy_(): When source and destination are not scalars, their dimensionality must "
                         f"match. Source dimensionality ({src.ndim}), destination dimensionality ({data.ndim})")
    count = src.shape[axis] if src.ndim else 1
    if idx.size != count:
        raise IndexError(f"index_copy_(): Number of indices ({idx.size}) should be equal to source.size(dim) ({count})")
    if data.ndim and src.ndim:
        mine = [s for i, s in enumerate(data.shape) if i != axis]
        theirs = [s for i, s in enumerate(src.shape) if i != axis]
        if mine != theirs:
            raise RuntimeError(
                "index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: "
                f"{' '.join(map(str, mine))} at dimension {axis} and source slice shape: "
                f"{' '.join(map(str, theirs))} at dimension 0.")
    size = data.shape[axis] if data.ndim else 1
    for i in idx.reshape(-1):
        if not 0 <= i < size:
            raise IndexError(f"index_copy_(): index {i} is out of bounds for dimension {axis} with size {size}")


@op("index_copy", inplace="index_copy_")
def index_copy(input, dim, index, source):
    input = to_tensor(input)
    require_tensor(index, "index_copy", "index", 2)
    require_tensor(source, "index_copy", "source", 3)
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    _check(data, axis, index, source)
    out = data.copy()
    idx = index._data.reshape(-1)
    if data.ndim:
        key = [slice(None)] * data.ndim
        key[axis] = idx
        out[tuple(key)] = source._data  # a repeated index: the last slice copied there stays
    else:
        out[()] = source._data
    attrs = (_dims.shown(dim), source._data.ndim)
    saved_source = source if source._requires_grad else None  # PyTorch keeps it for its gradient only
    return record(IndexCopyBackward0, out, (input, source), (index, saved_source), attrs)


FUNCTIONS, METHODS = tables(__name__)
