"""Picking and placing along one dim with an index tensor: index_select, gather, scatter,
scatter_add, index_add.

They are each other's backward: the gradient of gathering is scatter-adding the gradient back,
and the gradient of scatter-adding is gathering it. (MaxBackward0's differentiable backward
scatters into zeros, too.)
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._numpy_namespace import along as _along
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables


def _check_index_dtype(index, name):
    if index._data.dtype not in (np.int32, np.int64):
        raise RuntimeError(f"{name}(): Expected dtype int32/int64 for index")


def _check_grad_shape(node, position, grad, shape):
    """PyTorch's engine check: the input's shape must expand to its gradient's (which is then
    summed back to it)."""
    try:
        if np.broadcast_shapes(tuple(grad.shape), tuple(shape)) == tuple(grad.shape):
            return grad
    except ValueError:
        pass
    raise RuntimeError(
        f"Function {node.name()} returned an invalid gradient at index {position} - got "
        f"{list(grad.shape)} but expected shape compatible with {list(shape)}"
    )


# ----------------------------------------------------------------------------- index_select
class IndexSelectBackward0(Node):
    """index_select(dim, index): each picked row's gradient is added back into its source row"""

    rule = "grad_self = zeros with grad added back at each picked row"

    __slots__ = ()
    tensor_fields = ("index",)
    attr_fields = ("dim", "self_sym_sizes")

    def backward(self, grad, index):
        xp = self.xp
        dim, shape = self._attrs
        axis = _dims.wrap(dim, len(shape))
        return (xp.index_add(xp.zeros(shape, grad), axis, index, grad),)


@op("index_select")
def index_select(input, dim, index):
    input = to_tensor(input)
    data = input._data
    if index._data.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    if index._data.dtype not in (np.int32, np.int64):
        raise RuntimeError("index_select(): Expected dtype int32 or int64 for index")
    axis = wrap_dim(dim, data.ndim)
    idx = index._data.reshape(-1)
    size = data.shape[axis] if data.ndim else 1
    bad = idx[(idx < 0) | (idx >= size)]
    if axis == 1 and size == 0:
        raise RuntimeError("index_select(): self indexing axis dim should be positive")
    if bad.size and axis == 1:  # PyTorch's CPU kernel for dim 1 words it so (the first bad index)
        raise RuntimeError(f"INDICES element is out of DATA bounds, id={bad[0]} axis_dim={size}")
    if bad.size:
        raise IndexError("index out of range in self")
    out = np.take(data, idx, axis=axis) if data.ndim else data.copy()
    return record(IndexSelectBackward0, out, (input,), (index,), (_dims.shown(dim), tuple(data.shape)))


class IndexAddBackward0(Node):
    """self.index_add(dim, index, source, alpha): self's gradient passes through, source's is
    the gradient's rows at the index (times alpha)"""

    rule = "grad_self = grad,  grad_source = alpha * grad at the indices"

    __slots__ = ()
    tensor_fields = ("index", "source")
    attr_fields = ("alpha", "dim", "source_dim")

    def backward(self, grad, index, source):
        alpha, dim, _ = self._attrs
        g_src = None
        if self.needs(1):
            g_src = self.xp.index_select(grad, dim, index)
            g_src = g_src * alpha if alpha != 1 else g_src
        return (grad if self.needs(0) else None, g_src)


@op("index_add", inplace="index_add_")
def index_add(input, dim, index, source, *, alpha=1):
    axis = wrap_dim(dim, input._data.ndim)
    out = np.array(input._data, copy=True)
    np.add.at(out, (slice(None),) * axis + (index._data.reshape(-1),), source._data * alpha)
    attrs = (alpha, _dims.shown(dim), source._data.ndim)
    return record(IndexAddBackward0, out, (input, source), (index, source), attrs)


# ----------------------------------------------------------------------------- gather
class GatherBackward0(Node):
    """gather(dim, index): each gathered value's gradient is added back at its source"""

    rule = "grad_self = zeros with grad added back at each gathered place"

    __slots__ = ()
    tensor_fields = ("index", "self")
    attr_fields = ("dim", "sparse_grad")

    def backward(self, grad, index, x):
        xp = self.xp
        dim = _dims.wrap(self._attrs[0], len(x.shape) or 1)
        return (xp.scatter_add(xp.zeros(x.shape, grad), dim, index, grad),)


