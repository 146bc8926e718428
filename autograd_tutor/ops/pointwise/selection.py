"""Choosing between values: maximum, minimum, where and masked_fill.

The gradient goes to whichever value was chosen (split half-half between tied maximum/minimum
inputs, as in PyTorch); filled-in constants get none.
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._masks import scalar_tail
from .._numpy_namespace import row_major
from .._record import binary_operands, check_broadcastable, record, to_tensor
from .._registry import op, tables


class MaximumBackward0(Node):
    """max(a, b): the gradient goes to the larger input (split half-half on ties)"""

    rule = "grad_self = grad where self > other, grad_other = grad where other > self (ties: half each)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        xp = self.xp
        a, b = np.asarray(xp.data(a)), np.asarray(xp.data(b))
        return _tie_split(self.xp, grad, a < b, a == b), _tie_split(self.xp, grad, a > b, a == b)


class MinimumBackward0(Node):
    """min(a, b): the gradient goes to the smaller input (split half-half on ties)"""

    rule = "grad_self = grad where self < other, grad_other = grad where other < self (ties: half each)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, a, b):
        xp = self.xp
        a, b = np.asarray(xp.data(a)), np.asarray(xp.data(b))
        return _tie_split(self.xp, grad, a > b, a == b), _tie_split(self.xp, grad, a < b, a == b)


def _tie_split(xp, grad, loses, ties):
    """The winner's share of the gradient: all of it, half on a tie, +0 for the loser. PyTorch's
    formula (so create_graph shows grad_fn=<MaskedFillBackward0>):
    where(a == b, grad / 2, grad).masked_fill_(loses, 0); a nan neither ties nor loses, so
    both inputs of a comparison with nan get the whole gradient"""
    return xp.masked_fill(xp.where(ties, grad / 2, grad), loses, 0)


def _other_first(fn, name):
    """``x.maximum(y)``: PyTorch's error then names ``other`` at position 1 (``torch.maximum``'s at 2)."""

    def method(self, other):
        return fn(self, other, _position=1)

    method.__name__ = name
    return method


def _tensor_other(name, other, position):
    if not isinstance(other, Tensor):
        raise TypeError(f"{name}(): argument 'other' (position {position}) must be Tensor, not {type(other).__name__}")


@op("maximum", method_as=_other_first)
def maximum(input, other, *, out=None, _position=2):
    _tensor_other("maximum", other, _position)
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MaximumBackward0, zero_ties(np.maximum(av, bv), av, bv, True), (a, b), (a, b))


@op("minimum", method_as=_other_first)
def minimum(input, other, *, out=None, _position=2):
    _tensor_other("minimum", other, _position)
    a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
    return record(MinimumBackward0, zero_ties(np.minimum(av, bv), av, bv, True), (a, b), (a, b))


def zero_ties(out, av, bv, vectorised_takes_other):
    """``out`` with PyTorch's choice between tied zeros of opposite signs: its scalar loop keeps
    ``input``; maximum's and minimum's vectorised loop (``vectorised_takes_other``) ``other``."""
    if type(out) is not np.ndarray or out.dtype.kind != "f":
        return out
    zero = out == 0
    if not zero.any():
        return out
    av, bv = np.broadcast_to(av, out.shape), np.broadcast_to(bv, out.shape)
    chosen = np.where(scalar_tail(out), av, bv) if vectorised_takes_other else av
    out = np.array(out, copy=True)
    np.copyto(out, chosen, where=zero & (av == bv), casting="unsafe")
    return out


# ----------------------------------------------------------------------------- where, masked_fill
class WhereBackward0(Node):
    """where(c, a, b): the gradient goes to a where c holds, to b elsewhere"""

    rule = "grad_self = grad where condition, else 0;  grad_other = grad where not condition, else 0"

    __slots__ = ()
    tensor_fields = ("condition",)

    def backward(self, grad, cond):
        xp = self.xp
        c = np.asarray(xp.data(cond))
        return (
            xp.keep(grad, c) if self.needs(0) else None,
            xp.keep(grad, ~c) if self.needs(1) else None,
        )


def _type_name(np_dtype):
    return {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long",
            "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}[np_dtype.name]


def _check_shapes(*operands):
    """PyTorch's broadcasting error for several operands: each one against the shape of those before it
    (so ``where(cond, x, y)`` reports ``cond`` against ``x`` first)."""
    from .._record import check_broadcastable

    shape = ()
    for t in operands:
        if t is None:
            continue
        t_shape = np.shape(t._data) if hasattr(t, "_data") else ()
        check_broadcastable(shape, t_shape)
        shape = np.broadcast_shapes(shape, t_shape)


def _where_method(fn, name):
    """``x.where(condition, y)`` is ``torch.where(condition, x, y)``."""

    def method(self, condition, other):
        return fn(condition, self, other)

    method.__name__ = name
    return method


@op("where", method_as=_where_method)
def where(condition, input=None, other=None, *, out=None):
    condition = to_tensor(condition)
    if input is None and other is None:
        from ..compare.comparison import nonzero

        return nonzero(condition, as_tuple=True)
    if input is None or other is None:
        given = ", ".join(type(x).__name__ for x in (condition, input, other) if x is not None)
        raise TypeError(f"where() received an invalid combination of arguments - got ({given}), but expected one of:")
    if condition._data.dtype != np.bool_:
        raise RuntimeError(
            "where expected condition to be a boolean tensor, but got a tensor with dtype "
            f"{_type_name(condition._data.dtype)}"
        )
    _check_shapes(condition, input, other)
    a, b, av, bv = binary_operands(input, other)
    # binary_operands already applied PyTorch's promotion; NumPy keeps it (Python numbers are weak).
    data = np.asarray(np.where(condition._data, av, bv))
    return record(WhereBackward0, data, (a, b), (condition,))


class MaskedFillBackward0(Node):
    """masked_fill(mask, number): filled places get no gradient"""

    rule = "grad_self = grad, 0 where mask   (filled places came from the constant)"

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        xp = self.xp
        return (xp.keep(grad, ~np.asarray(xp.data(mask))),)


class MaskedFillBackward1(Node):
    """masked_fill(mask, 0-dim tensor): filled places give their gradient to the value"""

    rule = "grad_self = grad, 0 where mask;  grad_value = sum of grad where mask"

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        xp = self.xp
        m = np.broadcast_to(np.asarray(xp.data(mask)), tuple(grad.shape))
        g_value = None
        if self.needs(1):
            g_value = xp.keep(grad, m).sum()
        return (xp.keep(grad, ~m) if self.needs(0) else None, g_value)


@op("masked_fill", inplace="masked_fill_")
def masked_fill(input, mask, value):
    if mask._data.shape != input._data.shape:
        check_broadcastable(mask._data.shape, input._data.shape)
    if mask._data.dtype != np.bool_:
        raise RuntimeError(
            f"masked_fill_ only supports boolean masks, but got mask with dtype {mask._data.dtype.name.replace('float32', 'float').replace('int64', 'long int')}"
        )
    data = input._data
    if isinstance(value, Tensor):
        if value._data.ndim:
            raise RuntimeError(
                "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                f"{value._data.ndim} dimension(s)."
            )
        out = row_major(np.where(mask._data, value._data.astype(data.dtype), data))
        return record(MaskedFillBackward1, out, (input, value), (mask,))
    out = row_major(np.where(mask._data, np.asarray(value).astype(data.dtype), data))
    return record(MaskedFillBackward0, out, (input,), (mask,))


FUNCTIONS, METHODS = tables(__name__)
