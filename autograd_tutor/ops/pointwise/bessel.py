"""The modified Bessel functions of the first kind: i0 (torch.i0, torch.special.i0), and in
torch.special only i0e, i1 and i1e (e^-|x| I0(x), I1(x), e^-|x| I1(x)); also modified_bessel_i0,
modified_bessel_i1 and spherical_bessel_j0 (sin x / x), which PyTorch does not differentiate (their
results never require grad).

The backward formulas are PyTorch's (derivatives.yaml): I0' = I1, and the others from
I1' = I0 - I1 / x (1/2 at 0, where PyTorch's i1_backward puts it for |x| <= eps), so under
create_graph they record the same nodes and every order can be differentiated again.
The values come from ``_bessel_arrays`` (float64, element by element).
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _bessel_arrays, _elementary as elementary
from .._record import record, to_tensor
from .._registry import op, tables
from .exp_log import _float_data


class I0Backward0(Node):
    """d I0(x) = I1(x)"""

    rule = "grad_self = grad * i1(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.i1(x),)


class SpecialI0EBackward0(Node):
    """d e^-|x| I0(x) = i1e(x) - sgn(x) i0e(x)"""

    rule = "grad_self = grad * (i1e(self) - sgn(self) * result)"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        return (grad * (xp.i1e(x) - xp.sgn(x) * result),)


def _near_zero_half(xp, grad, x, derivative):
    """PyTorch's i1_backward / i1e_backward: the derivative at x with |x| > eps, 1/2 at the others
    (computed there at eps instead, then replaced; both steps are where()s, as PyTorch records them)."""
    xa = xp.data(x)
    eps = np.finfo(xa.dtype).eps
    tiny = np.abs(xa) <= eps
    safe = xp.where(tiny, xp.const(x, np.full(xa.shape, eps)), x)
    return grad * xp.where(tiny, xp.const(x, np.full(xa.shape, 0.5)), derivative(safe))


class SpecialI1Backward0(Node):
    """d I1(x) = I0(x) - I1(x) / x   (1/2 at 0)"""

    rule = "grad_self = grad * (i0(self) - result / self),  1/2 where |self| <= eps"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        return (_near_zero_half(xp, grad, x, lambda s: xp.i0(s) - result * xp.reciprocal(s)),)


class SpecialI1EBackward0(Node):
    """d e^-|x| I1(x) = i0e(x) - i1e(x) (sgn(x) + 1 / x)   (1/2 at 0)"""

    rule = "grad_self = grad * (i0e(self) - result * (sgn(self) + 1 / self)),  1/2 where |self| <= eps"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        return (_near_zero_half(xp, grad, x, lambda s: xp.i0e(s) - result * (xp.sgn(s) + xp.reciprocal(s))),)


@op("i0", inplace="i0_", special=("i0",))
def i0(input, *, out=None):
    input = to_tensor(input)
    return record(I0Backward0, _bessel_arrays.i0(_float_data(input)), (input,), (input,))


def _saving_result(node_cls, compute):
    def fn(input, *, out=None):
        input = to_tensor(input)
        return record(node_cls, compute(_float_data(input)), (input,), (input,), save_result=True)

    return fn


special_i0e = op("special_i0e", function=False, method=False, special=("i0e",))(
    _saving_result(SpecialI0EBackward0, _bessel_arrays.i0e))
special_i1 = op("special_i1", function=False, method=False, special=("i1",))(
    _saving_result(SpecialI1Backward0, _bessel_arrays.i1))
special_i1e = op("special_i1e", function=False, method=False, special=("i1e",))(
    _saving_result(SpecialI1EBackward0, _bessel_arrays.i1e))


def _not_differentiated(compute):
    def fn(input, *, out=None):
        input = to_tensor(input)
        return Tensor._make(compute(_float_data(input)), False, None)

    return fn


def _spherical_j0(x):
    """PyTorch's kernel: a Taylor polynomial below |x| = 1/2, sin(x) / x above, 0 at +-inf; in
    the input's dtype."""
    t = x.dtype.type
    with np.errstate(invalid="ignore"):
        far = elementary.sin(x) / x
    xx = x * x
    near = t(1) + xx * (t(-1) / t(6) + xx * (t(1) / t(120) + xx * (t(-1) / t(5040) + xx * (
        t(1) / t(362880) + xx * (t(-1) / t(39916800) + xx * (t(1) / t(6227020800)))))))
    out = np.where(np.abs(x) < t(0.5), near, far)
    return np.where(np.isinf(x), t(0), out).astype(x.dtype, copy=False)


modified_bessel_i0 = op("special_modified_bessel_i0", function=False, method=False,
                        special=("modified_bessel_i0",))(_not_differentiated(_bessel_arrays.i0))
modified_bessel_i1 = op("special_modified_bessel_i1", function=False, method=False,
                        special=("modified_bessel_i1",))(_not_differentiated(_bessel_arrays.i1))
spherical_bessel_j0 = op("special_spherical_bessel_j0", function=False, method=False,
                         special=("spherical_bessel_j0",))(_not_differentiated(_spherical_j0))


FUNCTIONS, METHODS = tables(__name__)
