"""PyTorch's dtypes (``torch.float32``...) as thin names over NumPy dtypes, and its promotion rules."""
import numpy as np

from ._torch_names import TorchNamed


class dtype(metaclass=TorchNamed):
    """A tensor element type, printed and compared as PyTorch's (``torch.float32``)."""

    __slots__ = ("name", "np", "is_floating_point", "is_complex", "is_signed", "itemsize", "_kind")
    _torch_path = "torch.dtype"

    def __init__(self, name, np_dtype, kind):
        self.name = name
        self.np = np.dtype(np_dtype)
        self._kind = kind  # 0 bool, 1 integer, 2 floating: PyTorch's promotion categories
        self.is_floating_point = kind == 2
        self.is_complex = False
        self.is_signed = name not in ("bool", "uint8")
        self.itemsize = self.np.itemsize

    def __repr__(self):
        return f"torch.{self.name}"

    def __reduce__(self):
        return (_by_name, (self.name,))

    def to_real(self):
        return self


bool_ = dtype("bool", np.bool_, 0)
uint8 = dtype("uint8", np.uint8, 1)
int8 = dtype("int8", np.int8, 1)
int16 = dtype("int16", np.int16, 1)
int32 = dtype("int32", np.int32, 1)
int64 = dtype("int64", np.int64, 1)
float16 = dtype("float16", np.float16, 2)
float32 = dtype("float32", np.float32, 2)
float64 = dtype("float64", np.float64, 2)

ALL = (bool_, uint8, int8, int16, int32, int64, float16, float32, float64)
_BY_NP = {d.np: d for d in ALL}
_BY_NAME = {d.name: d for d in ALL}

# NumPy dtypes PyTorch has no equivalent for are mapped to the nearest one it has.
_BY_NP.update({np.dtype(np.uint16): int32, np.dtype(np.uint32): int64, np.dtype(np.uint64): int64})

_default_float = float32


def _by_name(name):
    return _BY_NAME[name]


def from_numpy_dtype(np_dtype):
    try:
        return _BY_NP[np_dtype]
    except KeyError:
        raise TypeError(
            f"can't convert np.ndarray of type {np_dtype.type.__module__}.{np_dtype.type.__name__}. "
            "The only supported types are: "
            "float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, "
            "uint32, uint16, uint8, and bool."
        ) from None


def get_default_dtype():
    return _default_float


def set_default_dtype(d):
    global _default_float
    if not isinstance(d, dtype) or not d.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    _default_float = d


def default_np_float():
    return _default_float.np


def promote_types(a, b):
    """Promotion of two dtypes of equal standing (both dimensioned tensors), as torch.promote_types."""
    if a is b:
        return a
    if a._kind != b._kind:  # the higher category wins whatever the sizes: int64 + float16 -> float16
        return a if a._kind > b._kind else b
    return _BY_NP[np.promote_types(a.np, b.np)]


def result_type(a_dtype, a_prio, b_dtype, b_prio):
    """PyTorch's result type for two operands.

    Priority: 2 for tensors with dimensions, 1 for zero-dim tensors, 0 for Python scalars.
    The higher category (bool < int < float) always wins; within one category the operand of
    higher priority decides; a Python float joining an integer tensor gives the default float.
    """
    if a_dtype is b_dtype:
        return a_dtype
    ka, kb = a_dtype._kind, b_dtype._kind
    if ka != kb:
        hi_dtype, hi_prio = (a_dtype, a_prio) if ka > kb else (b_dtype, b_prio)
        if hi_prio == 0:  # a Python scalar of a higher category: that category's default dtype
            return _default_float if hi_dtype._kind == 2 else int64
        return hi_dtype
    if a_prio != b_prio:
        return a_dtype if a_prio > b_prio else b_dtype
    return promote_types(a_dtype, b_dtype)


# How PyTorch's C++ messages name each dtype: the scalar type ("long int") and the legacy tensor
# type ("Long", as in torch.LongTensor).
CPP_NAME = {"float32": "float", "float64": "double", "float16": "c10::Half", "int64": "long int",
            "int32": "int", "int16": "short int", "int8": "signed char", "uint8": "unsigned char",
            "bool": "bool"}
TYPE_NAME = {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool",
             "float16": "Half", "int16": "Short", "int8": "Char", "uint8": "Byte"}


# PyTorch reads Python's own number types as dtypes: ``torch.zeros(2, dtype=float)`` is float64.
_PYTHON_TYPES = {float: float64, int: int64, bool: bool_}


def checked(d, caller):
    """A ``dtype=`` argument as PyTorch reads it (None, a torch.dtype or float/int/bool), else
    PyTorch's error naming the function that was called."""
    if d is None or isinstance(d, dtype):
        return d
    if isinstance(d, type) and d in _PYTHON_TYPES:
        return _PYTHON_TYPES[d]
    raise TypeError(f"{caller}(): argument 'dtype' must be torch.dtype, not {type(d).__name__}")
