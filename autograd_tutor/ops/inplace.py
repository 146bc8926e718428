"""In-place ops (``add_``, ``mul_``, ``zero_``, ``-=``, ``x[i] = v``...).

The result is written into the tensor's own memory (so NumPy arrays and views sharing it see
the change) and the version counter goes up, which is how a later backward notices that a saved
tensor was modified. When the op is recorded, the tensor's history is rewritten: its grad_fn
becomes the op's node, whose input is the value before the change.

An in-place op on a *view* rewrites its base's history instead: the base's grad_fn becomes a
CopySlices node, which routes the gradient of the changed region through the op's node and
leaves the rest of the gradient to the old history; the view's grad_fn becomes
AsStridedBackward0 (its place in the base). This is PyTorch's scheme, so the gradients agree.
"""
import numpy as np

from ..autograd import errors, grad_mode
from ..autograd.engine import sum_to_shape
from ..autograd.node import Node, SavedOutput
from ..tensor import Tensor
from . import _math, _views, arithmetic, elementwise
from ._record import edge, record

_VIEW_OF_LEAF = "a view of a leaf Variable that requires grad is being used in an in-place operation."


def check_leaf(t):
    """PyTorch refuses in-place changes to a leaf that requires grad (and to views of one)."""
    if not grad_mode.enabled:
        return
    base = t._base
    if t._requires_grad and t._grad_fn is None:  # a leaf that requires grad (maybe a view itself)
        raise RuntimeError(errors.LEAF_INPLACE if base is None else _VIEW_OF_LEAF)
    if base is not None and base._requires_grad and base._grad_fn is None:
        raise RuntimeError(_VIEW_OF_LEAF)


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
    np.copyto(target._data, data, casting="unsafe")
    target._vc[0] += 1


_NO_GRAD_VIEW = (
    "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given "
    "that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by "
    "moving both the view and the inplace either both inside the no_grad block (if you don't want "
    "the inplace to be tracked) or both outside (if you want the inplace to be tracked)."
)


def inplace(self, op, *args, **kwargs):
    """Runs ``op(self, *args)`` and stores the result in ``self``'s memory."""
    check_leaf(self)
    owner = self._base if self._base is not None else self
    recording = grad_mode.enabled and (self._requires_grad or owner._requires_grad or _any_requires_grad(args))
    if recording and self._base is not None and self.__dict__.get("_made_in_no_grad"):
        raise RuntimeError(_NO_GRAD_VIEW)
    if not recording:
        prev = grad_mode.enabled
        grad_mode.enabled = False
        try:
            result = op(self, *args, **kwargs)
        finally:
            grad_mode.enabled = prev
        if result is NotImplemented:
            return result
        _write(self, result._data)
        return self
    if self._base is not None and owner._requires_grad and not self._requires_grad:
        # A view made without recording (as x[i] = v makes it): it stands for a region of a base
        # that requires grad; CopySlices below links the op to the base's history.
        before = Tensor._make(self._data.copy(), True, None)
    else:
        before = Tensor._make(self._data.copy(), self._requires_grad, self._grad_fn)
    result = op(before, *args, **kwargs)
    if result is NotImplemented:
        return result  # an unsupported operand: ``x += "a"`` lets Python raise its TypeError
    _write(self, result._data)
    fn = result._grad_fn
    if fn is None:
        return self
    fn._out_dtype = self._data.dtype
    _save_result_as_self(fn, result, self)
    if self._base is not None:
        _rebase(self, fn)
    else:
        self._grad_fn = fn
        self._requires_grad = True
        _follow_base(self, None)
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


