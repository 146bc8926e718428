"""+ - * / ** and negation: each node's backward beside the function that records it.

Broadcasting is not handled here: the engine sums every gradient back to its input's shape.
"""
import numbers

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _record
from .._record import binary_operands, is_scalar, record
from .._registry import op, tables
from .._signatures import overloaded_function, overloaded_method


def _operator(fn):
    """``x // other`` and other rarer operators: other types than tensors, numbers and arrays
    make Python raise its own TypeError (``unsupported operand type(s) for //: ...``). The
    frequent ones (+ - * /) return NotImplemented themselves, without this extra call."""

    def method(self, other):
        if type(other) is not float and not isinstance(other, _OPERANDS):
            return NotImplemented
        return fn(self, other)

    method.__name__ = fn.__name__
    return method


_OPERANDS = (Tensor, numbers.Number, np.ndarray, np.generic)


def _named(fn, name, position):
    """``x.add(other)`` / ``torch.add(x, other)``: PyTorch's TypeError for a wrong ``other``."""

    def call(input, other, **kwargs):
        result = fn(input, other, **kwargs)
        if result is NotImplemented:
            raise TypeError(
                f"{name}(): argument 'other' (position {position}) must be Tensor, not {type(other).__name__}"
            )
        return result

    call.__name__ = name
    return call


def _method_named(fn, name):
    return _named(fn, name, 1)


def _function_named(fn, name):
    return _named(fn, name, 2)


def _reflected(fn):
    """``other OP x`` for an operator whose op takes ``x`` second (``2 ** x``, ``7 // x``)."""
    return _operator(lambda self, other: fn(other, self))


class AddBackward0(Node):
    """out = self + alpha * other  ->  grad_self = grad, grad_other = alpha * grad"""

    rule = "grad_self = grad,  grad_other = alpha * grad"

    __slots__ = ()
    attr_fields = ("alpha",)

    def backward(self, grad):
        alpha = self._attrs[0]
        return grad, (grad if alpha == 1 else grad * alpha) if self.needs(1) else None


@op("add", inplace="add_", method_as=_method_named, function_as=_function_named, dunders=("__add__", "__radd__"))
def add(input, other, *, alpha=1, out=None):
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented  # Python's operator error, or _named's
    return record(AddBackward0, av + bv if alpha == 1 else av + alpha * bv, (a, b), (), (alpha,))


class SubBackward0(Node):
    """out = self - alpha * other  ->  grad_self = grad, grad_other = -alpha * grad"""

    rule = "grad_self = grad,  grad_other = -alpha * grad"

    __slots__ = ()
    attr_fields = ("alpha",)

    def backward(self, grad):
        alpha = self._attrs[0]
        return grad, (-grad if alpha == 1 else grad * -alpha) if self.needs(1) else None


@op("sub", aliases=("subtract",), inplace="sub_", method_as=_method_named, function_as=_function_named,
    dunders=("__sub__",))
def sub(input, other, *, alpha=1, out=None):
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented  # Python's operator error, or _named's
    _check_not_bool(a, b)
    return record(SubBackward0, av - bv if alpha == 1 else av - alpha * bv, (a, b), (), (alpha,))


class RsubBackward1(Node):
    """out = other - alpha * self (other a number)  ->  grad_self = -alpha * grad"""

    rule = "grad_self = -alpha * grad   (other is a number)"

    __slots__ = ()
    attr_fields = ("alpha",)

    def backward(self, grad):
        alpha = self._attrs[0]
        return (-grad if alpha == 1 else grad * -alpha,)


@op("rsub", method=False, dunders=("__rsub__",))
def rsub(input, other, *, alpha=1):
    if not is_scalar(other):
        return sub(other, input, alpha=alpha)
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented  # Python's operator error, or _named's
    _check_not_bool(a, b)
    return record(RsubBackward1, bv - av if alpha == 1 else bv - alpha * av, (a,), (), (alpha,))


class MulBackward0(Node):
    """out = self * other  ->  grad_self = grad * other, grad_other = grad * self"""

    rule = "grad_self = grad * other,  grad_other = grad * self"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        return (grad * b if self.needs(0) else None, grad * a if self.needs(1) else None)


@op("mul", aliases=("multiply",), inplace="mul_", method_as=_method_named, function_as=_function_named,
    dunders=("__mul__", "__rmul__"))
def mul(input, other, *, out=None):
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented  # Python's operator error, or _named's
    # Like PyTorch, save each operand only if the other one's gradient needs it.
    saved = (a if _requires_grad(b) else None, b if _requires_grad(a) else None)
    return record(MulBackward0, av * bv, (a, b), saved)


class DivBackward0(Node):
    """out = self / other  ->  grad_self = grad / other, grad_other = -grad * (self / other) / other"""

    rule = "grad_self = grad / other,  grad_other = -grad * self / other²"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        return (
            grad / b if self.needs(0) else None,
            -grad * ((a / b) / b) if self.needs(1) else None,  # PyTorch's grouping
        )


@op("div", aliases=("divide", "true_divide"), inplace="div_", method_as=_method_named, function_as=_function_named,
    dunders=("__truediv__",))
def div(input, other, *, rounding_mode=None, out=None):
    if rounding_mode is not None:
        return _rounding_div(input, other, rounding_mode)
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented  # Python's operator error, or _named's
    if getattr(av, "dtype", None) is not None and av.dtype.kind != "f":
        from ..._dtypes import default_np_float

        # int / int is a float division, as in Python 3
        av = av.astype(default_np_float())
        if isinstance(bv, np.ndarray):
            bv = bv.astype(av.dtype)
    saved = (a if _requires_grad(b) else None, b)
    return record(DivBackward0, np.true_divide(av, bv), (a, b), saved)


