"""``torch.tensor(nested data)``: PyTorch's three passes over lists, tuples, numbers and tensors.

1. sizes: the lengths along the first elements. A tensor is not a sequence here, it is one
   element: ``torch.tensor([x, x])`` has size 2 whatever ``x`` holds.
2. dtype: the dtypes of all elements promoted together (a Python float and an empty list give
   the default float, a NumPy number or a tensor its own dtype).
3. store: every element checked against the sizes. A tensor standing for a number must hold one
   element; a tensor standing for a sequence is read as the sequence of its rows.
"""
import numbers

import numpy as np

from . import _dtypes
from .tensor import Tensor

_SEQUENCES = (list, tuple, range)


def sizes(data):
    shape = []
    while isinstance(data, _SEQUENCES + (str,)):
        shape.append(len(data))
        if not data:
            break
        if isinstance(data, str):  # 'a'[0] is 'a' again: PyTorch walks down to its dimension limit
            raise ValueError("too many dimensions 'str'")
        data = data[0]
    return tuple(shape)


def infer_dtype(obj):
    """PyTorch's ``infer_scalar_type``: the promoted dtype of every element."""
    if isinstance(obj, np.generic):  # before float: np.float64 is a Python float too
        return _dtypes.from_numpy_dtype(obj.dtype)
    if isinstance(obj, float):
        return _dtypes.get_default_dtype()
    if isinstance(obj, bool):
        return _dtypes.bool_
    if isinstance(obj, numbers.Integral):
        return _dtypes.int64
    if isinstance(obj, complex):
        raise TypeError("autograd_tutor does not support complex numbers")
    if isinstance(obj, Tensor):
        return obj.dtype
    if isinstance(obj, str):
        raise TypeError(f"new(): invalid data type '{type(obj).__name__}'")
    if isinstance(obj, _SEQUENCES):
        if not obj:
            return _dtypes.get_default_dtype()
        found = None
        for item in obj:
            d = infer_dtype(item)
            found = d if found is None else _dtypes.promote_types(found, d)
        return found
    raise RuntimeError(f"Could not infer dtype of {type(obj).__name__}")


def store(obj, shape, np_dtype, dim=0):
    """``obj`` checked against ``shape`` (from ``dim`` on), as data ``np.array`` can take."""
    if dim == len(shape):
        return _scalar(obj, np_dtype)
    if isinstance(obj, Tensor):
        _check_tensor_rows(obj, shape, np_dtype, dim)
        return obj._data.reshape(shape[dim:])
    if not isinstance(obj, _SEQUENCES):
        raise TypeError("not a sequence")
    if len(obj) != shape[dim]:
        raise ValueError(f"expected sequence of length {shape[dim]} at dim {dim} (got {len(obj)})")
    return [store(item, shape, np_dtype, dim + 1) for item in obj]


def _check_tensor_rows(t, shape, np_dtype, dim):
    """A tensor where a sequence belongs: iterated row by row, as a list would be (all its rows
    have one shape, so checking the first is checking them all)."""
    data = t._data
    if data.ndim == 0:
        raise TypeError("not a sequence")  # iterating a 0-d tensor fails
    if data.shape[0] != shape[dim]:
        raise ValueError(f"expected sequence of length {shape[dim]} at dim {dim} (got {data.shape[0]})")
    row = Tensor._make(data[0], False, None)  # PyTorch iterates it below autograd: no warning
    if dim + 1 == len(shape):
        _scalar(row, np_dtype)
    else:
        _check_tensor_rows(row, shape, np_dtype, dim + 1)


def _scalar(obj, np_dtype):
    if isinstance(obj, Tensor):
        # PyTorch unpacks it as Python unpacks a number: float(t) for a float target (which
        # warns once about requires_grad), operator.index(t) for an integer or bool target.
        if np_dtype is not None and np.dtype(np_dtype).kind in "iub":
            return obj.__index__()
        return obj.__float__() if obj._data.dtype.kind == "f" else obj._scalar()
    if isinstance(obj, (numbers.Number, np.generic)):
        return obj
    if np_dtype is not None and np.dtype(np_dtype).kind == "f":
        raise TypeError(f"must be real number, not {type(obj).__name__}")
    raise TypeError(f"'{type(obj).__name__}' object cannot be interpreted as an integer")
