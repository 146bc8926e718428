"""Tensor-by-number products and quotients as PyTorch's C++ formulas record them.

``x * 2`` typed in Python records MulBackward0 (the number becomes a 0-dim tensor); formulas
inside PyTorch (mean's backward, composite losses) multiply by a C++ number instead, which
records MulBackward1 / DivBackward1 / AddBackward1. Those formulas use these.
"""
from ...autograd.node import Node
from .._record import record


class MulBackward1(Node):
    """x * c (c a number)  ->  grad_x = c grad"""

    rule = "grad_self = grad * other   (other is a number)"

    __slots__ = ()
    attr_fields = ("other",)

    def backward(self, grad):
        return (self.xp.times(grad, self._attrs[0]),)


class DivBackward1(Node):
    """x / c (c a number)  ->  grad_x = grad / c"""

    rule = "grad_self = grad / other   (other is a number)"

    __slots__ = ()
    attr_fields = ("other",)

    def backward(self, grad):
        return (self.xp.over(grad, self._attrs[0]),)


class AddBackward1(Node):
    """x + c (c a number)  ->  grad_x = grad"""

    rule = "grad_self = grad   (other is a number)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


class SubBackward1(Node):
    """x - c (c a number)  ->  grad_x = grad"""

    rule = "grad_self = grad   (other is a number)"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


def mul_number(x, c):
    return record(MulBackward1, (x._data * c).astype(x._data.dtype, copy=False), (x,), (), (c,))


def div_number(x, c):
    return record(DivBackward1, (x._data / c).astype(x._data.dtype, copy=False), (x,), (), (c,))


def add_number(x, c):
    return record(AddBackward1, (x._data + c).astype(x._data.dtype, copy=False), (x,))


def sub_number(x, c):
    return record(SubBackward1, (x._data - c).astype(x._data.dtype, copy=False), (x,))
