"""nansum and nanmean: sum and mean that skip nan. nansum is one node (NansumBackward0: the
gradient reaches every element but the nans); nanmean is PyTorch's composite, nansum divided by
the count of non-nan elements (DivBackward0 over NansumBackward0)."""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from .. import _dims
from .._cascade_sum import add_up
from .._record import record, to_tensor
from .._registry import op, tables
from .sum_mean_prod import _accumulating_dtype, _axes


class NansumBackward0(Node):
    """d nansum(x) = 1 where x is not nan, 0 where it is"""

    rule = "grad_self = grad expanded back over the summed dims, times (self is not nan)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("dim", "keepdim")

    def backward(self, grad, x):
        xp = self.xp
        dim, keepdim = self._attrs
        shape = tuple(xp.data(x).shape)
        axes = _dims.reduced_axes(None if dim is None else tuple(_dims.signed(d) for d in dim), len(shape))
        kept = ~np.isnan(xp.data(x)) if xp.data(x).dtype.kind == "f" else np.ones(shape, dtype=bool)
        # PyTorch's nansum_backward multiplies by the mask (so -grad gives -0. at a nan)
        return (xp.regrow(grad, shape, axes if shape else (), keepdim) * xp.const(x, kept),)


def _check_dims(name, dim, position):
    """One signature, so PyTorch names the argument (not an invalid combination)."""
    def an_int(d):
        return isinstance(d, int) and not isinstance(d, bool)

    head = f"{name}(): argument 'dim' (position {position}) must be tuple of ints, "
    if isinstance(dim, (list, tuple)):
        for at, d in enumerate(dim):
            if not an_int(d):
                raise TypeError(f"{head}but found element of type {type(d).__name__} at pos {at}")
    elif dim is not None and not an_int(dim):
        raise TypeError(f"{head}not {type(dim).__name__}")


def _method(position):
    """``x.nansum(dim)``: the dim is the method's first argument (position 1 in PyTorch's errors)."""
    def maker(fn, name):
        def method(input, dim=None, keepdim=False, *, dtype=None):
            _check_dims(name, dim, position)
            return fn(input, dim, keepdim, dtype=dtype)

        method.__name__ = method.__qualname__ = name
        return _dims.axis_alias(method)  # NumPy's axis= too, as the function

    return maker


@op("nansum", axis_alias=True, method_as=_method(1))
def nansum(input, dim=None, keepdim=False, *, dtype=None, out=None):
    _check_dims("nansum", dim, 2)
    input = to_tensor(input)
    data = _accumulating_dtype(input._data, dtype)
    dims = _dims.as_tuple(dim)
    axes = _axes(dims, data.ndim)
    if data.dtype.kind == "f":  # PyTorch's nansum is its sum's loops with each nan read as 0
        total = add_up(np.where(np.isnan(data), data.dtype.type(0), data), axes, keepdim)
    else:
        total = data.sum(axes, keepdims=keepdim)
    return record(NansumBackward0, np.asarray(total, dtype=data.dtype), (input,), (input,),
                  (_dims.shown_all(dims) if dims else None, keepdim))


@op("nanmean", axis_alias=True, method_as=_method(1))
def nanmean(input, dim=None, keepdim=False, *, dtype=None, out=None):
    _check_dims("nanmean", dim, 2)
    input = to_tensor(input)
    if input._data.dtype.kind != "f":
        raise RuntimeError("nanmean(): expected input to have floating point or complex dtype but got "
                           f"{TYPE_NAME[input._data.dtype.name]}")
    from ..compare.comparison import logical_not

    count = logical_not(input.isnan()).sum(dim, keepdim) if dim is not None else logical_not(input.isnan()).sum()
    return nansum(input, dim, keepdim, dtype=dtype).div(count)


FUNCTIONS, METHODS = tables(__name__)
