"""``x[key]``: indexing with ints, slices, None, Ellipsis, integer tensors/lists and boolean masks.

The key is applied as PyTorch applies it, building the same chain of nodes: every int is a
``select`` (SelectBackward0), every slice that is not the whole dimension a ``slice``
(SliceBackward0), every None an ``unsqueeze``; then all tensor indices together are one
``index`` op (IndexBackward0, whose backward adds the gradient into zeros, so repeated indices
accumulate). A key that changes nothing gives an alias (AliasBackward0).
"""
import numbers
import warnings

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record
from .._registry import op, tables
from ..shape import slicing
from ..shape.view import unsqueeze
from .indexing_backward import index_backward, numpy_key

_SEQUENCE_WARNING = (
    "Using a non-tuple sequence for multidimensional indexing is deprecated and will be changed in "
    "pytorch 2.9; use x[tuple(seq)] instead of x[seq]. In pytorch 2.9 this will be interpreted as "
    "tensor index, x[torch.tensor(seq)], which will result either in an error or a different result "
    "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/python_variable_indexing.cpp:{line}.)"
)
_UINT8_WARNING = (
    "indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/IndexingUtils.h:37.)"
)


class IndexBackward0(Node):
    """x[indices]: the gradient is added into a zero tensor at the indices (repeats accumulate)"""

    rule = "grad_self = zeros with grad added at the indices (repeats add up)"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad, indices):
        return (index_backward(grad, self._attrs[0], indices),)


def _as_key_tuple(key):
    """PyTorch's (NumPy's old) rule: a short list holding sequences, slices, tensors, None or
    Ellipsis is read as a tuple of indices, with a deprecation warning."""
    if isinstance(key, tuple):
        return key, False
    if isinstance(key, (list, str)) and len(key) < 32:
        for item in key:
            if isinstance(item, (Tensor, list, tuple, slice, range, str)):
                warnings.warn(_SEQUENCE_WARNING.format(line=349), UserWarning, stacklevel=3)
                return tuple(key), False
            if item is None or item is Ellipsis:
                warnings.warn(_SEQUENCE_WARNING.format(line=359), UserWarning, stacklevel=3)
                return tuple(key), False
    return (key,), True


def _index_tensor(item):
    """A list or tensor index as an integer or boolean Tensor (checked as PyTorch checks it)."""
    if not isinstance(item, Tensor):
        from ...creation import tensor  # raises PyTorch's TypeError for strings and other junk

        item = tensor(item)
        if item._data.dtype.kind == "f" and item._data.size == 0:
            item = Tensor._make(item._data.astype(np.int64), False, None)
    kind = item._data.dtype.kind
    if item._data.dtype == np.uint8:
        warnings.warn(_UINT8_WARNING, UserWarning, stacklevel=4)
        item = Tensor._make(item._data.astype(bool), False, None)
    elif kind not in "biu":
        raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
    return item


def _specified_dims(key):
    count = 0
    for item in key:
        if item is None or item is Ellipsis or isinstance(item, (bool, np.bool_)):
            continue
        if isinstance(item, Tensor):
            count += item._data.ndim if item._data.dtype in (np.bool_, np.uint8) else 1
        else:
            count += 1
    return count


def _walk(input, key, disable_optimization):
    """Applies the ints, slices and None of ``key`` (views), collecting its tensor indices by dim."""
    data = input._data
    ndim = data.ndim
    specified = _specified_dims(key)
    if specified > ndim:
        if ndim == 0 and specified:
            raise IndexError(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
            )
        raise IndexError(f"too many indices for tensor of dimension {ndim}")
    result = input
    dim = 0
    tensor_indices = []
    for position, item in enumerate(key):
        if isinstance(item, (bool, np.bool_)):
            result = unsqueeze(result, dim)
            _record_index(tensor_indices, dim, _bool_as_index(item))
            dim += 1
        elif isinstance(item, (int, np.integer)):
            result = slicing.select(result, dim, int(item), key_position=position)
        elif isinstance(item, slice):
            result = _apply_slice(result, dim, item, disable_optimization)
            dim += 1
        elif item is Ellipsis:
            dim += ndim - specified
        elif item is None:
            result = unsqueeze(result, dim)
            dim += 1
        elif isinstance(item, (Tensor, list, tuple, range, np.ndarray, str)):
            index = _index_tensor(item if not isinstance(item, range) else list(item))
            idata = index._data
            if idata.ndim == 0 and idata.dtype != np.bool_:
                result = slicing.select(result, dim, int(idata), key_position=position)
            elif idata.ndim == 0:
                result = unsqueeze(result, dim)
                _record_index(tensor_indices, dim, _bool_as_index(bool(idata)))
                dim += 1
            else:
                _record_index(tensor_indices, dim, index)
                dim += idata.ndim if idata.dtype == np.bool_ else 1
        else:
            raise IndexError(
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are "
                f"valid indices (got {type(item).__name__})"
            )
    return result, tuple(tensor_indices)


@op("__getitem__", function=False)
def getitem(input, key):
    key, single = _as_key_tuple(key)
    result, indices = _walk(input, key, disable_optimization=single)
    if not indices:
        return slicing.alias(input) if result is input else result
    return index(result, indices)


