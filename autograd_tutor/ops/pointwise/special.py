"""More elementwise math: erfc, sinc, xlogy, nan_to_num, copysign, fmax/fmin and float_power,
with PyTorch's node names, saved fields and derivative formulas (derivatives.yaml)."""
import math

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._numpy_namespace import xlogy_arrays as _xlogy_arrays
from .._record import binary_operands, is_scalar, record, to_tensor
from .._registry import op, tables
from .exp_log import _float_data
from .selection import zero_ties

_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)


_erfc_elementwise = np.frompyfunc(math.erfc, 1, 1)


def _erfc(x):
    """erfc from the C library (math.erfc): exact also far out, where 1 - erf(x) loses digits."""
    return np.asarray(_erfc_elementwise(x), dtype=x.dtype)


class ErfcBackward0(Node):
    """d erfc(x) = -2/√π e^(-x²)"""

    rule = "grad_self = -grad * 2 / sqrt(π) * exp(-self²)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (xp.times(xp.exp(-xp.power(x, 2)), -_TWO_OVER_SQRT_PI) * grad,)


@op("erfc", inplace="erfc_", special=("erfc",))
def erfc(input, *, out=None):
    input = to_tensor(input)
    x = _float_data(input)
    return record(ErfcBackward0, _erfc(x), (input,), (input,))


class SincBackward0(Node):
    """d sin(πx)/(πx) = (πx cos(πx) - sin(πx)) / (πx²), 0 at x = 0"""

    rule = "grad_self = grad * (cos(π self) - sinc(self)) / self,  0 at self = 0"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        px = xp.times(x, math.pi)
        d = (px * xp.cos(px) - xp.sin(px)) / xp.times(x * x, math.pi)
        zero = xp.data(x) == 0
        return (xp.where(zero, xp.zeros_like(d), d) * grad if zero.any() else d * grad,)


@op("sinc", inplace="sinc_", special=("sinc",))
def sinc(input, *, out=None):
    input = to_tensor(input)
    x = _float_data(input)
    # sinc(±inf) is nan and pi * huge overflows, unwarned in PyTorch. np.sinc is NumPy Python
    # code: its warnings are attributed to NumPy, out of _fp_warnings' reach.
    with np.errstate(invalid="ignore", over="ignore"):
        out = np.sinc(x).astype(x.dtype, copy=False)
    return record(SincBackward0, out, (input,), (input,))


# ----------------------------------------------------------------------------- xlogy
class XlogyBackward0(Node):
    """x log y  ->  (log y, 0 where x = 0 and y <= 0), x / y"""

    rule = "grad_self = grad * log(other)   (0 where self = 0 and other <= 0),  grad_other = grad * self / other"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, x, y):
        xp = self.xp
        gx = gy = None
        if self.needs(0):
            gx = xp.xlogy(grad, y)
            xa, ya = np.asarray(xp.data(x)), np.asarray(xp.data(y))
            bad = np.broadcast_to((xa == 0) & (ya <= 0), np.broadcast_shapes(xa.shape, ya.shape))
            if bad.any():
                gx = xp.where(bad, xp.zeros_like(gx), gx)
        if self.needs(1):
            gy = grad * x / y
        return gx, gy


class XlogyBackward1(Node):
    """number x, tensor y: d/dy = x / y"""

    rule = "grad_other = grad * self / other   (self is a number)"

    __slots__ = ()
    tensor_fields = ("other",)
    attr_fields = ("self",)

    def backward(self, grad, y):
        return (grad * self._attrs[0] / y,)


class XlogyBackward2(Node):
    """tensor x, number y: d/dx = log y"""

    rule = "grad_self = grad * log(other)   (other is a number)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("other",)

    def backward(self, grad, x):
        y = self._attrs[0]
        return (self.xp.xlogy(grad, self.xp.const(grad, y)),)


@op("xlogy", inplace="xlogy_", special=("xlogy",))
def xlogy(input, other, *, out=None):
    if is_scalar(input) and isinstance(other, Tensor):
        y = _float_data(other)
        data = _xlogy_arrays(np.asarray(input, dtype=y.dtype), y)
        return record(XlogyBackward1, data, (other,), (other,), (float(input),))
    input = to_tensor(input)
    if is_scalar(other):
        x = _float_data(input)
        data = _xlogy_arrays(x, np.asarray(other, dtype=x.dtype))
        return record(XlogyBackward2, data, (input,), (input,), (float(other),))
    a, b, av, bv = binary_operands(input, to_tensor(other))
    av = np.asarray(av)
    if av.dtype.kind != "f":
        av, bv = av.astype(np.float32), np.asarray(bv).astype(np.float32)
    return record(XlogyBackward0, _xlogy_arrays(av, bv), (a, b), (a, b))


# ----------------------------------------------------------------------------- nan_to_num
class NanToNumBackward0(Node):
    """nan/inf replaced by numbers: the gradient passes where x was finite, 0 elsewhere"""

    rule = "grad_self = grad where self was finite, else 0"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (xp.keep(grad, np.isfinite(xp.data(x))),)


