"""In-place ops (``add_``, ``mul_``, ``-=``...): ``inplace()``, which runs them all, and the
in-place operators (``+=``...).

The result is written into the tensor's own memory (so NumPy arrays and views sharing it see
the change) and the version counter goes up, which is how a later backward notices that a saved
tensor was modified. When the op is recorded, the tensor's history is rewritten: its grad_fn
becomes the op's node, whose input is the value before the change. An in-place op on a view
rewrites its base's history instead (``inplace_views``). Assignments (``fill_``, ``copy_``,
``x[key] = value``) are in ``assign``.
"""
import numpy as np

from ...autograd import errors, grad_mode
from ...autograd.dual_pending import PENDING, settle
from ...autograd.node import SavedOutput
from ...tensor import Tensor
from .. import _record, _tangents
from .._multi_output import multi_output_view_error
from ..pointwise import arithmetic, power, remainder
from .views import follow_base, rebase

_VIEW_OF_LEAF = "a view of a leaf Variable that requires grad is being used in an in-place operation."


def check_leaf(t, *args):
    """PyTorch's check before an in-place op that will be recorded: a view made in no_grad mode
    or by a multi-output op is refused first; then a view that requires grad whose base is a
    leaf (one that requires grad, or not: ``w = a.view(2, 2).requires_grad_(); w[0] = 1``);
    then a leaf that requires grad."""
    if not grad_mode.enabled:
        return
    base = t._base
    t_requires_grad = t._requires_grad or (base is not None and base._requires_grad)
    if not (t_requires_grad or _any_requires_grad(args)):
        return
    if base is not None:
        custom = t.__dict__.get("_custom_function_view")
        if custom is not None:  # set by autograd.function for views a custom Function returned
            raise RuntimeError(custom + _CUSTOM_VIEW)
        if t.__dict__.get("_made_in_no_grad"):
            raise RuntimeError(_NO_GRAD_VIEW)
        if "_multi_output_view" in t.__dict__:
            raise multi_output_view_error(t, "is being modified inplace")
        if t_requires_grad and base._grad_fn is None:
            raise RuntimeError(_VIEW_OF_LEAF)
    if t._requires_grad and t._grad_fn is None:
        raise RuntimeError(errors.LEAF_INPLACE)


_CUSTOM_VIEW = (
    " is a view and is being modified inplace. This view was created inside a custom Function (or "
    "because an input was returned as-is) and the autograd logic to handle view+inplace would override "
    "the custom backward associated with the custom Function, leading to incorrect gradients. This "
    "behavior is forbidden. You can fix this by cloning the output of the custom Function."
)


def _any_requires_grad(args):
    return any(isinstance(a, Tensor) and a._requires_grad for a in args)


def _legacy(np_dtype):
    return {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool",
            "float16": "Half", "int16": "Short", "int8": "Char", "uint8": "Byte"}.get(np_dtype.name, np_dtype.name)


def _write(target, data):
    """Stores ``data`` in ``target``'s memory (PyTorch's shape and cast checks first)."""
    data = np.asarray(data)
    if data.shape != target._data.shape:
        try:
            shape = np.broadcast_shapes(data.shape, target._data.shape)
        except ValueError:
            shape = None
        if shape != target._data.shape:
            raise RuntimeError(
                f"output with shape {list(target._data.shape)} doesn't match the broadcast shape "
                f"{list(shape if shape is not None else data.shape)}"
            )
    if not np.can_cast(data.dtype, target._data.dtype, casting="same_kind") and data.dtype.kind != "b":
        raise RuntimeError(
            f"result type {_legacy(data.dtype)} can't be cast to the desired output type "
            f"{_legacy(target._data.dtype)}"
        )
    if type(target._vc) is not list and not grad_mode.inference:  # an inference tensor
        raise RuntimeError(
            "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone "
            "to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 "
            "for more details."
        )
    if not target._data.flags.writeable and _overlaps(target._data):
        raise RuntimeError(_OVERLAP)
    np.copyto(target._data, data, casting="unsafe")
    target._vc[0] += 1


_OVERLAP = (
    "unsupported operation: more than one element of the written-to tensor refers to a single "
    "memory location. Please clone() the tensor before performing the operation."
)


