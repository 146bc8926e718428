"""Constant padding (``F.pad``, ``torch.constant_pad_nd``): the last dimensions grown, or cut by a
negative pad.

ConstantPadNdBackward0 saves ``pad``: the gradient is the padded region cut away again (a constant
pad by ``-pad``).
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._numpy_namespace import constant_padded
from .._record import record, to_tensor
from .._registry import op, tables


class ConstantPadNdBackward0(Node):
    """constant padding: the gradient of the original region (the pad cut away)"""

    rule = "constant padding: the gradient of the original region (the pad cut away)"

    __slots__ = ()
    attr_fields = ("pad",)

    def backward(self, grad):
        back = tuple(-_dims.signed(p) for p in self._attrs[0])
        return (self.xp.constant_pad(grad, back, 0),)


@op("constant_pad_nd", method=False)
def constant_pad_nd(input, pad, value=0):
    input = to_tensor(input)
    data = input._data
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError(f"Length of pad must be even but instead it equals {len(pad)}")
    if len(pad) // 2 > data.ndim:
        raise RuntimeError(
            f"Length of pad should be no more than twice the number of dimensions of the input. "
            f"Pad length is {len(pad)} while the input has {data.ndim} dimensions.")
    for i in range(len(pad) // 2):
        axis = data.ndim - 1 - i
        new = data.shape[axis] + pad[2 * i] + pad[2 * i + 1]
        if new < 0:  # PyTorch cuts with narrow first, and narrow refuses a negative length
            raise RuntimeError("narrow(): length must be non-negative.")
    out = np.ascontiguousarray(constant_padded(data, pad, data.dtype.type(value)))
    return record(ConstantPadNdBackward0, out, (input,), (), (tuple(_dims.shown(p) for p in pad),))


FUNCTIONS, METHODS = tables(__name__)