def _check_gather_index(data, axis, idx, name):
    if idx.ndim != data.ndim:
        raise RuntimeError(f"Index tensor must have the same number of dimensions as {'input' if name == 'gather' else 'self'} tensor")
    size = data.shape[axis]
    bad = idx[(idx < 0) | (idx >= size)]
    if bad.size:
        raise RuntimeError(f"index {int(bad.flat[0])} is out of bounds for dimension {axis} with size {size}")


@op("gather")
def gather(input, dim, index, *, sparse_grad=False):
    input = to_tensor(input)
    data = input._data
    _check_index_dtype(index, "gather")
    axis = wrap_dim(dim, data.ndim)
    idx = index._data
    _check_gather_index(data, axis, idx, "gather")
    out = data[_along(data.ndim, axis, idx)]
    return record(GatherBackward0, np.array(out, copy=True), (input,), (index, input), (_dims.shown(dim), sparse_grad))


# ----------------------------------------------------------------------------- scatter
class ScatterBackward0(Node):
    """scatter(dim, index, src): overwritten places get no gradient; src gets the gradient there"""

    rule = "grad_self = grad, 0 where overwritten;  grad_src = grad at the scattered places"

    __slots__ = ("_src_shape",)
    _completed_after_record = True  # its op sets the node's shapes after record
    tensor_fields = ("index",)
    attr_fields = ("dim",)

    def backward(self, grad, index):
        xp = self.xp
        dim = _dims.signed(self._attrs[0])
        g_src = None
        if len(self.next_functions) > 1 and self.needs(1):
            g_src = _check_grad_shape(self, 1, xp.gather(grad, dim, index), self._src_shape)
        return (xp.scatter_value(grad, dim, index, 0.0) if self.needs(0) else None, g_src)


class ScatterBackward1(ScatterBackward0):
    """scatter(dim, index, value): overwritten places get no gradient"""

    rule = "grad_self = grad, 0 where overwritten"

    __slots__ = ()


def _scatter_data(input, dim, index, src, reduce_add):
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    idx = index._data
    _check_index_dtype(index, "scatter_add" if reduce_add else "scatter")
    _check_gather_index(data, axis, idx, "scatter")
    out = np.array(data, copy=True)
    where = _along(data.ndim, axis, idx)
    if isinstance(src, Tensor):
        values = src._data[tuple(slice(0, s) for s in idx.shape)].astype(data.dtype)
    else:
        values = np.asarray(src, dtype=data.dtype)
    if reduce_add:
        np.add.at(out, where, values)
    else:
        out[where] = values
    return out


@op("scatter", inplace="scatter_")
def scatter(input, dim, index, src=None, *, value=None, reduce=None):
    if src is None:
        src = value
    if isinstance(src, Tensor):
        out = _scatter_data(input, dim, index, src, False)
        return _with_src_shape(record(ScatterBackward0, out, (input, src), (index,), (_dims.shown(dim),)), src)
    out = _scatter_data(input, dim, index, src, False)
    return record(ScatterBackward1, out, (input,), (index,), (_dims.shown(dim),))


class ScatterAddBackward0(Node):
    """scatter_add(dim, index, src): self's gradient passes through; src gets the gradient at
    the places it was added to"""

    rule = "grad_self = grad,  grad_src = grad at the scattered places"

    __slots__ = ("_src_shape",)
    _completed_after_record = True  # its op sets the node's shapes after record
    tensor_fields = ("index",)
    attr_fields = ("dim",)

    def backward(self, grad, index):
        dim = _dims.signed(self._attrs[0])
        g_src = _check_grad_shape(self, 1, self.xp.gather(grad, dim, index), self._src_shape) if self.needs(1) else None
        return (grad if self.needs(0) else None, g_src)


@op("scatter_add", inplace="scatter_add_")
def scatter_add(input, dim, index, src):
    out = _scatter_data(input, dim, index, src, True)
    return _with_src_shape(record(ScatterAddBackward0, out, (input, src), (index,), (_dims.shown(dim),)), src)


def _with_src_shape(result, src):
    if result._grad_fn is not None:
        result._grad_fn._src_shape = src._data.shape
    return result


FUNCTIONS, METHODS = tables(__name__)
