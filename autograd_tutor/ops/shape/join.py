"""Joining and splitting tensors: cat, stack, split, chunk, unbind.

The gradient of joining is cutting the gradient into the pieces' shapes; the gradient of a
piece is put back in its place in a zero tensor of the whole's shape.

split, chunk and unbind are one node with several outputs, as in PyTorch (see _multi_output).
"""
import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from .. import _dims
from .._multi_output import MultiOutputNode, record_outputs
from .._numpy_namespace import row_major
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables
from .._views import make_view


def _result_dtype(tensors):
    out = tensors[0].dtype
    for t in tensors[1:]:
        out = _dtypes.promote_types(out, t.dtype)
    return out

def _tensor_list(tensors, name):
    """The tensors of cat/stack, with PyTorch's TypeErrors for anything else."""
    from ...tensor import Tensor
    from .._signatures import type_label

    if not isinstance(tensors, (list, tuple)):
        raise TypeError(f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, not {type_label(tensors)}")
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            raise TypeError(f"expected Tensor as element {i} in argument 0, but got {type_label(t)}")
    return list(tensors)

def _legacy_empty(t):
    """PyTorch's cat skips 1-D empty tensors whatever the other shapes (legacy behaviour)."""
    return t._data.ndim == 1 and t._data.size == 0

# ----------------------------------------------------------------------------- cat
class CatBackward0(Node):
    """cat: each input gets its own stretch of the gradient along ``dim``"""

    rule = "grad_each_input = its slice of grad"

    __slots__ = ("_sizes",)
    _completed_after_record = True  # its op sets the node's shapes after record
    attr_fields = ("dim",)

    def backward(self, grad):
        dim = self._attrs[0]
        out, offset = [], 0
        ndim = len(grad.shape)
        for i, size in enumerate(self._sizes):
            if size is None:  # a skipped empty input
                out.append(None)
                continue
            if self.needs(i):
                out.append(self.xp.narrow(grad, _dims.wrap(dim, ndim), offset, size))
            else:
                out.append(None)
            offset += size
        return tuple(out)

@op("cat", aliases=("concat", "concatenate"), method=False, axis_alias=True)
def cat(tensors, dim=0, *, out=None):
    tensors = _tensor_list(tensors, "cat")
    if not tensors:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    skipped = [_legacy_empty(t) for t in tensors]
    if all(skipped):
        skipped = [False] + skipped[1:]
    kept = [t for t, skip in zip(tensors, skipped) if not skip]
    ref = kept[0]._data
    axis = wrap_dim(dim, ref.ndim)
    for i, t in enumerate(tensors):
        if skipped[i]:
            continue
        if t._data.ndim != ref.ndim:
            raise RuntimeError(
                f"Tensors must have same number of dimensions: got {ref.ndim} and {t._data.ndim}"
            )
        for d in range(ref.ndim):
            if d != axis and t._data.shape[d] != ref.shape[d]:
                raise RuntimeError(
                    f"Sizes of tensors must match except in dimension {axis}. Expected size "
                    f"{ref.shape[d]} but got size {t._data.shape[d]} for tensor number {i} in the list."
                )
    dtype = _result_dtype(tensors).np
    # Row-major whatever the inputs' layouts, as PyTorch's cat (NumPy would keep theirs).
    data = row_major(np.concatenate([t._data.astype(dtype, copy=False) for t in kept], axis=axis))
    result = record(CatBackward0, data, tensors, (), (_dims.shown(dim),))
    if result._grad_fn is not None:
        result._grad_fn._sizes = [None if skip else t._data.shape[axis] for t, skip in zip(tensors, skipped)]
    return result

# ----------------------------------------------------------------------------- stack
class StackBackward0(Node):
    """stack: input i gets the gradient's slice i along ``dim``"""

    rule = "grad_each_input = grad[i] along dim"

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, grad):
        axis = _dims.wrap(self._attrs[0], len(grad.shape))
        out = []
        for i in range(len(self.next_functions)):
            if not self.needs(i):
                out.append(None)
            else:
                out.append(self.xp.select(grad, axis, i))
        return tuple(out)

@op("stack", method=False, axis_alias=True)
def stack(tensors, dim=0, *, out=None):
    tensors = _tensor_list(tensors, "stack")
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    first = tensors[0]._data.shape
    for i, t in enumerate(tensors):
        if t._data.shape != first:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got {list(first)} at entry 0 and "
                f"{list(t._data.shape)} at entry {i}"
            )
    axis = wrap_dim(dim, len(first) + 1)
    dtype = _result_dtype(tensors).np
    data = row_major(np.stack([t._data.astype(dtype, copy=False) for t in tensors], axis=axis))
    return record(StackBackward0, data, tensors, (), (_dims.shown(dim),))

@op("hstack", method=False)
def hstack(tensors):
    tensors = _tensor_list(tensors, "hstack")
    return cat(tensors, 0 if tensors[0]._data.ndim <= 1 else 1)

