"""dtype conversions: ``to``, ``float()``, ``double()``, ``long()``..., recorded as ToCopyBackward0."""

from ... import _dtypes
from ...autograd.node import Node
from .._record import record
from .._registry import op, tables


class ToCopyBackward0(Node):
    """a dtype cast: the gradient is cast back by the engine (it matches each input's dtype)"""

    rule = "grad_self = grad, cast back to self's dtype"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


@op("to", function=False)
def to(input, *args, dtype=None, copy=False, non_blocking=False, device=None, **kwargs):
    """``to(dtype)``, ``to('cpu')``, ``to(other_tensor)``: only dtype changes do anything here."""
    from ...device import device as Device, require_available
    from ...tensor import Tensor

    if dtype is not None and not isinstance(dtype, _dtypes.dtype):
        if not (isinstance(dtype, type) and dtype in _dtypes._PYTHON_TYPES):  # to(dtype='float')
            raise TypeError(f"to() received an invalid combination of arguments - got (dtype={type(dtype).__name__}, ), "
                            "but expected one of:")
        dtype = _dtypes.checked(dtype, "to")
    for a in args:
        if isinstance(a, type) and a in _dtypes._PYTHON_TYPES:  # to(float) is to(torch.float64)
            dtype = _dtypes.checked(a, "to")
        elif isinstance(a, _dtypes.dtype):
            dtype = a
        elif isinstance(a, Tensor):
            dtype = a.dtype
        elif isinstance(a, (str, Device)):
            require_available(a)  # PyTorch's error for devices other than the CPU
    require_available(device)
    if dtype is None or dtype.np == input._data.dtype:
        return input.clone() if copy else input
    data = input._data.astype(dtype.np)
    if dtype.is_floating_point and input._data.dtype.kind == "f":
        return record(ToCopyBackward0, data, (input,))
    return Tensor._make(data, False, None)  # integer results cannot carry gradients


def _caster(d):
    def cast(input, memory_format=None):
        return to(input, d)

    return cast


@op("type", function=False)
def type_(input, dtype=None, non_blocking=False):
    if dtype is None:
        return {
            "float32": "torch.FloatTensor", "float64": "torch.DoubleTensor", "float16": "torch.HalfTensor",
            "int64": "torch.LongTensor", "int32": "torch.IntTensor", "int16": "torch.ShortTensor",
            "int8": "torch.CharTensor", "uint8": "torch.ByteTensor", "bool": "torch.BoolTensor",
        }[input.dtype.name]
    if isinstance(getattr(dtype, "dtype", None), _dtypes.dtype):  # torch.LongTensor and the like
        dtype = dtype.dtype
    if isinstance(dtype, str):
        names = {"torch.FloatTensor": _dtypes.float32, "torch.DoubleTensor": _dtypes.float64,
                 "torch.LongTensor": _dtypes.int64, "torch.IntTensor": _dtypes.int32,
                 "torch.BoolTensor": _dtypes.bool_, "torch.HalfTensor": _dtypes.float16}
        dtype = names[dtype]
    return to(input, dtype)


@op("type_as", function=False)
def type_as(input, other):
    return to(input, other.dtype)


# Tensor.float(), .double()...: to() with that dtype.
for _name, _dtype in {"float": _dtypes.float32, "double": _dtypes.float64, "half": _dtypes.float16,
                      "long": _dtypes.int64, "int": _dtypes.int32, "short": _dtypes.int16,
                      "bool": _dtypes.bool_, "byte": _dtypes.uint8, "char": _dtypes.int8}.items():
    op(_name, function=False)(_caster(_dtype))


@op("result_type", method=False)
def result_type(tensor1, tensor2):
    """The dtype ``tensor1 + tensor2`` would have (PyTorch's promotion with its priorities)."""
    from ...tensor import Tensor
    from .._record import scalar_dtype

    def described(x):
        if isinstance(x, Tensor):
            return x.dtype, 2 if x._data.ndim else 1
        return scalar_dtype(x), 0

    (da, pa), (db, pb) = described(tensor1), described(tensor2)
    return _dtypes.result_type(da, pa, db, pb)


@op("can_cast", method=False)
def can_cast(from_, to):
    """Whether PyTorch's casting rules allow ``from_`` -> ``to`` (no float to int, no int to bool)."""
    import numpy as np

    return bool(np.can_cast(from_.np, to.np, casting="same_kind"))


FUNCTIONS, METHODS = tables(__name__)
