"""tensor_split, hsplit, vsplit, dsplit, dstack, column_stack and ravel, composed as PyTorch
composes them: every piece is a slice of the input (SliceBackward0), the stacks are one cat over
reshaped inputs (CatBackward0 over UnsqueezeBackward0 / ViewBackward0), ravel is a reshape."""
import numbers

from ...tensor import Tensor
from .. import _dims
from .._record import to_tensor
from .._registry import op, tables
from .join import _tensor_list, cat
from .slicing import slice_dim


def _indices_of(value):
    if isinstance(value, Tensor):
        data = value._data
        if data.dtype.kind not in "iu":
            raise RuntimeError(
                "tensor_split expected tensor_indices_or_sections to have integer dtype, but got "
                f"{value.dtype}")
        if data.ndim > 1:
            raise RuntimeError(
                "tensor_split expected tensor_indices_or_sections to be a zero-dimensional or "
                f"one-dimensional tensor, but got a tensor with {data.ndim} dims")
        return int(data) if data.ndim == 0 else [int(i) for i in data]
    return value


@op("tensor_split")
def tensor_split(input, indices_or_sections, dim=0):
    input = to_tensor(input)
    data = input._data
    if data.ndim == 0:
        raise RuntimeError(
            "tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims")
    axis = _dims.wrap(dim, data.ndim)
    spec = _indices_of(indices_or_sections)
    size = data.shape[axis]
    if isinstance(spec, numbers.Integral):
        sections = int(spec)
        if sections <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {sections}")
        base, extra = divmod(size, sections)
        bounds, start = [], 0
        for i in range(sections):
            length = base + (1 if i < extra else 0)
            bounds.append((start, start + length))
            start += length
    else:
        points = [int(i) for i in spec]
        starts = [0] + points
        ends = points + [size]
        bounds = list(zip(starts, ends))
    return tuple(slice_dim(input, axis, s, e, 1) for s, e in bounds)


def _split_along(name, input, spec, axis, need):
    input = to_tensor(input)
    ndim = input._data.ndim
    if ndim < need:
        raise RuntimeError(
            f"torch.{name} requires a tensor with at least {need} dimension, but got a tensor with "
            f"{ndim} dimensions!")
    if isinstance(spec, numbers.Integral) and not isinstance(spec, bool):
        size = input._data.shape[axis]
        if spec == 0 or size % spec:
            raise RuntimeError(
                f"torch.{name} attempted to split along dimension {axis}, but the size of the "
                f"dimension {size} is not divisible by the split_size {spec}!")
    return tensor_split(input, spec, axis)


@op("hsplit")
def hsplit(input, indices_or_sections):
    input = to_tensor(input)
    ndim = input._data.ndim
    if ndim < 1:
        raise RuntimeError(
            "torch.hsplit requires a tensor with at least 1 dimension, but got a tensor with 0 "
            "dimensions!")
    return _split_along("hsplit", input, indices_or_sections, 1 if ndim > 1 else 0, 1)


@op("vsplit")
def vsplit(input, indices_or_sections):
    return _split_along("vsplit", input, indices_or_sections, 0, 2)


@op("dsplit")
def dsplit(input, indices_or_sections):
    return _split_along("dsplit", input, indices_or_sections, 2, 3)


def _atleast_3d(t):
    from autograd_tutor.ops.shape.view import reshape, unsqueeze

    nd = t._data.ndim
    if nd == 0:
        return reshape(t, (1, 1, 1))
    if nd == 1:
        return unsqueeze(unsqueeze(t, 0), -1)
    if nd == 2:
        return unsqueeze(t, -1)
    return t


@op("dstack", method=False)
def dstack(tensors):
    tensors = _tensor_list(tensors, "dstack")
    return cat([_atleast_3d(t) for t in tensors], 2)


@op("column_stack", method=False)
def column_stack(tensors):
    from autograd_tutor.ops.shape.view import reshape

    tensors = _tensor_list(tensors, "column_stack")
    cols = [reshape(t, (t._data.size, 1)) if t._data.ndim <= 1 else t for t in tensors]
    return cat(cols, 1)


@op("ravel")
def ravel(input):
    """``contiguous().view(-1)``, as PyTorch: a copy (CloneBackward0) first when needed."""
    from autograd_tutor.ops.shape.view import contiguous, view

    return view(contiguous(to_tensor(input)), -1)


FUNCTIONS, METHODS = tables(__name__)
