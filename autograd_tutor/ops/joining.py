"""Joining and splitting tensors: cat, stack, split, chunk, unbind.

The gradient of joining is cutting the gradient into the pieces' shapes; the gradient of a
piece is put back in its place in a zero tensor of the whole's shape.

Note: PyTorch records split/chunk/unbind as ONE node with several outputs. Here every piece has
its own node of the same name and fields (the engine has single-output nodes), so the gradients
are PyTorch's but ``a.grad_fn is b.grad_fn`` is False for two pieces.
"""
import numpy as np

from .. import _dtypes
from ..autograd.node import Node
from ..tensor import Tensor
from . import _dims, _math
from ._record import record, to_tensor, wrap_dim
from .indexing_backward import select_backward, slice_backward

def _result_dtype(tensors):
    out = tensors[0].dtype
    for t in tensors[1:]:
        out = _dtypes.promote_types(out, t.dtype)
    return out

def _legacy_empty(t):
    """PyTorch's cat skips 1-D empty tensors whatever the other shapes (legacy behaviour)."""
    return t._data.ndim == 1 and t._data.size == 0

# ----------------------------------------------------------------------------- cat
class CatBackward0(Node):
    """cat: each input gets its own stretch of the gradient along ``dim``"""

    __slots__ = ("_sizes",)
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
                axis = _dims.wrap(dim, ndim)
                if _math._t(grad):
                    out.append(grad.narrow(axis, offset, size))
                else:
                    out.append(grad[(slice(None),) * axis + (slice(offset, offset + size),)])
            else:
                out.append(None)
            offset += size
        return tuple(out)

def cat(tensors, dim=0, *, out=None):
    tensors = [to_tensor(t) for t in tensors]
    if not tensors:
        raise RuntimeError("torch.cat(): expected a non-empty list of Tensors")
    kept = [t for t in tensors if not _legacy_empty(t)] or tensors[:1]
    ref = kept[0]._data
    axis = wrap_dim(dim, ref.ndim)
    for i, t in enumerate(kept):
        if t._data.ndim != ref.ndim:
            raise RuntimeError(
                f"Tensors must have same number of dimensions: got {ref.ndim} and {t._data.ndim}"
            )
        for d in range(ref.ndim):
            if d != axis and t._data.shape[d] != ref.shape[d]:
                raise RuntimeError(
                    f"Sizes of tensors must match except in dimension {axis}. Expected size "
                    f"{ref.shape[d]} but got size {t._data.shape[d]} for tensor number {tensors.index(t)} in the list."
                )
    dtype = _result_dtype(tensors).np
    data = np.concatenate([t._data.astype(dtype, copy=False) for t in kept], axis=axis)
    result = record(CatBackward0, data, tensors, (), (_dims.shown(dim),))
    if result._grad_fn is not None:
        result._grad_fn._sizes = [None if _legacy_empty(t) and t not in kept else t._data.shape[axis] for t in tensors]
    return result

# ----------------------------------------------------------------------------- stack
class StackBackward0(Node):
    """stack: input i gets the gradient's slice i along ``dim``"""

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, grad):
        axis = _dims.wrap(self._attrs[0], len(grad.shape))
        out = []
        for i in range(len(self.next_functions)):
            if not self.needs(i):
                out.append(None)
            elif _math._t(grad):
                out.append(grad.select(axis, i))
            else:
                out.append(grad[(slice(None),) * axis + (i,)])
        return tuple(out)

def stack(tensors, dim=0, *, out=None):
    tensors = [to_tensor(t) for t in tensors]
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
    data = np.stack([t._data.astype(dtype, copy=False) for t in tensors], axis=axis)
    return record(StackBackward0, data, tensors, (), (_dims.shown(dim),))

def hstack(tensors):
    tensors = [to_tensor(t) for t in tensors]
    return cat(tensors, 0 if tensors[0]._data.ndim <= 1 else 1)

def vstack(tensors):
    from .shape import reshape

    tensors = [reshape(t, (1, -1)) if t._data.ndim < 2 else t for t in map(to_tensor, tensors)]
    return cat(tensors, 0)

# ----------------------------------------------------------------------------- split / chunk
class SplitBackward0(Node):
    """one piece of split(size): its gradient goes back in its place, zeros elsewhere"""

    __slots__ = ("_piece",)
    attr_fields = ("dim", "self_sym_sizes", "split_size")

    def backward(self, grad):
        dim, shape = self._attrs[0], self._attrs[1]
        start, end = self._piece
        return (slice_backward(grad, shape, _dims.signed(dim), start, end, 1),)

class SplitWithSizesBackward0(SplitBackward0):
    """one piece of split([sizes]): its gradient goes back in its place, zeros elsewhere"""

    __slots__ = ()
    attr_fields = ("dim", "self_sym_sizes", "split_sizes")

def _pieces(input, node_cls, dim, sizes, attrs):
    from .slicing import as_view

    data = input._data
    axis = wrap_dim(dim, data.ndim)
    out, start = [], 0
    for size in sizes:
        piece = data[(slice(None),) * axis + (slice(start, start + size),)]
        t = as_view(record(node_cls, piece, (input,), (), attrs), input)
        if t._grad_fn is not None:
            t._grad_fn._piece = (start, start + size)
        out.append(t)
        start += size
    return tuple(out)

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
    if size <= 0 and length:
        raise RuntimeError(f"split_size can only be 0 if dimension size is 0, but got dimension size of {length}")
    sizes = [min(size, length - s) for s in range(0, length, size)] if length else [0]
    return _pieces(input, SplitBackward0, dim, sizes, (_dims.shown(dim), shape, size))

def chunk(input, chunks, dim=0):
    input = to_tensor(input)
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0, got: " + str(chunks))
    length = input._data.shape[wrap_dim(dim, input._data.ndim)]
    size = -(-length // chunks) if length else 0
    if size == 0:
        return split(input, [0] * min(chunks, 1) if not length else [length], dim)
    return split(input, size, dim)

# ----------------------------------------------------------------------------- unbind
class UnbindBackward0(Node):
    """one slice of unbind: its gradient goes back in its row, zeros elsewhere"""

    __slots__ = ("_row", "_whole")
    attr_fields = ("dim",)

    def backward(self, grad):
        return (select_backward(grad, self._whole, _dims.signed(self._attrs[0]), self._row),)

def unbind(input, dim=0):
    from .slicing import as_view

    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    axis = wrap_dim(dim, data.ndim)
    out = []
    for i in range(data.shape[axis]):
        row = data[(slice(None),) * axis + (i, Ellipsis)]
        t = as_view(record(UnbindBackward0, row, (input,), (), (_dims.shown(dim),)), input)
        if t._grad_fn is not None:
            t._grad_fn._row = i
            t._grad_fn._whole = tuple(data.shape)
        out.append(t)
    return tuple(out)

METHODS = {"split": split, "chunk": chunk, "unbind": unbind}
FUNCTIONS = {
    "cat": cat, "concat": cat, "concatenate": cat, "stack": stack, "hstack": hstack,
    "vstack": vstack, "split": split, "chunk": chunk, "unbind": unbind,
}
