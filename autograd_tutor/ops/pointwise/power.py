"""Powers: ``x ** p``, ``p ** x`` and ``x ** y`` (PowBackward0/1/2, as PyTorch splits them).

Where a power has no finite derivative (0 ** negative, log of 0), PyTorch's backward masks the
offending entries to 0 the same way (``where`` on the exponent and base), and so does this one.
"""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._numpy_namespace import scalar_power
from .._record import binary_operands, is_scalar, record
from .._registry import op, tables
from .arithmetic import _operator, _reflected


class PowBackward0(Node):
    """out = self ** exponent (a number)  ->  grad_self = grad * exponent * self^(exponent-1)"""

    rule = "grad_self = grad * exponent * self^(exponent - 1)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("exponent",)

    def backward(self, grad, a):
        xp = self.xp
        p = self._attrs[0]
        if p == 0:
            return (xp.zeros_like(grad),)
        p = float(p)  # PyTorch's pow_backward takes the exponent as a double
        return (grad * xp.times(xp.power(a, p - 1), p),)


class PowBackward1(Node):
    """out = self ** exponent (both tensors)  ->  grad_self = grad * e * self^(e-1) (0 where
    e = 0), grad_exponent = grad * out * log(self) (0 where self = 0 and e >= 0)"""

    rule = "grad_self = grad * exponent * self^(exponent - 1),  grad_exponent = grad * result * log(self)"

    __slots__ = ()
    tensor_fields = ("self", "exponent", "result")

    def backward(self, grad, a, e, result):
        # PyTorch's pow_backward_self / pow_backward_exponent (FunctionsManual.cpp), in the same
        # order, so that a double backward records the same graph:
        #   grad_self     = where(e == 0, 0, grad * (e * self.pow(e - 1)))   (e - 1: SubBackward1)
        #   grad_exponent = grad * where(self == 0 & e >= 0, 0, result * log(self))
        xp = self.xp
        grad_a = grad_e = None
        ea, aa = xp.data(e), xp.data(a)
        if self.needs(0):
            grad_a = _zero_where(xp, ea == 0, grad * (e * xp.power(a, xp.minus(e, 1))))
        if self.needs(1):
            grad_e = grad * _zero_where(xp, (aa == 0) & (ea >= 0), result * xp.log(a))
        return grad_a, grad_e


def _zero_where(xp, cond, value):
    """``where(cond, 0, value)``: the condition is saved as given (not broadcast), as PyTorch's."""
    return xp.where(cond, xp.const(value, 0), value)


class PowBackward2(Node):
    """out = self (a number) ** exponent  ->  grad_exponent = grad * out * log(self)"""

    rule = "grad_exponent = grad * result * log(self)   (self is a number)"

    __slots__ = ()
    tensor_fields = ("exponent", "result")
    attr_fields = ("self",)

    def backward(self, grad, e, result):
        xp = self.xp
        base = self._attrs[0]
        if base == 0:
            return (xp.keep(grad * (result * float("-inf")), np.asarray(xp.data(e)) < 0),)
        return (grad * xp.times(result, float(np.log(base))),)  # log of a Scalar: a double


def _int_power(base, e):
    """``base ** e`` for integer arrays. NumPy refuses negative exponents; PyTorch (a tensor exponent
    only) gives what integer arithmetic does: 1 ** -n = 1, (-1) ** -n = +-1, anything else 0."""
    e = np.asarray(e)
    if e.dtype.kind not in "iu" or np.asarray(base).dtype.kind not in "iu" or not (e < 0).any():
        return elementary.power(base, e)
    out = np.power(base, np.maximum(e, 0))
    negative = np.where(base == 1, 1, np.where(base == -1, np.where(e % 2 == 0, 1, -1), 0))
    return np.where(e < 0, negative, out).astype(out.dtype)


@op("pow", inplace="pow_", dunders={"__pow__": _operator, "__rpow__": _reflected})
def pow(input, exponent):
    from .._record import to_tensor

    if is_scalar(input):
        base = input
        e, _, ev, bv = binary_operands(exponent, base)
        data = _int_power(np.asarray(bv, dtype=np.asarray(ev).dtype), ev)
        return record(PowBackward2, data, (e,), (e,), (base,), save_result=True)
    input = to_tensor(input)
    if is_scalar(exponent):
        if input._data.dtype.kind in "iu" and isinstance(exponent, int) and exponent < 0:
            raise RuntimeError("Integers to negative integer powers are not allowed.")
        av = input._data
        if av.dtype.kind != "f" and isinstance(exponent, float):
            from ..._dtypes import default_np_float

            av = av.astype(default_np_float())
        data = scalar_power(av, exponent)
        return record(PowBackward0, data, (input,), (input,), (exponent,))
    a, e, av, ev = binary_operands(input, exponent)
    data = _int_power(av, ev)
    return record(PowBackward1, data, (a, e), (a, e), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
