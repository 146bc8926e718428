"""diag_embed: a batch of vectors laid on diagonals of new dims (DiagEmbedBackward0, whose
gradient is those diagonals of the gradient)."""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables


class DiagEmbedBackward0(Node):
    """a batch of vectors put on diagonals  ->  the gradient's diagonals"""

    rule = "the gradient's diagonals"

    __slots__ = ()
    attr_fields = ("offset", "dim1", "dim2")

    def backward(self, grad):
        offset, d1, d2 = (_dims.signed(v) for v in self._attrs)
        return (self.xp.diagonal(grad, offset, d1, d2),)


@op("diag_embed")
def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    input = to_tensor(input)
    data = input._data
    nd = data.ndim + 1
    a1, a2 = _dims.wrap(dim1, nd), _dims.wrap(dim2, nd)
    if a1 == a2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    n = data.shape[-1] + abs(offset)
    rest = data.shape[:-1]
    out_shape = list(rest)
    for a in sorted((a1, a2)):
        out_shape.insert(a, n)
    out = np.zeros(out_shape, dtype=data.dtype)
    view = np.diagonal(out, offset, a1, a2)  # read-only view: write through its base
    view.setflags(write=True) if view.flags.writeable else None
    idx = np.arange(data.shape[-1])
    rows, cols = (idx, idx + offset) if offset >= 0 else (idx - offset, idx)
    moved = np.moveaxis(out, (a1, a2), (-2, -1))
    moved[..., rows, cols] = data
    return record(DiagEmbedBackward0, out, (input,), (), (_dims.shown(offset) if offset < 0 else offset,
                                                          _dims.shown(dim1), _dims.shown(dim2)))


@op("diagflat")
def diagflat(input, offset=0):
    """The flattened input laid on a diagonal, as PyTorch composes it: ``contiguous().view(-1)``
    (ViewBackward0, over a CloneBackward0 copy when needed), then diag_embed."""
    from .view import contiguous, view

    if isinstance(offset, bool) or not isinstance(offset, (int, np.integer)):
        raise TypeError(f"diagflat(): argument 'offset' must be int, not {type(offset).__name__}")
    return diag_embed(view(contiguous(to_tensor(input)), -1), int(offset))


FUNCTIONS, METHODS = tables(__name__)
