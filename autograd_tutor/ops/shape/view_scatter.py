"""select_scatter, slice_scatter and diagonal_scatter: a copy of the input with ``src`` written
where ``select``, ``slice`` or ``diagonal`` would look (the out-of-place form of assigning to
that view).

Their gradients: ``src`` gets the gradient's part in that place (the view of the gradient),
the input gets the rest of the gradient, zero in that place (written there by the same scatter
op, as PyTorch's formula does).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, tables
from .diagonal import _diagonal_data


class _ViewScatterBackward(Node):
    """src written into a view's place  ->  grad_self = grad with 0 there,  grad_src = grad in that place"""

    rule = "grad_self = grad with 0 where src was written,  grad_src = grad at those places"

    __slots__ = ()

    def backward(self, grad):
        xp = self.xp
        g_self = g_src = None
        if self.needs(0):  # PyTorch's zeros_like(src) written into the gradient by the same scatter
            place_shape = self._place(np.empty(tuple(grad.shape), dtype=bool)).shape
            g_self = self._zeroed(xp, grad, xp.zeros(place_shape, grad))
        if self.needs(1):
            g_src = self._view(xp, grad)
        return g_self, g_src


class SelectScatterBackward0(_ViewScatterBackward):
    """src written at ``index`` along ``dim``  ->  grad_self = grad with 0 there,  grad_src = grad.select(dim, index)"""

    rule = "grad_self = grad with 0 at the selected row,  grad_src = grad.select(dim, index)"

    __slots__ = ()
    attr_fields = ("dim", "index")

    def _place(self, a):
        dim, index = (_dims.signed(v) for v in self._attrs)
        return a[(slice(None),) * _dims.wrap(dim, a.ndim) + (index, Ellipsis)]

    def _view(self, xp, grad):
        dim, index = (_dims.signed(v) for v in self._attrs)
        return xp.select(grad, _dims.wrap(dim, len(grad.shape)), index)

    def _zeroed(self, xp, grad, zeros):
        dim, index = (_dims.signed(v) for v in self._attrs)
        return xp.select_scatter(grad, zeros, _dims.wrap(dim, len(grad.shape)), index)


class SliceScatterBackward0(_ViewScatterBackward):
    """src written in ``start:end:step`` along ``dim``  ->  grad_self = grad with 0 there,  grad_src = that slice of grad"""

    rule = "grad_self = grad with 0 in the slice,  grad_src = grad[start:end:step] along dim"

    __slots__ = ()
    attr_fields = ("dim", "start", "end", "step")

    def _bounds(self, ndim):
        dim, start, end, step = self._attrs
        start = None if start is None else _dims.signed(start)
        end = None if end is None else _dims.signed(end)
        return _dims.wrap(_dims.signed(dim), ndim), slice(start, end, step)

    def _place(self, a):
        axis, where = self._bounds(a.ndim)
        return a[(slice(None),) * axis + (where,)]

    def _view(self, xp, grad):
        axis, where = self._bounds(len(grad.shape))
        start, end, step = where.indices(grad.shape[axis])
        return xp.slice(grad, axis, start, end, step)

    def _zeroed(self, xp, grad, zeros):
        axis, where = self._bounds(len(grad.shape))
        return xp.slice_scatter(grad, zeros, axis, where.start, where.stop, where.step)


class DiagonalScatterBackward0(_ViewScatterBackward):
    """src written on a diagonal  ->  grad_self = grad with 0 there,  grad_src = that diagonal of grad"""

    rule = "grad_self = grad with 0 on the diagonal,  grad_src = grad.diagonal(offset, dim1, dim2)"

    __slots__ = ()
    attr_fields = ("dim1", "dim2", "offset")

    def _dims(self, ndim):
        d1, d2, offset = (_dims.signed(v) for v in self._attrs)
        return offset, _dims.wrap(d1, ndim), _dims.wrap(d2, ndim)

    def _place(self, a):
        return _diagonal_data(a, *self._dims(a.ndim))

    def _view(self, xp, grad):
        return xp.diagonal(grad, *self._dims(len(grad.shape)))

    def _zeroed(self, xp, grad, zeros):
        return xp.diagonal_scatter(grad, zeros, *self._dims(len(grad.shape)))


def _scattered(input, src, place, node_cls, attrs):
    """A copy of ``input`` with ``src`` written at ``place`` (PyTorch's size check first)."""
    input = to_tensor(input)
    if not isinstance(src, Tensor):
        src = to_tensor(src)
    out = np.array(input._data, copy=True)
    target = place(out)
    if src._data.shape != target.shape:
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{list(src._data.shape)}, slice size = {list(target.shape)}")
    target[...] = src._data  # cast to the input's dtype by the copy, without a node (as PyTorch's copy_)
    return record(node_cls, out, (input, src), (), attrs)


@op("select_scatter")
def select_scatter(input, src, dim, index):
    data = to_tensor(input)._data
    if data.ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    axis = _dims.wrap(int(dim), data.ndim)
    size = data.shape[axis]
    if not -size <= int(index) < size:
        raise IndexError(f"select(): index {index} out of range for tensor of size {list(data.shape)} at dimension {axis}")
    return _scattered(input, src, lambda a: a[(slice(None),) * axis + (int(index), Ellipsis)], SelectScatterBackward0,
                      (_dims.shown(int(dim)), _dims.shown(int(index))))


@op("slice_scatter")
def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    data = to_tensor(input)._data
    axis = _dims.wrap(int(dim), data.ndim)
    if step <= 0:
        raise RuntimeError("slice step must be positive")
    where = slice(start, end, int(step))
    attrs = (_dims.shown(int(dim)), None if start is None else _dims.shown(int(start)),
             None if end is None else _dims.shown(int(end)), int(step))
    return _scattered(input, src, lambda a: a[(slice(None),) * axis + (where,)], SliceScatterBackward0, attrs)


@op("diagonal_scatter")
def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    data = to_tensor(input)._data
    d1, d2 = _dims.wrap(int(dim1), data.ndim), _dims.wrap(int(dim2), data.ndim)
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    attrs = (_dims.shown(int(dim1)), _dims.shown(int(dim2)), _dims.shown(int(offset)))
    return _scattered(input, src, lambda a: _diagonal_data(a, int(offset), d1, d2), DiagonalScatterBackward0, attrs)


FUNCTIONS, METHODS = tables(__name__)
