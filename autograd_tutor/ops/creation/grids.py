"""meshgrid and logspace.

meshgrid is what PyTorch composes it from: each input viewed along its own axis, then expanded
to the full grid (ViewBackward0 under ExpandBackward0); 'xy' swaps the first two inputs' roles.
"""
import warnings

import numpy as np

from ... import _dtypes
from ...tensor import Tensor
from .._registry import op, tables

_NO_INDEXING = (
    "torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4215.)"
)


@op("meshgrid", method=False)
def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        warnings.warn(_NO_INDEXING, UserWarning, stacklevel=2)
        indexing = "ij"
    if not tensors:
        raise RuntimeError("meshgrid expects a non-empty TensorList")
    for t in tensors:
        if t._data.ndim > 1:
            # PyTorch prints the tensor as C++ does; its first line is the first row.
            values = "  ".join(f"{v:g}" for v in t._data.reshape(t._data.shape[0], -1)[0].tolist())
            raise RuntimeError(f"torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got:  {values}")
    if indexing not in ("xy", "ij"):
        raise RuntimeError(f'torch.meshgrid: indexing must be one of "xy" or "ij", but received: {indexing}')
    swap = indexing == "xy" and len(tensors) >= 2
    if swap:
        tensors = (tensors[1], tensors[0]) + tuple(tensors[2:])
    shape = tuple(t._data.size for t in tensors)
    grids = []
    for i, t in enumerate(tensors):
        view = tuple(-1 if j == i else 1 for j in range(len(tensors)))
        grids.append(t.view(view).expand(shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


@op("logspace", method=False)
def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False):
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    dtype = dtype or _dtypes.get_default_dtype()
    exponents = np.linspace(float(start), float(end), steps)
    data = np.power(float(base), exponents).astype(dtype.np)
    out = Tensor._make(data, False, None)
    return out.requires_grad_() if requires_grad else out


FUNCTIONS, METHODS = tables(__name__)
