"""Rearranging and broadcasting: broadcast_to, broadcast_tensors, roll, tile, diff, rot90 and
fliplr/flipud.

broadcast_* and tile are what PyTorch composes them from (expand, repeat), so their graphs show
ExpandBackward0 and RepeatBackward0; diff is slices subtracted (SubBackward0 over SliceBackward0).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._arg_checks import require_tensor
from .._numpy_namespace import rolled
from .._record import check_broadcastable, record, to_tensor, wrap_dim
from .._registry import op, tables


@op("broadcast_to")
def broadcast_to(input, size):
    require_tensor(input, "broadcast_to", "input", 1)
    return input.expand(tuple(size))


@op("broadcast_tensors", method=False)
def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    for i, t in enumerate(tensors):
        require_tensor(t, "broadcast_tensors", "tensors", 1)
    if len(tensors) == 1:
        return tensors
    shape = ()
    for t in tensors:
        check_broadcastable(shape, t._data.shape)
        shape = np.broadcast_shapes(shape, t._data.shape)
    # A tensor already of the broadcast shape comes back as it is (no ExpandBackward0), as in PyTorch.
    return tuple(t if t._data.shape == shape else t.expand(shape) for t in tensors)


# ----------------------------------------------------------------------------- roll
class RollBackward0(Node):
    """roll by shifts  ->  the gradient rolled back by -shifts"""

    rule = "the gradient rolled back by -shifts"

    __slots__ = ()
    attr_fields = ("dims", "shifts")

    def backward(self, grad):
        dims, shifts = (_signed(v) for v in self._attrs)
        return (self.xp.roll(grad, tuple(-s for s in shifts), dims),)


@op("roll")
def roll(input, shifts, dims=()):
    require_tensor(input, "roll", "input", 1)
    shifts = (shifts,) if isinstance(shifts, int) else tuple(shifts)
    dims = (dims,) if isinstance(dims, int) else tuple(dims)
    if not dims and len(shifts) != 1:
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    if dims and len(shifts) != len(dims):
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    data = input._data
    axes = tuple(wrap_dim(d, data.ndim) for d in dims)
    out = rolled(data, shifts, axes)
    return record(RollBackward0, out, (input,), (), (_unsigned(dims), _unsigned(shifts)))


def _unsigned(ints):
    # PyTorch shows negative saved dims and shifts as unsigned 64-bit numbers.
    return tuple(i if i >= 0 else i + 2**64 for i in ints)


def _signed(ints):
    return tuple(i - 2**64 if i >= 2**63 else i for i in ints)


# ----------------------------------------------------------------------------- tile
def _tile_function(input, dims):  # torch.tile(input, dims); Tensor.tile(*dims) is tile
    if isinstance(dims, int):
        raise TypeError("tile(): argument 'dims' (position 2) must be tuple of ints, not int")
    return tile(input, dims)


@op("tile", function=_tile_function)
def tile(input, *dims):
    require_tensor(input, "tile", "input", 1)
    dims = tuple(dims[0]) if len(dims) == 1 and isinstance(dims[0], (tuple, list)) else dims
    lead = input._data.ndim - len(dims)
    return input.repeat((1,) * lead + tuple(dims))


# ----------------------------------------------------------------------------- diff
@op("diff")
def diff(input, n=1, dim=-1, prepend=None, append=None):
    require_tensor(input, "diff", "input", 1)
    if input._data.ndim == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    if n < 0:
        raise RuntimeError(f"order must be non-negative but got {n}")
    if prepend is not None or append is not None:
        from .join import cat

        parts = [t for t in (prepend, input, append) if t is not None]
        input = cat(parts, dim)
    axis = wrap_dim(dim, input._data.ndim)
    if n == 0:  # PyTorch copies into a new tensor (CopyBackwards)
        from ...creation import zeros_like

        return zeros_like(input).copy_(input)
    result = input
    length = input._data.shape[axis] - 1
    for i in range(min(n, input._data.shape[axis])):
        # The unwrapped dim goes to narrow: PyTorch's SliceBackward0 saves it as given.
        upper, lower = result.narrow(dim, 1, length - i), result.narrow(dim, 0, length - i)
        if result._data.dtype == np.bool_:  # booleans differ by xor (never differentiable)
            result = Tensor._make(np.logical_xor(upper._data, lower._data), False, None)
        else:
            result = upper - lower
    return result


# ----------------------------------------------------------------------------- rot90, fliplr, flipud
class Rot90Backward0(Node):
    """rotation by k quarter turns  ->  the gradient rotated back (-k)"""

    rule = "the gradient rotated back (-k)"

    __slots__ = ()
    attr_fields = ("k", "dims")

    def backward(self, grad):
        k, dims = _dims.signed(self._attrs[0]), self._attrs[1]
        return (self.xp.rot90(grad, -k, dims),)


@op("rot90")
def rot90(input, k=1, dims=(0, 1)):
    input = to_tensor(input)
    data = input._data
    dims = tuple(int(d) for d in dims)
    if len(dims) != 2:
        raise RuntimeError(f"expected total rotation dims == 2, but got dims = {len(dims)}")
    if data.ndim < 2:
        raise RuntimeError(f"expected total dims >= 2, but got total dims = {data.ndim}")
    a0, a1 = _dims.wrap(dims[0], data.ndim), _dims.wrap(dims[1], data.ndim)
    if a0 == a1:
        raise RuntimeError(f"expected rotation dims to be different, but got dim0 = {a0} and dim1 = {a1}")
    out = np.ascontiguousarray(np.rot90(data, k, axes=(a0, a1)))
    return record(Rot90Backward0, out, (input,), (), (_dims.shown(int(k)), dims))


@op("fliplr")
def fliplr(input):
    input = to_tensor(input)
    if input._data.ndim < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return input.flip([1])


@op("flipud")
def flipud(input):
    input = to_tensor(input)
    if input._data.ndim < 1:
        raise RuntimeError("Input must be >= 1-d.")
    return input.flip([0])


FUNCTIONS, METHODS = tables(__name__)