def located(input, key):
    """For ``input[key] = value``: the view the key selects and the tensor indices still to
    apply there; (None, ()) when ``key`` is False (nothing to set)."""
    if key is False:
        return None, ()
    key, _ = _as_key_tuple(key)
    return _walk(input, key, disable_optimization=False)


def value_tensor(value, like):
    """The right-hand side of ``x[key] = value`` as a tensor (numbers take ``x``'s dtype)."""
    if isinstance(value, Tensor):
        return value
    if not isinstance(value, (numbers.Number, np.generic)) or isinstance(value, complex):
        # Lists, arrays, strings, None: PyTorch takes only tensors and single numbers here.
        from .._arg_checks import type_name
        from ..creation.convert import type_ as legacy_type

        raise TypeError(f"can't assign a {type_name(value)} to a {legacy_type(like)}")
    return Tensor._make(np.asarray(value, dtype=like._data.dtype), False, None)


def _bool_as_index(flag):
    return Tensor._make(np.zeros(1 if flag else 0, dtype=np.int64), False, None)


def _record_index(indices, dim, tensor):
    while len(indices) < dim:
        indices.append(None)
    indices.append(tensor)


def _apply_slice(result, dim, item, disable_optimization):
    if item.step == 0:
        raise ValueError("slice step cannot be zero")
    start = 0 if item.start is None else int(item.start)
    stop = slicing.INT64_MAX if item.stop is None else int(item.stop)
    step = 1 if item.step is None else int(item.step)
    if step <= 0:
        raise ValueError("step must be greater than zero")
    length = result._data.shape[dim]
    if not disable_optimization and start == 0 and length <= stop and step == 1:
        return result  # the whole dimension: no node, as in PyTorch
    return slicing.slice_dim(result, dim, start, stop, step)


def _check_indices(data, indices):
    """PyTorch's index errors: mask shapes, out-of-range entries, unbroadcastable indices."""
    shapes = []
    ordinal = -1  # PyTorch's out-of-range message counts index tensors only
    for position, idx in enumerate(indices):
        if idx is None:
            continue
        ordinal += 1
        values = idx._data
        if values.dtype == np.bool_:
            for j, size in enumerate(values.shape):
                if position + j >= data.ndim or data.shape[position + j] != size:
                    raise IndexError(
                        f"The shape of the mask {list(values.shape)} at index {j} does not match the "
                        f"shape of the indexed tensor {list(data.shape)} at index {position + j}"
                    )
            shapes.append((int(values.sum()),))
            continue
        size = data.shape[position]
        bad = values[(values >= size) | (values < -size)]
        if bad.size:
            raise IndexError(f"index {int(bad.flat[0])} is out of bounds for dimension {ordinal} with size {size}")
        shapes.append(values.shape)
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        listed = ", ".join(str(list(s)) for s in shapes)
        raise IndexError(f"shape mismatch: indexing tensors could not be broadcast together with shapes {listed}") from None


def index(input, indices):
    """``input[indices]`` for a tuple of index tensors (None where a dim is taken whole)."""
    indices = tuple(indices)
    _check_indices(input._data, indices)
    out = input._data[numpy_key(indices)]
    return record(IndexBackward0, np.array(out, copy=True), (input,), (indices,), (tuple(input._data.shape),))


class IndexPutBackward0(Node):
    """x[indices] = values: overwritten places give no gradient to x; values get the gradient
    at their places (summed where a value was broadcast). With accumulate, x keeps it all."""

    rule = "grad_self = grad, 0 where x[indices] was assigned;  grad_values = grad[indices]"

    __slots__ = ()
    tensor_fields = ("indices",)
    attr_fields = ("accumulate",)

    def backward(self, grad, indices):
        accumulate = self._attrs[0]
        g_self = g_values = None
        if self.needs(0):
            g_self = grad if accumulate else self.xp.index_put(grad, indices, self.xp.const(grad, 0))
        if self.needs(1):
            g_values = self.xp.index(grad, indices)
        return g_self, g_values


@op("index_put", inplace="index_put_")
def index_put(input, indices, values, accumulate=False):
    """``input`` with ``values`` written (or, with ``accumulate``, added) at ``indices``."""
    indices = tuple(_index_tensor(i) if i is not None else None for i in indices)
    data = input._data if isinstance(input, Tensor) else input
    if not isinstance(input, Tensor):  # plain arrays: the backward of IndexPutBackward0
        out = np.array(data, copy=True)
        out[numpy_key(indices)] = values
        return out
    _check_indices(data, indices)
    key = numpy_key(indices)
    vdata = values._data if isinstance(values, Tensor) else np.asarray(values, dtype=data.dtype)
    target_shape = data[key].shape
    try:
        np.broadcast_to(vdata, target_shape)
    except ValueError:
        raise RuntimeError(
            f"shape mismatch: value tensor of shape {list(vdata.shape)} cannot be broadcast to "
            f"indexing result of shape {list(target_shape)}"
        ) from None
    out = np.array(data, copy=True)
    if accumulate:
        np.add.at(out, key, np.broadcast_to(vdata, target_shape).astype(data.dtype))
    else:
        out[key] = vdata
    inputs = (input, values) if isinstance(values, Tensor) else (input,)
    return record(IndexPutBackward0, out, inputs, (indices,), (accumulate,))


FUNCTIONS, METHODS = tables(__name__)
