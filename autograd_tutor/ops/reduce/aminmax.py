"""aminmax: the smallest and the largest elements in one call, one node with two outputs.

Each output's gradient is shared evenly among the elements equal to it (as amin and amax do)."""
import numpy as np

from ... import return_types
from ...autograd.node import SavedOutput
from ...tensor import Tensor
from .. import _dims
from .._multi_output import MultiOutputNode
from .._numpy_namespace import NUMPY
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables
from .extrema import _tie_mask


class AminmaxBackward0(MultiOutputNode):
    """(min, max)  ->  grad_x = grad_min shared among the minimal elements + grad_max among the maximal"""

    rule = "grad_x = grad_min shared among the minimal elements + grad_max among the maximal"

    __slots__ = ()
    tensor_fields = ("max", "min", "self")
    attr_fields = ("dim", "keepdim")

    def backward(self, slots, big, small, x):
        xp = self.xp
        dim, keepdim = self._attrs
        shape = xp.data(x).shape
        axes = (_dims.wrap(dim, len(shape)),) if dim is not None and shape else tuple(range(len(shape)))
        total = None
        for grad, result in zip(slots, (small, big)):
            if grad is None:
                continue
            grad = xp.regrow(grad, shape, axes, keepdim)
            mask = _tie_mask(xp, x, NUMPY.regrow(xp.data(result), shape, axes, keepdim))  # arrays in both worlds
            part = grad * xp.const(grad, mask / mask.sum(axis=axes, keepdims=True))
            total = part if total is None else total + part
        return (total,)


@op("aminmax")
def aminmax(input, *, dim=None, keepdim=False, out=None):
    input = to_tensor(input)
    data = input._data
    if dim is None:
        if data.size == 0:
            raise RuntimeError("aminmax(): cannot compute aminmax over an empty dimension as the operation "
                               "has no identity.")
        axes = None
    else:
        axis = wrap_dim(dim, max(data.ndim, 1))
        if data.ndim and data.shape[axis] == 0:
            raise IndexError(f"aminmax: Expected reduction dim {axis} to have non-zero size.")
        axes = axis if data.ndim else None
    small = np.asarray(np.min(data, axis=axes, keepdims=keepdim), dtype=data.dtype)
    big = np.asarray(np.max(data, axis=axes, keepdims=keepdim), dtype=data.dtype)
    if keepdim and dim is None:
        small, big = small.reshape((1,) * data.ndim), big.reshape((1,) * data.ndim)
    shown = None if dim is None else _dims.shown(int(dim))
    first = record(AminmaxBackward0, small, (input,), (Tensor._make(big, False, None), Tensor._make(small, False, None), input),
                   (shown, keepdim))
    node = first._grad_fn
    second = Tensor._make(big, node is not None, node)
    if node is not None:
        second._output_nr = 1
        node._outputs = [(small.shape, small.dtype), (big.shape, big.dtype)]
        # both results saved as the node's own outputs, as PyTorch saves them
        node._saved = (SavedOutput(big, second._vc), SavedOutput(small, first._vc), input)
        node._versions = (None, None, input._vc[0])
    return return_types.aminmax(first, second)


FUNCTIONS, METHODS = tables(__name__)
