"""Comparisons and logic: results are bool tensors, never part of the graph."""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._dims import as_tuple, axis_alias, reduced_axes
from .._record import binary_operands, check_broadcastable, record, to_tensor, wrap_dim
from .._registry import op, tables
from .._signatures import overloaded_function, overloaded_method
from ..nn._loss_common import _legacy
from ..pointwise.arithmetic import _operator

_make = Tensor._make


def _compare(np_fn):
    def compare(input, other):
        _, _, av, bv = binary_operands(to_tensor(input), other)
        return _make(np.asarray(np_fn(av, bv)), False, None)

    return compare


class _ComparedInPlace(Node):
    """x.eq_(y) and the other in-place comparisons: PyTorch records them (EqBackward0 with a
    number, EqBackward1 with a tensor), with a zero gradient for each operand."""

    rule = "grad_self = 0,  grad_other = 0   (a comparison is piecewise constant)"
    __slots__ = ()
    operands = 1  # 2 for a tensor ``other``

    def backward(self, grad):
        zeros = self.xp.zeros_like(grad)
        return (zeros,) if self.operands == 1 else (zeros, zeros if self.needs(1) else None)


def _in_place_node(name, overload):
    title = name.capitalize()
    return type(f"{title}Backward{overload}", (_ComparedInPlace,), {
        "__slots__": (), "operands": 1 + overload, "__doc__": f"x.{name}_(other) with a {'tensor' if overload else 'number'}: zero gradient",
        "rule": "grad_self = 0" + (",  grad_other = 0" if overload else "") + f"   ({name}_ is piecewise constant)"})


def _compare_in_place(name, np_fn):
    """What ``x.eq_(y)`` runs: the comparison, recorded on its own node."""
    by_number, by_tensor = _in_place_node(name, 0), _in_place_node(name, 1)
    compare = _compare(np_fn)

    def compared(input, other):
        data = compare(input, other)._data
        if isinstance(other, Tensor):
            return record(by_tensor, data, (input, other))
        return record(by_number, data, (input,))

    compared.__name__ = compared.__qualname__ = f"{name}_"
    return by_number, by_tensor, compared


def _comparison(name, np_fn, alias):
    """A comparison op: ``x.eq(y)``, ``torch.eq(x, y)`` and ``x == y``. The operator declines
    operands that are not tensors, numbers or arrays: ``x == "a"`` is False and ``x < None``
    Python's TypeError, as in PyTorch. ``x.eq_(y)`` (and ``x.not_equal_(y)``...) records its node."""
    by_number, by_tensor, in_place = _compare_in_place(name, np_fn)
    globals()[by_number.__name__], globals()[by_tensor.__name__] = by_number, by_tensor  # EqBackward0...
    return op(name, aliases=(alias,) if alias else (), dunders={f"__{name}__": _operator},
              method_as=overloaded_method, function_as=overloaded_function, inplace=f"{name}_",
              inplace_as=in_place)(
        _compare(np_fn))


eq = _comparison("eq", np.equal, None)
ne = _comparison("ne", np.not_equal, "not_equal")
lt = _comparison("lt", np.less, "less")
le = _comparison("le", np.less_equal, "less_equal")
gt = _comparison("gt", np.greater, "greater")
ge = _comparison("ge", np.greater_equal, "greater_equal")


def _logical(np_fn, kernel):
    """Bitwise ops and shifts, in the promoted dtype; PyTorch has no float kernel for them."""
    def logical(input, other):
        if not isinstance(other, (Tensor, bool, int, float, np.ndarray, np.generic)):
            return NotImplemented  # x & "a": Python's own TypeError
        a, b, av, bv = binary_operands(to_tensor(input), other)
        dt = np.result_type(av, bv) if isinstance(bv, np.ndarray) else av.dtype
        if dt.kind == "f":
            raise NotImplementedError(f"\"{kernel}_cpu\" not implemented for '{_legacy(dt)}'")
        return _make(np.asarray(np_fn(av, bv)).astype(dt, copy=False), False, None)

    return logical


# torch.bitwise_and(x, "a") and x.bitwise_and("a"): PyTorch's TypeError (x & "a": Python's).
_OVERLOADED = {"method_as": overloaded_method, "function_as": overloaded_function}
bitwise_and = op("bitwise_and", inplace="bitwise_and_", dunders=("__and__", "__rand__"), **_OVERLOADED)(
    _logical(np.bitwise_and, "bitwise_and"))
bitwise_or = op("bitwise_or", inplace="bitwise_or_", dunders=("__or__", "__ror__"), **_OVERLOADED)(
    _logical(np.bitwise_or, "bitwise_or"))
bitwise_xor = op("bitwise_xor", inplace="bitwise_xor_", dunders=("__xor__", "__rxor__"), **_OVERLOADED)(
    _logical(np.bitwise_xor, "bitwise_xor"))
_lshift = _logical(np.left_shift, "lshift")
_rshift = _logical(np.right_shift, "rshift")


@op("bitwise_not", inplace="bitwise_not_")
def bitwise_not(input):
    if input._data.dtype.kind == "f":
        from ..nn._loss_common import _legacy

        raise NotImplementedError(f"\"bitwise_not_cpu\" not implemented for '{_legacy(input._data.dtype)}'")
    return _make(np.asarray(~input._data), False, None)