# ----------------------------------------------------------------------------- views
class CopySlices(Node):
    """An in-place op on a view, seen from the base: the view's region of the gradient goes
    through the op's node ``fn``; the rest goes to the base's previous history unchanged."""

    __slots__ = ("fn", "positions")

    def name(self):
        return "torch::autograd::CopySlices"

    def backward(self, grad):
        pos = self.positions
        if isinstance(grad, Tensor):
            return self._differentiable(grad)
        flat = np.array(grad, copy=True).reshape(-1)
        piece = flat[pos]
        res = self.fn.apply(piece, False)
        first = res[0] if res else None
        flat[pos] = 0 if first is None else sum_to_shape(np.asarray(first), pos.shape)
        return (flat.reshape(grad.shape),) + tuple(res[1:])

    def _differentiable(self, grad):
        from .indexing import index, index_put

        index_t = Tensor._make(self.positions, False, None)
        flat = grad.reshape(-1)
        res = self.fn.apply(index(flat, (index_t,)), True)
        first = res[0] if res else None
        values = 0.0 if first is None else sum_to_shape(first, self.positions.shape)
        if not isinstance(values, Tensor):
            values = Tensor._make(np.asarray(values, dtype=grad._data.dtype), False, None)
        return (index_put(flat, (index_t,), values).reshape(grad.shape),) + tuple(res[1:])

    def release(self):
        self.fn.release()


class AsStridedBackward0(Node):
    """a view of a base changed in place: its gradient lands in its place in the base"""

    __slots__ = ("positions", "base_shape")
    attr_fields = ("size", "stride", "storage_offset")

    def backward(self, grad):
        if isinstance(grad, Tensor):
            from ..creation import zeros
            from .indexing import index_put

            index_t = Tensor._make(self.positions, False, None)
            out = zeros(int(np.prod(self.base_shape)), dtype=grad.dtype)
            return (index_put(out, (index_t,), grad, accumulate=True).reshape(self.base_shape),)
        out = np.zeros(int(np.prod(self.base_shape)), dtype=grad.dtype)
        np.add.at(out, self.positions, grad)
        return (out.reshape(self.base_shape),)


def _rebase(view, fn):
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
    _follow_base(base, view)


def _follow_base(base, changed):
    """The other views of a base changed in place now read it through its new history: their
    grad_fn becomes AsStridedBackward0 (their place in the base), as PyTorch regenerates it."""
    for view in _views.live_views(base):
        if view is changed:
            continue
        strided = AsStridedBackward0(((base._grad_fn, 0),), (), _views.geometry(view._data, base._data),
                                     view._data.shape, view._data.dtype)
        strided.positions = _views.region(view._data, base._data)
        strided.base_shape = base._data.shape
        view._grad_fn = strided
        view._requires_grad = True


# ----------------------------------------------------------------------------- fill, copy
class FillBackward2(Node):
    """fill_(number): every element is overwritten, so no gradient reaches the old value"""

    __slots__ = ()

    def backward(self, grad):
        return (_math.zeros_like(grad),)


class ZeroBackward0(FillBackward2):
    """zero_(): every element is overwritten, so no gradient reaches the old value"""

    __slots__ = ()


class FillBackward3(Node):
    """fill_(0-dim tensor): the old value gets no gradient, the value gets the sum of it"""

    __slots__ = ()

    def backward(self, grad):
        g_value = None
        if self.needs(1):
            g_value = grad.sum() if isinstance(grad, Tensor) else np.asarray(grad.sum(), dtype=grad.dtype)
        return (_math.zeros_like(grad) if self.needs(0) else None, g_value)


def _filled(before, value):
    return np.full(before._data.shape, value, dtype=before._data.dtype)


def fill_(self, value):
    if isinstance(value, Tensor):
        if value._data.ndim:
            raise RuntimeError(
                "fill_ only supports 0-dimension value tensor but got tensor with "
                f"{value._data.ndim} dimensions."
            )
        return inplace(self, lambda before, v: record(FillBackward3, _filled(before, v._data), (before, v)), value)
    return inplace(self, lambda before: record(FillBackward2, _filled(before, value), (before,)))


def zero_(self):
    return inplace(self, lambda before: record(ZeroBackward0, _filled(before, 0), (before,)))


class CopyBackwards(Node):
    """copy_(src): the old value gets no gradient; ``src`` gets it all (cast, summed to its shape)"""

    __slots__ = ()

    def name(self):
        return "torch::autograd::CopyBackwards"

    def backward(self, grad):
        return (_math.zeros_like(grad) if self.needs(0) else None, grad if self.needs(1) else None)


