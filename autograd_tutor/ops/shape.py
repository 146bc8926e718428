"""Shape ops (view, reshape, expand, transpose, permute, squeeze, unsqueeze, flatten) and indexing.

Views share memory with their input (NumPy views), so they share its version counter too: an
in-place change through a view is seen by every node that saved the base.
"""
import numpy as np

from ..autograd.node import Node
from ..size import Size
from . import _math
from ._record import record, to_tensor, wrap_dim


def _as_view(out, input):
    if out._data.base is not None or out._data is input._data:
        out._vc = input._vc
    return out


def _shape_arg(shape):
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return tuple(int(s) for s in shape)


def _infer_shape(shape, numel):
    shape = list(shape)
    if shape.count(-1) > 1:
        raise RuntimeError("only one dimension can be inferred")
    if -1 in shape:
        known = int(np.prod([s for s in shape if s != -1]))
        if known == 0 or numel % known:
            raise RuntimeError(f"shape '{list(shape)}' is invalid for input of size {numel}")
        shape[shape.index(-1)] = numel // known
    if int(np.prod(shape)) != numel:
        raise RuntimeError(f"shape '{list(shape)}' is invalid for input of size {numel}")
    return tuple(shape)


class ViewBackward0(Node):
    """view/reshape: the gradient is reshaped back to the input's shape"""

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (_math.reshape(grad, self._attrs[0]),)


def view(input, *shape):
    from .. import _dtypes

    if len(shape) == 1 and isinstance(shape[0], _dtypes.dtype):
        return record(ViewBackward0, input._data.view(shape[0].np), (input,), (), (input.shape,))
    shape = _infer_shape(_shape_arg(shape), input._data.size)
    if not input._data.flags.c_contiguous and input._data.ndim > 1:
        raise RuntimeError(
            "view size is not compatible with input tensor's size and stride (at least one "
            "dimension spans across two contiguous subspaces). Use .reshape(...) instead."
        )
    return _as_view(record(ViewBackward0, input._data.reshape(shape), (input,), (), (input.shape,)), input)


def reshape(input, *shape):
    shape = _infer_shape(_shape_arg(shape), input._data.size)
    return _as_view(record(ViewBackward0, input._data.reshape(shape), (input,), (), (input.shape,)), input)


def flatten(input, start_dim=0, end_dim=-1):
    data = input._data
    if data.ndim == 0:
        return reshape(input, 1)
    s, e = wrap_dim(start_dim, data.ndim), wrap_dim(end_dim, data.ndim)
    if s == e:
        return input
    shape = data.shape[:s] + (int(np.prod(data.shape[s:e + 1])),) + data.shape[e + 1:]
    return reshape(input, shape)


class ExpandBackward0(Node):
    """expand: the engine sums the broadcast gradient back; nothing else to do"""

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        from ..autograd.engine import sum_to_shape

        return (sum_to_shape(grad, self._attrs[0]),)


def expand(input, *sizes):
    sizes = _shape_arg(sizes)
    data = input._data
    lead = len(sizes) - data.ndim
    if lead < 0:
        raise RuntimeError(
            f"expand({input.type()}{{{list(data.shape)}}}, size={list(sizes)}): the number of sizes "
            "provided "
            f"({len(sizes)}) must be greater or equal to the number of dimensions in the tensor ({data.ndim})"
        )
    target = tuple(data.shape[i - lead] if s == -1 else s for i, s in enumerate(sizes))
    try:
        out = np.broadcast_to(data, target)
    except ValueError:
        raise RuntimeError(
            f"The expanded size of the tensor ({target[-1]}) must match the existing size "
            f"({data.shape[-1]}) at non-singleton dimension {len(target) - 1}.  Target sizes: "
            f"{list(sizes)}.  Tensor sizes: {list(data.shape)}"
        ) from None
    return _as_view(record(ExpandBackward0, out, (input,), (), (input.shape,)), input)