@op("nan_to_num", inplace="nan_to_num_")
def nan_to_num(input, nan=0.0, posinf=None, neginf=None, *, out=None):
    input = to_tensor(input)
    x = input._data
    if x.dtype.kind != "f":
        return record(NanToNumBackward0, x.copy(), (input,), (input,))
    info = np.finfo(x.dtype)
    # a replacement beyond the dtype's range becomes inf, silently as in PyTorch; np.nan_to_num is
    # NumPy Python code, out of _fp_warnings' reach
    with np.errstate(over="ignore"):
        data = np.nan_to_num(x, nan=nan, posinf=info.max if posinf is None else posinf,
                             neginf=info.min if neginf is None else neginf)
    return record(NanToNumBackward0, data.astype(x.dtype, copy=False), (input,), (input,))


# ----------------------------------------------------------------------------- copysign
class CopysignBackward0(Node):
    """|x| with y's sign  ->  d/dx = result / x (0 at x = 0), d/dy = 0"""

    rule = "grad_self = grad * result / self   (0 at self = 0),  grad_other = 0"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        xa = xp.data(x)
        ratio = result / x
        zero = xa == 0
        if zero.any():
            ratio = xp.where(zero, xp.zeros_like(ratio), ratio)
        gx = grad * ratio if self.needs(0) else None
        if len(self.next_functions) == 1:
            return (gx,)
        return gx, xp.zeros_like(grad) if self.needs(1) else None


class CopysignBackward1(CopysignBackward0):
    """|x| with a number's sign  ->  d/dx = result / x (0 at x = 0)"""

    rule = "grad_self = grad * result / self   (0 at self = 0; other is a number)"

    __slots__ = ()


@op("copysign", inplace="copysign_")
def copysign(input, other, *, out=None):
    input = to_tensor(input)
    if is_scalar(other):
        x = _float_data(input)
        data = np.copysign(x, np.asarray(other, dtype=x.dtype))
        return record(CopysignBackward1, data, (input,), (input,), save_result=True)
    a, b, av, bv = binary_operands(input, to_tensor(other))
    av = np.asarray(av)
    if av.dtype.kind != "f":
        av, bv = av.astype(np.float32), np.asarray(bv).astype(np.float32)
    return record(CopysignBackward0, np.copysign(av, bv), (a, b), (a,), save_result=True)


# ----------------------------------------------------------------------------- fmax / fmin
class FmaxBackward0(Node):
    """the larger, nan ignored  ->  the gradient goes to the chosen operand"""

    rule = "grad goes to the operand chosen (the larger, a nan ignored)"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, x, y):
        xp = self.xp
        xa, ya = xp.data(x), xp.data(y)
        first = self._first(xa, ya)
        first = np.broadcast_to(first, np.broadcast_shapes(np.shape(first), tuple(grad.shape)))
        return (xp.keep(grad, first) if self.needs(0) else None,
                xp.keep(grad, ~first) if self.needs(1) else None)

    @staticmethod
    def _first(xa, ya):
        return (xa >= ya) | np.isnan(ya)


class FminBackward0(FmaxBackward0):
    """the smaller, nan ignored  ->  the gradient goes to the chosen operand"""

    rule = "grad goes to the operand chosen (the smaller, a nan ignored)"

    __slots__ = ()

    @staticmethod
    def _first(xa, ya):
        return (xa <= ya) | np.isnan(ya)


def _fextreme(node_cls, fn):
    def extreme(input, other, *, out=None):
        a, b, av, bv = binary_operands(to_tensor(input), to_tensor(other))
        return record(node_cls, zero_ties(fn(av, bv), av, bv, False), (a, b), (a, b))

    extreme.__name__ = extreme.__qualname__ = fn.__name__
    return extreme


fmax = op("fmax")(_fextreme(FmaxBackward0, np.fmax))
fmin = op("fmin")(_fextreme(FminBackward0, np.fmin))


def _double_base(input, exponent):
    """x.float_power_(e): the result is double, so x must be double already (PyTorch's check,
    made before the in-place checks of a leaf)."""
    if input._data.dtype != np.float64:
        from ..._dtypes import TYPE_NAME

        raise RuntimeError(f"the base given to float_power_ has dtype {TYPE_NAME[input._data.dtype.name]} but "
                           "the operation's result requires dtype Double")


def _float_power_in_place(input, exponent):
    _double_base(input, exponent)
    return float_power(input, exponent)


_float_power_in_place.checked_first = _double_base


@op("float_power", inplace="float_power_", inplace_as=_float_power_in_place)
def float_power(input, exponent, *, out=None):
    """``pow`` in double precision: the operands are converted to float64 first."""
    from autograd_tutor.ops.pointwise.power import pow as t_pow

    def double(v):
        return v.double() if isinstance(v, Tensor) and v.dtype.name != "float64" else v

    if is_scalar(exponent):
        return t_pow(double(to_tensor(input)), float(exponent))
    if is_scalar(input):
        return t_pow(float(input), double(exponent))
    return t_pow(double(to_tensor(input)), double(to_tensor(exponent)))


FUNCTIONS, METHODS = tables(__name__)