def copy_(self, src, non_blocking=False):
    if not isinstance(src, Tensor):
        src = Tensor._make(np.asarray(src), False, None)

    def op(before, source):
        from .shape import expand

        if source._data.shape != before._data.shape:
            expand(Tensor._make(source._data, False, None), before._data.shape)  # PyTorch's error
        data = np.broadcast_to(source._data, before._data.shape).astype(before._data.dtype)
        return record(CopyBackwards, data, (before, source))

    return inplace(self, op, src)


# ----------------------------------------------------------------------------- x[key] = value
def _strip_leading_ones(value):
    shape = value._data.shape
    i = 0
    while i < len(shape) and shape[i] == 1:
        i += 1
    return value if i == 0 else value.view(shape[i:])


def _copy_to(target, value):
    """PyTorch's setitem copy: same shape -> copy_, a 0-dim value -> fill_, else view + expand + copy_."""
    if value._data.shape == target._data.shape:
        return copy_(target, value)
    if value._data.ndim == 0:
        return fill_(target, value)
    from .shape import expand, view

    shape = value._data.shape
    first = next((i for i, size in enumerate(shape) if size != 1), len(shape))
    return copy_(target, expand(view(value, shape[first:]), target._data.shape))


def setitem(self, key, value):
    from .indexing import located, value_tensor

    value = value_tensor(value, self)
    target, indices = located(self, key)
    if target is None:
        return  # x[False] = v changes nothing
    if not indices:
        _copy_to(target, value)
        return
    from .indexing import index_put

    inplace(target, lambda before, v: index_put(before, indices, _strip_leading_ones(v)), value)


# ----------------------------------------------------------------------------- method table
def _method(op, name):
    def method(self, *args, **kwargs):
        result = inplace(self, op, *args, **kwargs)
        if result is NotImplemented and not name.startswith("__"):
            raise TypeError(
                f"{name}(): argument 'other' (position 1) must be Tensor, not {type(args[0]).__name__}"
            )
        return result

    method.__name__ = name
    return method


def _inplace_methods():
    from . import gather_scatter, indexing

    table = {
        "add_": arithmetic.add, "sub_": arithmetic.sub, "subtract_": arithmetic.sub,
        "mul_": arithmetic.mul, "multiply_": arithmetic.mul, "div_": arithmetic.div,
        "divide_": arithmetic.div, "true_divide_": arithmetic.div, "pow_": arithmetic.pow,
        "neg_": arithmetic.neg, "negative_": arithmetic.neg, "reciprocal_": arithmetic.reciprocal,
        "exp_": elementwise.exp, "log_": elementwise.log, "log1p_": elementwise.log1p,
        "sqrt_": elementwise.sqrt, "sin_": elementwise.sin, "cos_": elementwise.cos,
        "clamp_": elementwise.clamp, "clip_": elementwise.clamp, "relu_": elementwise.relu,
        "sigmoid_": elementwise.sigmoid, "tanh_": elementwise.tanh, "abs_": elementwise.abs,
        "floor_divide_": arithmetic.floor_divide, "remainder_": arithmetic.remainder,
        "masked_fill_": elementwise.masked_fill, "index_put_": indexing.index_put,
        "scatter_": gather_scatter.scatter, "scatter_add_": gather_scatter.scatter_add,
        "index_add_": gather_scatter.index_add,
        "__iadd__": arithmetic.add, "__isub__": arithmetic.sub, "__imul__": arithmetic.mul,
        "__itruediv__": arithmetic.div, "__ipow__": arithmetic.pow,
        "__ifloordiv__": arithmetic.floor_divide, "__imod__": arithmetic.remainder,
    }
    return {name: _method(op, name) for name, op in table.items()}


METHODS = dict(_inplace_methods(), zero_=zero_, fill_=fill_, copy_=copy_, __setitem__=setitem)
FUNCTIONS = {}
