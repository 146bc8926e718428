"""In-place ops (``add_``, ``mul_``, ``zero_``, ``x[i] = v``, ``-=``...).

The result is written into the tensor's own memory (so NumPy arrays and views sharing it see the
change) and its version counter goes up, which is how a later backward notices that a saved
tensor was modified. When the op is recorded, the tensor's history is rewritten: its grad_fn
becomes the op's node, whose input is a snapshot of the value before the change.
"""
import numpy as np

from ..autograd import errors, grad_mode
from ..autograd.node import Node
from ..tensor import Tensor
from . import arithmetic, elementwise
from ._record import edge, record


def _check_leaf(t):
    if grad_mode.enabled and t._requires_grad and t._grad_fn is None:
        raise RuntimeError(errors.LEAF_INPLACE)


def _any_requires_grad(args):
    return any(isinstance(a, Tensor) and a._requires_grad for a in args)


def _write(target, data):
    data = np.asarray(data)
    if data.shape != target._data.shape:
        try:
            np.broadcast_to(data, target._data.shape)
        except ValueError:
            raise RuntimeError(
                f"output with shape {list(target._data.shape)} doesn't match the broadcast shape "
                f"{list(np.broadcast_shapes(data.shape, target._data.shape))}"
            ) from None
    if not np.can_cast(data.dtype, target._data.dtype, casting="same_kind") and data.dtype.kind != "b":
        raise RuntimeError(
            f"result type {_legacy(data.dtype)} can't be cast to the desired output type "
            f"{_legacy(target._data.dtype)}"
        )
    np.copyto(target._data, data, casting="unsafe")
    target._vc[0] += 1


def inplace(self, op, *args, **kwargs):
    """Runs ``op(self, *args)`` and stores the result in ``self``."""
    _check_leaf(self)
    if grad_mode.enabled and (self._requires_grad or _any_requires_grad(args)):
        before = Tensor._make(self._data.copy(), self._requires_grad, self._grad_fn)
        result = op(before, *args, **kwargs)
        _write(self, result._data)
        self._grad_fn = result._grad_fn
        self._requires_grad = result._requires_grad
        if result._grad_fn is not None:
            result._grad_fn._out_dtype = self._data.dtype
    else:
        with _no_grad():
            result = op(self, *args, **kwargs)
        _write(self, result._data)
    return self


class _no_grad:
    def __enter__(self):
        self.prev = grad_mode.enabled
        grad_mode.enabled = False

    def __exit__(self, *exc):
        grad_mode.enabled = self.prev


def _method(op):
    def method(self, *args, **kwargs):
        return inplace(self, op, *args, **kwargs)

    method.__name__ = op.__name__ + "_"
    return method


class FillBackward0(Node):
    """fill_/zero_ overwrite every element: no gradient flows to the old value"""

    __slots__ = ()

    def backward(self, grad):
        return (grad * 0,)


class ZeroBackward0(FillBackward0):
    __slots__ = ()


def _fill(node_cls):
    def fill(self, value=0):
        def op(before):
            data = np.full(before._data.shape, value.item() if isinstance(value, Tensor) else value,
                           dtype=before._data.dtype)
            return record(node_cls, data, (before,))

        return inplace(self, op)

    return fill


zero_ = _fill(ZeroBackward0)
fill_value_ = _fill(FillBackward0)


def fill_(self, value):
    return fill_value_(self, value)


def zero_inplace(self):
    return zero_(self, 0)


class CopyBackwards(Node):
    """copy_(src): the gradient goes to ``src`` (cast and summed to its shape), not the old value"""

    __slots__ = ()

    def backward(self, grad):
        return (grad * 0 if self.needs(0) else None, grad)


def copy_(self, src, non_blocking=False):
    src = src if isinstance(src, Tensor) else Tensor._make(np.asarray(src), False, None)

    def op(before, source):
        data = np.broadcast_to(source._data, before._data.shape).astype(before._data.dtype)
        return record(CopyBackwards, data, (before, source))

    return inplace(self, op, src)


class CopySlices(Node):
    """x[key] = value: the old value gets the gradient outside ``key``, ``value`` the part inside"""

    __slots__ = ("key",)

    def backward(self, grad):
        key = self.key
        g_old = g_val = None
        if isinstance(grad, np.ndarray):
            if self.needs(0):
                g_old = grad.copy()
                g_old[key] = 0
            if self.needs(1):
                g_val = grad[key]
        else:
            from ..creation import tensor as make

            mask = np.ones(grad.shape, dtype=bool)
            mask[key] = False
            if self.needs(0):
                g_old = grad * make(mask.astype(grad._data.dtype))
            if self.needs(1):
                g_val = grad[key]
        return g_old, g_val


def setitem(self, key, value):
    from .shape import _normalise_key

    k = _normalise_key(key)
    k = k[0] if len(k) == 1 else k
    _check_leaf(self)
    recording = grad_mode.enabled and (self._requires_grad or _any_requires_grad((value,)))
    value_data = value._data if isinstance(value, Tensor) else value
    if not recording:
        self._data[k] = value_data
        self._vc[0] += 1
        return
    before = Tensor._make(self._data.copy(), self._requires_grad, self._grad_fn)
    self._data[k] = value_data
    self._vc[0] += 1
    node = CopySlices((edge(before), edge(value)), (), (), self._data.shape, self._data.dtype)
    node.key = k
    self._grad_fn = node
    self._requires_grad = True


def _legacy(np_dtype):
    return {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool",
            "float16": "Half"}.get(np_dtype.name, np_dtype.name)


METHODS = {
    "add_": _method(arithmetic.add), "__iadd__": _method(arithmetic.add),
    "sub_": _method(arithmetic.sub), "__isub__": _method(arithmetic.sub),
    "mul_": _method(arithmetic.mul), "__imul__": _method(arithmetic.mul),
    "div_": _method(arithmetic.div), "__itruediv__": _method(arithmetic.div),
    "pow_": _method(arithmetic.pow), "__ipow__": _method(arithmetic.pow),
    "neg_": _method(arithmetic.neg), "reciprocal_": _method(arithmetic.reciprocal),
    "exp_": _method(elementwise.exp), "log_": _method(elementwise.log),
    "sqrt_": _method(elementwise.sqrt), "clamp_": _method(elementwise.clamp),
    "clip_": _method(elementwise.clamp), "relu_": _method(elementwise.relu),
    "sigmoid_": _method(elementwise.sigmoid), "tanh_": _method(elementwise.tanh),
    "abs_": _method(elementwise.abs),
    "zero_": zero_inplace, "fill_": fill_, "copy_": copy_, "__setitem__": setitem,
}
FUNCTIONS = {}