def expand_as(input, other):
    return expand(input, other.shape)


class TransposeBackward0(Node):
    """transpose(d0, d1): transpose the gradient back"""

    __slots__ = ()
    attr_fields = ("dim0", "dim1")

    def backward(self, grad):
        d0, d1 = self._attrs
        return (grad.transpose(d0, d1) if hasattr(grad, "_data") else np.swapaxes(grad, d0, d1),)


def transpose(input, dim0, dim1):
    n = input._data.ndim
    d0, d1 = wrap_dim(dim0, n), wrap_dim(dim1, n)
    out = np.swapaxes(input._data, d0, d1) if n else input._data
    return _as_view(record(TransposeBackward0, out, (input,), (), (d0, d1)), input)


class TBackward0(Node):
    """t(): transpose the gradient back"""

    __slots__ = ()

    def backward(self, grad):
        return (grad.t() if hasattr(grad, "_data") else grad.T,)


def t(input):
    if input._data.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {input._data.ndim}D")
    return _as_view(record(TBackward0, input._data.T, (input,)), input)


class PermuteBackward0(Node):
    """permute(dims): apply the inverse permutation to the gradient"""

    __slots__ = ()
    attr_fields = ("dims",)

    def backward(self, grad):
        inverse = tuple(np.argsort(self._attrs[0]))
        return (grad.permute(inverse) if hasattr(grad, "_data") else np.transpose(grad, inverse),)


def permute(input, *dims):
    dims = tuple(wrap_dim(d, input._data.ndim) for d in _shape_arg(dims))
    if sorted(dims) != list(range(input._data.ndim)):
        raise RuntimeError("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = "
                           f"{input._data.ndim} is not equal to len(dims) = {len(dims)}")
    return _as_view(record(PermuteBackward0, np.transpose(input._data, dims), (input,), (), (dims,)), input)


class UnsqueezeBackward0(Node):
    """unsqueeze(dim): squeeze the gradient"""

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, grad):
        return (_math.reshape(grad, tuple(s for i, s in enumerate(grad.shape) if i != self._attrs[0])),)


def unsqueeze(input, dim):
    d = wrap_dim(dim, input._data.ndim + 1)
    return _as_view(record(UnsqueezeBackward0, np.expand_dims(input._data, d), (input,), (), (d,)), input)


class SqueezeBackward0(Node):
    """squeeze: reshape the gradient back to the input's shape"""

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (_math.reshape(grad, self._attrs[0]),)


class SqueezeBackward1(SqueezeBackward0):
    __slots__ = ()
    attr_fields = ("self_sym_sizes", "dim")


def squeeze(input, dim=None):
    data = input._data
    if dim is None:
        out = data.reshape(tuple(s for s in data.shape if s != 1))
        return _as_view(record(SqueezeBackward0, out, (input,), (), (input.shape,)), input)
    dims = (dim,) if isinstance(dim, int) else tuple(dim)
    dims = {wrap_dim(d, data.ndim) for d in dims} if data.ndim else set()
    out = data.reshape(tuple(s for i, s in enumerate(data.shape) if not (i in dims and s == 1)))
    return _as_view(record(SqueezeBackward1, out, (input,), (), (input.shape, dim)), input)


class CloneBackward0(Node):
    """clone: the gradient passes through unchanged"""

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


def clone(input, *, memory_format=None):
    return record(CloneBackward0, input._data.copy(), (input,))


# ----------------------------------------------------------------------------- indexing
class SelectBackward0(Node):
    """x[i] along ``dim``: the gradient lands in row i of a zero tensor"""

    __slots__ = ()
    attr_fields = ("dim", "index", "self_sym_sizes")

    def backward(self, grad):
        dim, index, shape = self._attrs
        key = (slice(None),) * dim + (index,)
        return (_scatter_into_zeros(grad, shape, key),)


