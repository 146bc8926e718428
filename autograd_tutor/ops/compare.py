"""Comparisons and logic: results are bool tensors, never part of the graph."""
import numpy as np

from ..tensor import Tensor
from ._record import binary_operands, to_tensor

_make = Tensor._make


def _compare(np_fn):
    def compare(input, other):
        _, _, av, bv = binary_operands(to_tensor(input), other)
        return _make(np.asarray(np_fn(av, bv)), False, None)

    return compare


eq = _compare(np.equal)
ne = _compare(np.not_equal)
lt = _compare(np.less)
le = _compare(np.less_equal)
gt = _compare(np.greater)
ge = _compare(np.greater_equal)


def _logical(np_fn, name):
    def logical(input, other):
        a, b = to_tensor(input), other
        bv = b._data if isinstance(b, Tensor) else b
        if a._data.dtype.kind == "f" or np.asarray(bv).dtype.kind == "f":
            raise TypeError(f"unsupported operand type(s) for {name}: 'Tensor' and 'Tensor'")
        return _make(np.asarray(np_fn(a._data, bv)), False, None)

    return logical


bitwise_and = _logical(np.bitwise_and, "&")
bitwise_or = _logical(np.bitwise_or, "|")
bitwise_xor = _logical(np.bitwise_xor, "^")


def bitwise_not(input):
    if input._data.dtype.kind == "f":
        raise RuntimeError('"bitwise_not_cpu" not implemented for \'Float\'')
    return _make(np.asarray(~input._data), False, None)


def logical_not(input):
    return _make(np.logical_not(input._data), False, None)


def logical_and(input, other):
    return _make(np.logical_and(input._data, to_tensor(other)._data), False, None)


def logical_or(input, other):
    return _make(np.logical_or(input._data, to_tensor(other)._data), False, None)


def all(input, dim=None, keepdim=False):
    data = to_tensor(input)._data
    return _make(np.asarray(np.all(data, axis=dim, keepdims=keepdim)), False, None)


def any(input, dim=None, keepdim=False):
    data = to_tensor(input)._data
    return _make(np.asarray(np.any(data, axis=dim, keepdims=keepdim)), False, None)


def equal(input, other):
    return input._data.shape == other._data.shape and bool(np.array_equal(input._data, other._data))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(np.allclose(input._data, to_tensor(other)._data, rtol=rtol, atol=atol, equal_nan=equal_nan))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _make(np.isclose(input._data, to_tensor(other)._data, rtol=rtol, atol=atol, equal_nan=equal_nan), False, None)


def isnan(input):
    return _make(np.isnan(input._data), False, None)


def isinf(input):
    return _make(np.isinf(input._data), False, None)


def isfinite(input):
    return _make(np.isfinite(input._data), False, None)


METHODS = {
    "eq": eq, "__eq__": eq, "ne": ne, "__ne__": ne, "lt": lt, "__lt__": lt, "le": le,
    "__le__": le, "gt": gt, "__gt__": gt, "ge": ge, "__ge__": ge,
    "__and__": bitwise_and, "__or__": bitwise_or, "__xor__": bitwise_xor,
    "__rand__": bitwise_and, "__ror__": bitwise_or, "__rxor__": bitwise_xor,
    "__invert__": bitwise_not, "bitwise_not": bitwise_not, "logical_not": logical_not,
    "logical_and": logical_and, "logical_or": logical_or,
    "all": all, "any": any, "equal": equal, "allclose": allclose, "isclose": isclose,
    "isnan": isnan, "isinf": isinf, "isfinite": isfinite,
    "greater": gt, "less": lt, "greater_equal": ge, "less_equal": le, "not_equal": ne,
}
FUNCTIONS = dict(METHODS)
