"""glu, the gated linear unit: one half of the input times the sigmoid of the other half."""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._arg_checks import require_tensor
from .._record import record, wrap_dim
from ..double_backward.backward_ops import glu_backward


class GluBackward0(Node):
    """glu(x) = a σ(b), (a, b) the halves of x along dim  ->  (σ(b), a σ(b) (1 - σ(b)))"""

    rule = "(σ(b), a σ(b) (1 - σ(b)))"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("dim",)

    def backward(self, grad, x):
        # With create_graph, one recorded op (GluBackwardBackward0), as PyTorch records it.
        return (glu_backward(self.xp, grad, x, self._attrs[0]),)


def glu(input, dim=-1):
    require_tensor(input, "glu", "input", 1)
    x = input._data
    if x.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    d = wrap_dim(dim, x.ndim)
    if x.shape[d] % 2:
        raise RuntimeError(
            f"Halving dimension must be even, but dimension {d} is size {x.shape[d]}")
    a, b = np.split(x, 2, axis=d)
    out = (a / (1 + elementary.exp(-b))).astype(x.dtype, copy=False)
    return record(GluBackward0, out, (input,), (input,), (dim % 2 ** 64,))