def _invert(input):
    """``~x``: Python's operator checks the dtype before the kernel is reached."""
    if input._data.dtype.kind == "f":
        raise TypeError("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
    return bitwise_not(input)


def not_differentiable(fn):
    """Marks an op PyTorch never records: in place (``x.logical_and_(y)``) its bool result is
    written in x's dtype, x keeps its grad_fn and even a leaf that requires grad is not refused."""
    fn.not_differentiable = True
    return fn


@op("logical_not", inplace="logical_not_")
@not_differentiable
def logical_not(input):
    return _make(np.logical_not(input._data), False, None)


def logical_binary(np_fn, name, position=2):
    """logical_and/or/xor: ``other`` must be a tensor (a number is refused, as PyTorch does,
    naming its position: 2 in ``torch.logical_and(x, y)``, 1 in ``x.logical_and(y)``)."""

    @not_differentiable
    def logical(input, other):
        if not isinstance(other, Tensor):
            raise TypeError(f"{name}(): argument 'other' (position {position}) must be Tensor, "
                            f"not {type(other).__name__}")
        return _make(np.asarray(np_fn(input._data, other._data)), False, None)

    logical.__name__ = logical.__qualname__ = name
    return logical


def _logical_op(np_fn, name):
    return op(name, inplace=f"{name}_", inplace_as=logical_binary(np_fn, f"{name}_", 1),
              method_as=lambda fn, called: logical_binary(np_fn, called, 1))(logical_binary(np_fn, name))


logical_and = _logical_op(np.logical_and, "logical_and")
logical_or = _logical_op(np.logical_or, "logical_or")
logical_xor = _logical_op(np.logical_xor, "logical_xor")


def _any_all(np_fn):
    def reduce(input, dim=None, keepdim=False, *, out=None):
        data = to_tensor(input)._data
        axis = None if dim is None else tuple(wrap_dim(d, data.ndim) for d in (dim if isinstance(dim, (tuple, list)) else (dim,)))
        if data.ndim == 0:
            axis = None
        result = np.asarray(np_fn(data, axis=axis, keepdims=keepdim and data.ndim > 0))
        # PyTorch keeps uint8 for uint8 inputs; every other dtype gives bool.
        return _make(result.astype(np.uint8) if data.dtype == np.uint8 else result, False, None)

    return reduce


all = op("all")(axis_alias(_any_all(np.all)))
any = op("any")(axis_alias(_any_all(np.any)))


@op("nonzero")
def nonzero(input, *, as_tuple=False):
    coords = np.nonzero(np.atleast_1d(input._data)) if input._data.ndim == 0 else np.nonzero(input._data)
    if as_tuple:
        return tuple(_make(np.asarray(c, dtype=np.int64), False, None) for c in coords)
    stacked = np.stack(coords, axis=1) if coords else np.zeros((0, 0), dtype=np.int64)
    if input._data.ndim == 0:
        stacked = stacked[:, :0]
    return _make(np.asarray(stacked, dtype=np.int64), False, None)


@op("count_nonzero")
def count_nonzero(input, dim=None):
    """dim: None, an int or a list of ints ([] counts everything), checked as PyTorch does."""
    data = input._data
    axes = None
    if dim is not None:
        axes = reduced_axes(as_tuple(dim), max(data.ndim, 1))
        if data.ndim == 0 or len(axes) == data.ndim:
            axes = None
    return _make(np.asarray(np.count_nonzero(data, axis=axes), dtype=np.int64), False, None)


@op("equal")
def equal(input, other):
    """True when both have the same shape and values (dtypes may differ, as in PyTorch)."""
    return input._data.shape == other._data.shape and bool(np.array_equal(input._data, other._data))


def _same_dtype(input, other):
    if input._data.dtype != other._data.dtype:
        raise RuntimeError(f"{_type_name(input)} did not match {_type_name(other)}")


def _type_name(t):
    return {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long", "int32": "Int",
            "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}[t._data.dtype.name]


@op("allclose")
def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    other = to_tensor(other)
    _same_dtype(input, other)
    check_broadcastable(input._data.shape, other._data.shape)  # PyTorch's error, not NumPy's
    return bool(np.allclose(input._data, other._data, rtol=rtol, atol=atol, equal_nan=equal_nan))


@op("isclose")
def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    other = to_tensor(other)
    _same_dtype(input, other)
    check_broadcastable(input._data.shape, other._data.shape)
    # |x - y| of huge numbers overflows, silently in PyTorch; np.isclose is NumPy Python code, out
    # of _fp_warnings' reach
    with np.errstate(over="ignore", invalid="ignore"):
        close = np.isclose(input._data, other._data, rtol=rtol, atol=atol, equal_nan=equal_nan)
    return _make(close, False, None)


@op("isnan")
def isnan(input):
    return _make(np.isnan(input._data), False, None)


@op("isinf")
def isinf(input):
    return _make(np.isinf(input._data), False, None)


@op("isfinite")
def isfinite(input):
    return _make(np.isfinite(input._data), False, None)


# The shift operators have no torch function here, and ``~x`` checks the dtype before the op does.
FUNCTIONS, METHODS = tables(__name__)
METHODS.update({
    "__lshift__": _lshift, "__rshift__": _rshift,
    "__rlshift__": lambda self, other: _lshift(to_tensor(other), self) if isinstance(other, int) else NotImplemented,
    "__rrshift__": lambda self, other: _rshift(to_tensor(other), self) if isinstance(other, int) else NotImplemented,
    "__invert__": _invert,
})