def _overlaps(data):
    """Whether several elements share memory (an ``expand``ed tensor: stride 0 along a size > 1)."""
    return any(st == 0 and n > 1 for st, n in zip(data.strides, data.shape))


_NO_GRAD_VIEW = (
    "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given "
    "that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by "
    "moving both the view and the inplace either both inside the no_grad block (if you don't want "
    "the inplace to be tracked) or both outside (if you want the inplace to be tracked)."
)


def inplace(self, op, *args, **kwargs):
    """Runs ``op(self, *args)`` and stores the result in ``self``'s memory."""
    if PENDING:  # forward AD: the op's input gets its own grad_fn back first
        settle()
    if getattr(op, "not_differentiable", False):  # logical_and_...: never recorded nor refused
        return _untracked(self, op, *args, **kwargs)
    first = getattr(op, "checked_first", None)  # PyTorch's check that comes before the leaf's
    if first is not None:
        first(self, *args, **kwargs)
    check_leaf(self, *args)
    owner = self._base if self._base is not None else self
    recording = grad_mode.enabled and (self._requires_grad or owner._requires_grad or _any_requires_grad(args))
    if not recording:
        return _untracked(self, op, *args, **kwargs)
    if self._base is not None and owner._requires_grad and not self._requires_grad:
        # A view made without recording (as x[i] = v makes it): it stands for a region of a base
        # that requires grad; CopySlices below links the op to the base's history.
        before = Tensor._make(self._data.copy(), True, None)
    else:
        before = Tensor._make(self._data.copy(), self._requires_grad, self._grad_fn)
    if _record.dual_active:
        _tangents.before_inplace(before, self)
    result = op(before, *args, **kwargs)
    if result is NotImplemented:
        return result  # an unsupported operand: ``x += "a"`` lets Python raise its TypeError
    _write(self, result._data)
    if _record.dual_active:
        _tangents.after_inplace(self, result)
    fn = result._grad_fn
    if fn is None:
        return self
    fn._out_dtype = self._data.dtype
    _save_result_as_self(fn, result, self)
    if self._base is not None:
        rebase(self, fn)
    else:
        self._grad_fn = fn
        self._requires_grad = True
        follow_base(self, None)
    return self


def _untracked(self, op, *args, **kwargs):
    """Runs the op without recording and writes its result into ``self``."""
    prev = grad_mode.enabled
    grad_mode.enabled = False
    try:
        result = op(self, *args, **kwargs)
    finally:
        grad_mode.enabled = prev
    if result is NotImplemented:
        return result
    _write(self, result._data)
    if _record.dual_active:
        _tangents.after_inplace(self, result)
    return self


def _save_result_as_self(fn, result, self):
    """A node that saved its result now saves ``self`` (at its new version): changing ``self``
    again in place must make that node's backward fail, as in PyTorch."""
    saved = fn._saved
    if saved and any(isinstance(v, SavedOutput) and v.data is result._data for v in saved):
        fn._saved = tuple(
            SavedOutput(self._data, self._vc) if isinstance(v, SavedOutput) and v.data is result._data else v
            for v in saved
        )


# ----------------------------------------------------------------------------- operators
def _operator(op, name):
    def method(self, other):
        return inplace(self, op, other)  # NotImplemented for a foreign operand: Python's TypeError

    method.__name__ = name
    return method


def _inplace_operators():
    """The in-place operators (``x += y``...). Kept here rather than declared with their ops
    (``dunders=``): they return NotImplemented for an operand of another type, so that Python
    raises its own TypeError, and the op modules cannot import this one (it imports them). The
    named variants (``add_``, ``exp_``, ``scatter_``...) are declared with their ops
    (``inplace=``) and made by ``_registry.tables``."""
    table = {
        "__iadd__": arithmetic.add, "__isub__": arithmetic.sub, "__imul__": arithmetic.mul,
        "__itruediv__": arithmetic.div, "__ipow__": power.pow,
        "__ifloordiv__": arithmetic.floor_divide, "__imod__": remainder.remainder,
    }
    return {name: _operator(op, name) for name, op in table.items()}


METHODS = _inplace_operators()
FUNCTIONS = {}
