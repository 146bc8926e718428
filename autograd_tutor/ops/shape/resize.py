"""``Tensor.resize_(*sizes)``: the tensor takes the new shape in place, keeping its elements in
order (new ones are zeros here; PyTorch leaves them uninitialised). Same-size resizes keep the
memory, so tensors sharing it see later in-place changes, as in PyTorch."""
import numpy as np

from .._registry import op, tables
from ..inplace.variants import check_leaf


# In place by nature, and never recorded (PyTorch refuses a tensor that requires grad).
@op("resize_", function=False)
def resize_(self, *sizes, memory_format=None):
    shape = tuple(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)) else tuple(sizes)
    if self._requires_grad:
        raise RuntimeError("cannot resize variables that require grad")
    check_leaf(self)
    data = self._data
    n = int(np.prod(shape, dtype=np.int64))
    if n == data.size and data.flags.c_contiguous:
        self._data = data.reshape(shape)
    else:
        flat = np.zeros(n, data.dtype)
        keep = min(n, data.size)
        flat[:keep] = data.reshape(-1)[:keep]
        self._data = flat.reshape(shape)
    self._vc[0] += 1
    return self


@op("resize_as_", function=False)
def resize_as_(self, other, memory_format=None):
    return resize_(self, tuple(other.shape))


FUNCTIONS, METHODS = tables(__name__)
