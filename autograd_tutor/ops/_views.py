"""Views: tensors that share memory with a base tensor (``x[0]``, ``x.t()``, ``x.view(...)``).

A view shares its base's version counter (an in-place change through either is seen by every
node that saved the other) and knows its base (``_base``), so that an in-place op on the view
can rewrite the base's history (CopySlices), and a view of a leaf that requires grad refuses
in-place ops, as in PyTorch. ``region`` says which elements of the base a view covers.
"""
from weakref import ref as _ref

import numpy as np

from ..autograd import grad_mode
from . import _record
from ._registry import op, tables


@op("_is_view", function=False)
def _is_view(self):
    return self._base is not None


FUNCTIONS, METHODS = tables(__name__)
METHODS["_base"] = None  # not an op: the class default, a tensor that is not a view has no base


class _Views(list):
    """Weak references to a base's views. Plain references without callbacks: cheaper to make
    than WeakSet entries, and nothing runs when a view dies; dead ones are dropped when the list
    reaches ``limit``, twice what was left last time (so each drop pass is paid for by as many
    additions before it)."""

    __slots__ = ("limit",)

    def __init__(self):
        super().__init__()
        self.limit = 8


def make_view(out, input):
    """Marks ``out`` (whose data is a NumPy view of ``input``'s) as a view of ``input``'s base."""
    out._vc = input._vc
    base = input._base
    if base is None:
        base = input
    out._base = base
    views = base.__dict__.get("_views")  # see _Views
    if views is None:
        views = base._views = _Views()
    views.append(_ref(out))
    if len(views) >= views.limit:
        views[:] = [r for r in views if r() is not None]
        views.limit = max(8, 2 * len(views))
    if _record.dual_active and input._tangent is not None:
        from ._tangents import view_tangent

        view_tangent(out, input)
    if not grad_mode.enabled:
        # PyTorch: a view made in no_grad mode of a base that requires grad requires grad too (it
        # has no grad_fn, so it acts as a leaf); in-place use of it with grad mode on is refused
        # (ops/inplace), and so is reading its grad_fn once the base changed (tensor.grad_fn).
        out._made_in_no_grad = True
        out._no_grad_version = out._vc[0]
        if base._requires_grad and out._grad_fn is None and out._data.dtype.kind == "f":
            out._requires_grad = True
    return out


NO_GRAD_VIEW_REBASED = (
    "A view was created in no_grad mode and its base or another view of its base has been modified "
    "inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is "
    "forbidden. You can clarify your code by moving both the view and the inplace either both inside "
    "the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the "
    "inplace to be tracked)."
)


def check_no_grad_view(t):
    """Reading the grad_fn of a view made in no_grad mode after its base changed in place."""
    base = t._base
    if base is not None and base._requires_grad and t._vc[0] != t.__dict__.get("_no_grad_version"):
        raise RuntimeError(NO_GRAD_VIEW_REBASED)


def live_views(base):
    """The views of ``base`` still in use (they must follow an in-place change of their base)."""
    views = base.__dict__.get("_views") or ()
    return [v for v in (r() for r in views) if v is not None]


def region(view_data, base_data):
    """Flat (row-major) positions in ``base_data`` of every element of ``view_data``.

    Found from memory addresses, so it is right for any chain of views (selects, slices,
    transposes...) of any base, contiguous or not.
    """
    itemsize = base_data.itemsize
    base_offsets = _offsets(base_data, 0, itemsize)
    start = view_data.__array_interface__["data"][0] - base_data.__array_interface__["data"][0]
    view_offsets = _offsets(view_data, start, itemsize)
    order = np.argsort(base_offsets.reshape(-1), kind="stable")
    found = np.searchsorted(base_offsets.reshape(-1), view_offsets, sorter=order)
    return order[found]


def _offsets(data, start, itemsize):
    offsets = np.full(data.shape, start // itemsize, dtype=np.int64)
    for axis, (size, stride) in enumerate(zip(data.shape, data.strides)):
        shape = [1] * data.ndim
        shape[axis] = size
        offsets = offsets + (np.arange(size, dtype=np.int64) * (stride // itemsize)).reshape(shape)
    return offsets


def geometry(view_data, base_data):
    """(size, stride, storage_offset) of a view, as AsStridedBackward0 shows them."""
    itemsize = base_data.itemsize
    start = view_data.__array_interface__["data"][0] - base_data.__array_interface__["data"][0]
    return tuple(view_data.shape), tuple(s // itemsize for s in view_data.strides), start // itemsize
