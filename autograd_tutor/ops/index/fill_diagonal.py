"""fill_diagonal_: the main diagonal set to a number, in place.

PyTorch fills a strided view of the tensor (``as_strided`` over the diagonal) with ``fill_``, so
the tensor's history becomes a CopySlices node over the fill; with ``wrap=True`` a tall matrix
gets a second view (the diagonal restarting every ``width + 1`` rows) and a second CopySlices.
The same is done here: a NumPy view of the diagonal, marked as a view of the tensor, filled.
"""
import numbers

from numpy.lib.stride_tricks import as_strided

from ...tensor import Tensor
from .._registry import op, tables
from .._scalar_args import as_dtype_scalar
from .._views import make_view
from .assign import fill_


def _filled_view(self, data, size, stride):
    view = Tensor._make(as_strided(data, (size,), (stride,)), False, None)
    return make_view(view, self)


@op("fill_diagonal_", function=False)
def fill_diagonal_(self, fill_value, wrap=False):
    if isinstance(fill_value, Tensor) and fill_value._data.ndim == 0 and not fill_value._requires_grad:
        fill_value = fill_value._data.item()  # PyTorch's parser takes it as a Number
    if not isinstance(fill_value, numbers.Number) or isinstance(fill_value, Tensor):
        raise TypeError(
            f"fill_diagonal_(): argument 'fill_value' (position 1) must be Number, not {type(fill_value).__name__}")
    data = self._data
    if isinstance(fill_value, complex):
        fill_value = as_dtype_scalar(fill_value, data.dtype)
    if data.ndim < 2:
        raise RuntimeError("dimensions must larger than 1")
    height, width = data.shape[:2]
    if data.ndim > 2 and any(size != height for size in data.shape):
        raise RuntimeError("all dimensions of input must be of equal length")
    stride = sum(data.strides)  # bytes: one step along every dim at once
    size = min(height, width)
    fill_(_filled_view(self, data, size, stride), fill_value)
    if wrap and data.ndim == 2 and height > width + 1:
        if not data.flags.c_contiguous:
            # PyTorch's restart offsets assume rows laid one after the other
            raise NotImplementedError("fill_diagonal_(wrap=True) of a non-contiguous tensor is not supported")
        step = width + 1
        wrap_size = (data.size + step - 1) // step - size
        fill_(_filled_view(self, data[step:], wrap_size, stride), fill_value)
    return self


FUNCTIONS, METHODS = tables(__name__)
