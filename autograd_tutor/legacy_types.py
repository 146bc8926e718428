"""The legacy tensor types ``torch.FloatTensor``, ``torch.LongTensor``...: constructors of CPU
tensors of one dtype, ``isinstance`` checks of that dtype, and arguments of ``Tensor.type``.

``FloatTensor([[1, 2]])`` builds from data, ``FloatTensor(2, 3)`` makes a tensor of that size
(PyTorch leaves it uninitialised; here it is zeros), ``FloatTensor()`` an empty one.
"""
from . import _dtypes


class tensortype(type):
    def __instancecheck__(cls, other):
        from autograd_tutor.tensor import Tensor

        return isinstance(other, Tensor) and other.dtype is cls.dtype

    def __subclasscheck__(cls, other):
        return other is cls

    def __repr__(cls):
        return f"<class 'torch.{cls.__name__}'>"

    def __call__(cls, *args, device=None):
        import numpy as np

        import autograd_tutor as torch
        from autograd_tutor.tensor import Tensor

        if not args:
            return torch.empty(0, dtype=cls.dtype, device=device)
        if all(isinstance(a, int) and not isinstance(a, bool) for a in args):
            return torch.zeros(*args, dtype=cls.dtype, device=device)
        if len(args) == 1 and isinstance(args[0], torch.Size):
            return torch.zeros(args[0], dtype=cls.dtype, device=device)
        if len(args) == 1 and isinstance(args[0], Tensor):
            if args[0].dtype is not cls.dtype:
                raise TypeError(f"expected {cls.__name__[:-len('Tensor')]} (got {_dtypes.TYPE_NAME[args[0].dtype.name]})")
            return args[0]
        if len(args) == 1 and isinstance(args[0], (list, tuple, np.ndarray)) or np.isscalar(args[0]):
            return torch.tensor(args[0], dtype=cls.dtype, device=device)
        raise TypeError(f"new() received an invalid combination of arguments - got ({', '.join(type(a).__name__ for a in args)})")


def _make(name, dtype):
    cls = tensortype(name, (), {"dtype": dtype, "is_cuda": False})
    cls.__module__ = "torch"
    return cls


FloatTensor = _make("FloatTensor", _dtypes.float32)
DoubleTensor = _make("DoubleTensor", _dtypes.float64)
HalfTensor = _make("HalfTensor", _dtypes.float16)
LongTensor = _make("LongTensor", _dtypes.int64)
IntTensor = _make("IntTensor", _dtypes.int32)
ShortTensor = _make("ShortTensor", _dtypes.int16)
CharTensor = _make("CharTensor", _dtypes.int8)
ByteTensor = _make("ByteTensor", _dtypes.uint8)
BoolTensor = _make("BoolTensor", _dtypes.bool_)
tensortype.__module__ = "torch"