class DivBackward2(Node):
    """out = round(self / other): piecewise constant, so both gradients are zero."""

    rule = "grad_self = 0,  grad_other = 0   (rounded division is piecewise constant)"

    __slots__ = ()
    tensor_fields = ("self", "other")
    attr_fields = ("rounding_mode",)

    def backward(self, grad, a, b):
        xp = self.xp
        return (xp.zeros_like(grad) if self.needs(0) else None, xp.zeros_like(grad) if self.needs(1) else None)


def _rounding_div(input, other, mode):
    if mode not in ("trunc", "floor"):
        raise RuntimeError(
            f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{mode}'"
        )
    try:
        a, b, av, bv = binary_operands(input, other)
    except TypeError:
        return NotImplemented
    dtype = av.dtype if isinstance(av, np.ndarray) else bv.dtype  # the promoted tensor's dtype
    if dtype == np.bool_:
        raise NotImplementedError(f'"div_{mode}_cpu" not implemented for \'Bool\'')
    if dtype.kind == "f":
        q = np.true_divide(av, bv)
        data = np.floor(q) if mode == "floor" else np.trunc(q)
    else:
        if np.any(np.asarray(bv) == 0):
            raise RuntimeError("ZeroDivisionError")
        data = np.floor_divide(av, bv) if mode == "floor" else np.fix(np.true_divide(av, bv))
    return record(DivBackward2, np.asarray(data, dtype=dtype), (a, b), (a, b), (mode,))


class NotImplementedBackward(Node):
    """PyTorch records floor division (``//``) with a node that cannot be differentiated."""

    rule = "no rule: floor division (//) cannot be differentiated"

    __slots__ = ()

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, grad):
        raise RuntimeError("derivative for aten::floor_divide is not implemented")


NotImplementedBackward.__name__ = NotImplementedBackward.__qualname__ = "NotImplemented"  # as printed


@op("floor_divide", inplace="floor_divide_", dunders={"__floordiv__": _operator, "__rfloordiv__": _reflected},
    method_as=overloaded_method, function_as=overloaded_function)
def floor_divide(input, other):
    if _record.dual_active and (_has_tangent(input) or _has_tangent(other)):
        from .._tangents import refused

        raise refused("aten::floor_divide")  # PyTorch has no forward formula for it
    result = _rounding_div(input, other, "floor")
    if result is NotImplemented:  # another type of operand: PyTorch's TypeError (or Python's, for //)
        return result
    node = result._grad_fn
    if node is not None:
        # One edge per tensor operand (a number divisor has none), as PyTorch's node has.
        tensors = [isinstance(x, Tensor) for x in (input, other)]
        edges = tuple(e for e, is_tensor in zip(node.next_functions, tensors) if is_tensor)
        result._grad_fn = NotImplementedBackward(edges, (), (), result._data.shape, result._data.dtype)
    return result


class NegBackward0(Node):
    """out = -self  ->  grad_self = -grad"""

    rule = "grad_self = -grad"

    __slots__ = ()

    def backward(self, grad):
        return (-grad,)


@op("neg", aliases=("negative",), inplace="neg_", dunders=("__neg__",))
def neg(input):
    if input._data.dtype.kind == "b":
        raise RuntimeError(
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
            "invert a mask, use the `~` or `logical_not()` operator instead."
        )
    return record(NegBackward0, -input._data, (input,))


class ReciprocalBackward0(Node):
    """out = 1 / self  ->  grad_self = -grad * out²"""

    rule = "grad_self = -grad * result²   (result = 1 / self)"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        return (-grad * (result * result),)  # PyTorch's grouping: -grad * (result * result)


@op("reciprocal", inplace="reciprocal_")
def reciprocal(input):
    data = input._data if input._data.dtype.kind == "f" else input._data.astype(np.float32)
    return record(ReciprocalBackward0, np.reciprocal(data), (input,), save_result=True)


def rtruediv(input, other):
    """``number / tensor``, recorded as PyTorch does: reciprocal, then multiply."""
    return mul(reciprocal(input), other)


def _has_tangent(x):
    return isinstance(x, Tensor) and x._tangent is not None


def _requires_grad(x):
    # Inside a dual level a tangent needs the same saved operand as a gradient (ops/_tangents.py).
    return getattr(x, "_requires_grad", False) or (_record.dual_active and getattr(x, "_tangent", None) is not None)


def _is_bool(x):
    return x._data.dtype.kind == "b" if isinstance(x, Tensor) else isinstance(x, (bool, np.bool_))


def _check_not_bool(a, b):
    """PyTorch refuses ``-`` with bool operands (numbers count as the tensors they become)."""
    if type(b) is float and isinstance(a, Tensor) and a._data.dtype.kind == "f":
        return  # tensor - number, the common case, decided at once
    a_bool, b_bool = _is_bool(a), _is_bool(b)
    if a_bool and b_bool:
        raise RuntimeError(
            "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
            "`logical_xor()` operator instead."
        )
    if a_bool or b_bool:
        raise RuntimeError(
            "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying "
            "to invert a mask, use the `~` or `logical_not()` operator instead."
        )


FUNCTIONS, METHODS = tables(__name__)
# Operators that run a function of their own: number / tensor records reciprocal, then mul; +x is x.
METHODS.update({"__rtruediv__": _operator(rtruediv), "__pos__": lambda self: self})