class SliceBackward0(Node):
    """x[a:b:c] along ``dim``: the gradient lands in those rows of a zero tensor"""

    __slots__ = ()
    attr_fields = ("dim", "start", "end", "step", "self_sym_sizes")

    def backward(self, grad):
        dim, start, end, step, shape = self._attrs
        key = (slice(None),) * dim + (slice(start, end, step),)
        return (_scatter_into_zeros(grad, shape, key),)


class IndexBackward0(Node):
    """x[indices]: the gradient is added into a zero tensor at the indices (repeats accumulate)"""

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad, indices):
        return (_scatter_into_zeros(grad, self._attrs[0], self._key, accumulate=True),)

    @property
    def _key(self):
        return self.metadata["key"]


def _scatter_into_zeros(grad, shape, key, accumulate=False):
    if hasattr(grad, "_data"):
        from .indexing_backward import index_put_differentiable

        return index_put_differentiable(grad, shape, key, accumulate)
    out = np.zeros(shape, dtype=grad.dtype)
    if accumulate:
        np.add.at(out, key, grad)
    else:
        out[key] = grad
    return out


def _normalise_key(key):
    from ..tensor import Tensor

    if not isinstance(key, tuple):
        key = (key,)
    out = []
    for k in key:
        if isinstance(k, Tensor):
            k = k._data
            if k.dtype.kind not in "biu":
                raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
        elif isinstance(k, list):
            k = np.asarray(k)
        out.append(k)
    return tuple(out)


def getitem(input, key):
    from ..tensor import Tensor

    data = input._data
    k = _normalise_key(key)
    basic = all(isinstance(i, (int, np.integer, slice)) or i is None or i is Ellipsis for i in k)
    try:
        out = data[k if len(k) != 1 else k[0]]
    except IndexError as e:
        raise IndexError(_index_error(e, data, k)) from None
    if basic and len(k) == 1 and isinstance(k[0], (int, np.integer)):
        dim_index = int(k[0])
        return _as_view(record(SelectBackward0, out, (input,), (), (0, dim_index, input.shape)), input)
    if basic and len(k) == 1 and isinstance(k[0], slice):
        s = k[0]
        start, end, step = s.indices(data.shape[0]) if data.ndim else (0, 0, 1)
        return _as_view(record(SliceBackward0, out, (input,), (), (0, s.start or 0, s.stop if s.stop is not None else 2**63 - 1, s.step or 1, input.shape)), input)
    result = record(IndexBackward0, np.array(out) if not basic else out, (input,), (None,), (input.shape,))
    if result._grad_fn is not None:
        result._grad_fn.metadata["key"] = k if len(k) != 1 else k[0]
    if basic:
        _as_view(result, input)
    return result


def _index_error(e, data, k):
    for dim, i in enumerate(x for x in k if x is not None and x is not Ellipsis):
        if isinstance(i, (int, np.integer)) and dim < data.ndim:
            size = data.shape[dim]
            if not -size <= i < size:
                return f"index {i} is out of bounds for dimension {dim} with size {size}"
    if data.ndim == 0:
        return "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
    return str(e)


METHODS = {
    "view": view, "reshape": reshape, "flatten": flatten, "expand": expand, "expand_as": expand_as,
    "transpose": transpose, "swapaxes": transpose, "t": t, "permute": permute,
    "unsqueeze": unsqueeze, "squeeze": squeeze, "clone": clone, "__getitem__": getitem,
    "view_as": lambda self, other: view(self, other.shape),
    "reshape_as": lambda self, other: reshape(self, other.shape),
}
PROPERTIES = {
    "T": lambda self: permute(self, tuple(reversed(range(self._data.ndim)))) if self._data.ndim != 2 else t(self),
    "mT": lambda self: transpose(self, -2, -1),
}
FUNCTIONS = {
    "reshape": reshape, "flatten": flatten, "transpose": transpose, "swapaxes": transpose,
    "t": t, "permute": permute, "unsqueeze": unsqueeze, "squeeze": squeeze, "clone": clone,
}