@op("vstack", method=False)
def vstack(tensors):
    from .view import reshape, unsqueeze

    # atleast_2d, as PyTorch: a 1-D tensor is unsqueezed (UnsqueezeBackward0), a 0-dim reshaped
    tensors = [t if t._data.ndim >= 2 else unsqueeze(t, 0) if t._data.ndim == 1 else reshape(t, (1, 1))
               for t in _tensor_list(tensors, "vstack")]
    return cat(tensors, 0)

# ----------------------------------------------------------------------------- split / chunk
def _present(node, slots):
    """Every output's gradient, zeros where one got none."""
    like = next(g for g in slots if g is not None)
    return [g if g is not None else node.zeros_for(k, like) for k, g in enumerate(slots)]


class SplitBackward0(MultiOutputNode):
    """split(size): the pieces' gradients are joined back together (zeros for unused pieces)"""

    rule = "grad_self = each piece's grad put back in its place (zeros for unused pieces)"

    __slots__ = ()
    attr_fields = ("dim", "self_sym_sizes", "split_size")

    def backward(self, slots):
        dim, shape = self._attrs[0], self._attrs[1]
        axis = _dims.wrap(dim, len(shape))
        parts = _present(self, slots)
        return (self.xp.cat(parts, axis),)


class SplitWithSizesBackward0(SplitBackward0):
    """split([sizes]): the pieces' gradients are joined back together (zeros for unused pieces)"""

    rule = "grad_self = each piece's grad put back in its place (zeros for unused pieces)"

    __slots__ = ()
    attr_fields = ("dim", "self_sym_sizes", "split_sizes")


def _pieces(input, node_cls, dim, sizes, attrs):
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    starts = np.cumsum([0] + list(sizes[:-1]))
    pieces = [data[(slice(None),) * axis + (slice(s, s + n),)] for s, n in zip(starts, sizes)]
    return tuple(make_view(t, input) for t in record_outputs(node_cls, pieces, (input,), (), attrs))


@op("split")
def split(input, split_size_or_sections, dim=0):
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise RuntimeError("split expects at least a 1-dimensional tensor")
    axis = wrap_dim(dim, data.ndim)
    length = data.shape[axis]
    shape = tuple(data.shape)
    if isinstance(split_size_or_sections, (list, tuple)):
        sizes = [int(s) for s in split_size_or_sections]
        if sum(sizes) != length:
            raise RuntimeError(
                f"split_with_sizes expects split_sizes to sum exactly to {length} (input tensor's size "
                f"at dimension {dim}), but got split_sizes={sizes}"
            )
        attrs = (_dims.shown(dim), shape, tuple(sizes))
        return _pieces(input, SplitWithSizesBackward0, dim, sizes, attrs)
    size = int(split_size_or_sections)
    if size < 0:
        raise RuntimeError(f"split expects split_size be non-negative, but got split_size={size}")
    if size == 0 and length:
        raise RuntimeError(f"split_size can only be 0 if dimension size is 0, but got dimension size of {length}")
    sizes = [min(size, length - s) for s in range(0, length, size)] if length else [0]
    return _pieces(input, SplitBackward0, dim, sizes, (_dims.shown(dim), shape, size))


@op("split_with_sizes")
def split_with_sizes(input, split_sizes, dim=0):
    """split into pieces of the given sizes (SplitWithSizesBackward0, as split with a list)."""
    sizes = [int(s) for s in split_sizes]
    if any(s < 0 for s in sizes):
        raise RuntimeError(f"split_with_sizes expects split_sizes have only non-negative entries, but got "
                           f"split_sizes={sizes}")
    return split(input, sizes, dim)


@op("chunk")
def chunk(input, chunks, dim=0):
    input = to_tensor(input)
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0, got: " + str(chunks))
    length = input._data.shape[wrap_dim(dim, input._data.ndim)]
    return split(input, -(-length // chunks) if length else 1, dim)


# ----------------------------------------------------------------------------- unbind
class UnbindBackward0(MultiOutputNode):
    """unbind: the rows' gradients are stacked back together (zeros for unused rows)"""

    rule = "grad_self = each slice's grad put back in its row (zeros for unused slices)"

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, slots):
        parts = _present(self, slots)
        axis = _dims.wrap(self._attrs[0], len(parts[0].shape) + 1)
        return (self.xp.stack(parts, axis),)


@op("unbind")
def unbind(input, dim=0):
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    axis = wrap_dim(dim, data.ndim)
    rows = [data[(slice(None),) * axis + (i, Ellipsis)] for i in range(data.shape[axis])]
    if not rows:
        return ()
    return tuple(make_view(t, input) for t in record_outputs(UnbindBackward0, rows, (input,), (), (_dims.shown(dim),)))


FUNCTIONS, METHODS = tables(__name__)
