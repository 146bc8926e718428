"""In-place ops on views: the base's history is rewritten, as PyTorch does it.

The base's grad_fn becomes a CopySlices node, which routes the gradient of the changed region
through the op's node and leaves the rest of the gradient to the base's previous history. The
changed view (and every other live view of the base) then reads the base through its new
history: their grad_fn becomes AsStridedBackward0 (their place in the base).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _views
from .._multi_output import InvalidatedViewBackward, multi_output_view_error
from .._record import edge


class CopySlices(Node):
    """An in-place op on a view, seen from the base: the view's region of the gradient goes
    through the op's node ``fn``; the rest goes to the base's previous history unchanged."""

    rule = "grad_self = grad with 0 where x[key] was assigned,  grad_value = grad[key]"

    __slots__ = ("fn", "positions")

    def name(self):
        return "torch::autograd::CopySlices"

    def backward(self, grad):
        xp = self.xp
        pos = (xp.constant(self.positions),)
        flat = xp.reshape(grad, (-1,))
        res = xp.backward_of(self.fn, xp.index(flat, pos))
        first = res[0] if res else None
        values = xp.zeros(self.positions.shape, flat) if first is None else xp.sum_to(first, self.positions.shape)
        return (xp.reshape(xp.put_at(flat, pos, values), grad.shape),) + tuple(res[1:])

    def release(self):
        self.fn.release()


class AsStridedBackward0(Node):
    """a view of a base changed in place: its gradient lands in its place in the base"""

    rule = "grad_base = grad placed where this view sits in its base"

    __slots__ = ("positions", "base_shape")
    attr_fields = ("size", "stride", "storage_offset")

    def backward(self, grad):
        xp = self.xp
        out = xp.zeros((int(np.prod(self.base_shape)),), grad)
        return (xp.reshape(xp.add_at(out, (xp.constant(self.positions),), grad), self.base_shape),)


def rebase(view, fn):
    base = view._base
    positions = _views.region(view._data, base._data)
    old = Tensor._make(base._data, base._requires_grad, base._grad_fn)
    node = CopySlices((edge(old),) + tuple(fn.next_functions[1:]), (), (), base._data.shape, base._data.dtype)
    node.fn = fn
    node.positions = positions
    base._grad_fn = node
    base._requires_grad = True
    strided = AsStridedBackward0(((node, 0),), (), _views.geometry(view._data, base._data),
                                 view._data.shape, view._data.dtype)
    strided.positions = positions
    strided.base_shape = base._data.shape
    view._grad_fn = strided
    view._requires_grad = True
    follow_base(base, view)


def _invalidated(view):
    node = InvalidatedViewBackward(((view._grad_fn, 0),), (), (), view._data.shape, view._data.dtype)
    node.error = multi_output_view_error(view, "its base or another view of its base has been modified inplace")
    view.__dict__.pop("_output_nr", None)  # the new node has a single output
    return node


def follow_base(base, changed):
    """The other views of a base changed in place now read it through its new history: their
    grad_fn becomes AsStridedBackward0 (their place in the base), as PyTorch regenerates it."""
    for view in _views.live_views(base):
        if view is changed or "_made_in_no_grad" in view.__dict__:
            continue  # a view made in no_grad keeps no history (its grad_fn then refuses to be read)
        if "_multi_output_view" in view.__dict__:
            view._grad_fn = _invalidated(view)
            continue
        strided = AsStridedBackward0(((base._grad_fn, 0),), (), _views.geometry(view._data, base._data),
                                     view._data.shape, view._data.dtype)
        strided.positions = _views.region(view._data, base._data)
        strided.base_shape = base._data.shape
        view._grad_fn = strided
        view._requires_grad = True
