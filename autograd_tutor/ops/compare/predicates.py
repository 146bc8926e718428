"""Questions about a tensor and its values: is_complex, is_signed, is_nonzero, is_same_size, is_conj,
is_neg, get_device, and the bool-valued isin, isneginf, isposinf, isreal. None is part of a graph."""
import numpy as np

from ...tensor import Tensor
from .._record import to_tensor
from .._registry import op, tables
from .._signatures import invalid_combination

_make = Tensor._make


@op("is_complex", method=False)  # Tensor.is_complex is the tensor's own
def is_complex(input):
    return False  # no complex dtypes here


@op("is_signed")
def is_signed(input):
    return input._data.dtype.kind in "fi"


@op("is_nonzero")
def is_nonzero(input):
    if input._data.size == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if input._data.size > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return bool(input._data.reshape(()) != 0)


def _same_size(position):
    def is_same_size(input, other):
        if not isinstance(other, Tensor):  # a number too: PyTorch takes only a tensor here
            raise TypeError(f"is_same_size(): argument 'other' (position {position}) must be Tensor, "
                            f"not {type(other).__name__}")
        return input._data.shape == other._data.shape

    return is_same_size


# x.is_same_size(2) names the operand's position among the method's arguments (1), not torch's (2).
is_same_size = op("is_same_size", method_as=lambda fn, name: _same_size(1))(_same_size(2))


# autograd_tutor has no complex dtypes, so no tensor carries a lazy conjugate or negative bit.
is_conj = op("is_conj")(lambda input: False)
is_neg = op("is_neg")(lambda input: False)
is_conj.__name__, is_neg.__name__ = "is_conj", "is_neg"


@op("get_device", method=False)  # Tensor.get_device is the tensor's own
def get_device(input):
    return input.get_device()


_ISIN = (" * (Tensor elements, Tensor test_elements, *, bool assume_unique = False, bool invert = False, "
         "Tensor out = None)\n"
         " * (Number element, Tensor test_elements, *, bool assume_unique = False, bool invert = False, "
         "Tensor out = None)\n"
         " * (Tensor elements, Number test_element, *, bool assume_unique = False, bool invert = False, "
         "Tensor out = None)\n")


@op("isin", method=False)
def isin(elements, test_elements, *, assume_unique=False, invert=False):
    if not isinstance(elements, Tensor) and not isinstance(test_elements, Tensor):
        raise TypeError(invalid_combination("isin", (elements, test_elements), {}, "one of:\n" + _ISIN))
    values = to_tensor(elements)._data
    tests = to_tensor(test_elements)._data
    if values.dtype.kind == "b" or tests.dtype.kind == "b":
        raise RuntimeError("Unsupported input type encountered for isin(): Bool")
    return _make(np.asarray(np.isin(values, tests, invert=bool(invert))), False, None)


def _float_test(name, np_fn):
    def test(input):
        data = input._data
        if data.dtype.kind != "f":
            return _make(np.zeros(data.shape, dtype=bool), False, None)
        return _make(np.asarray(np_fn(data)), False, None)

    test.__name__ = test.__qualname__ = name
    return test


isneginf = op("isneginf")(_float_test("isneginf", np.isneginf))
isposinf = op("isposinf")(_float_test("isposinf", np.isposinf))


@op("isreal")
def isreal(input):
    return _make(np.ones(input._data.shape, dtype=bool), False, None)


FUNCTIONS, METHODS = tables(__name__)
