"""``torch.Size``: the shape of a tensor, a tuple printed as PyTorch prints it."""
import numbers

from ._torch_names import TorchNamed


class Size(tuple, metaclass=TorchNamed):
    __slots__ = ()
    _torch_path = "torch.Size"

    def __new__(cls, sizes=()):
        if type(sizes) is tuple and all(type(s) is int for s in sizes):
            return tuple.__new__(cls, sizes)  # the usual case: a NumPy shape
        items = []
        for i, s in enumerate(sizes):
            # PyTorch takes ints, NumPy ints and 1-element integer tensors (their __index__)
            if not isinstance(s, numbers.Integral) and not _is_int_tensor(s):
                raise TypeError(f"torch.Size() takes an iterable of 'int' (item {i} is '{type(s).__name__}')")
            items.append(int(s))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return f"torch.Size({list(self)})"

    __str__ = __repr__

    def numel(self):
        n = 1
        for s in self:
            n *= s
        return n

    def __getitem__(self, item):
        out = super().__getitem__(item)
        return Size(out) if isinstance(item, slice) else out

    def __setitem__(self, item, value):  # tuple's own message would say 'Size'
        raise TypeError("'torch.Size' object does not support item assignment")

    def __delitem__(self, item):
        raise TypeError("'torch.Size' object doesn't support item deletion")

    def __add__(self, other):
        if not isinstance(other, tuple):  # a list is refused, as for any tuple
            raise TypeError(f"can only concatenate tuple (not {type(other).__name__}) to torch.Size")
        return Size(tuple(self) + tuple(other))

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple(other) + tuple(self))

    def __mul__(self, n):
        if not hasattr(n, "__index__"):  # what tuple itself says
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return Size(tuple.__mul__(self, n))

    __rmul__ = __mul__


def _is_int_tensor(value):
    from .tensor import Tensor

    return isinstance(value, Tensor) and value.dtype.is_floating_point is False and value.numel() == 1
