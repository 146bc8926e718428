"""The standard normal distribution's functions, in torch.special: ndtr(x) = Φ(x) (composed, as
PyTorch composes it, of erf: (1 + erf(x / √2)) / 2, so its graph shows MulBackward1 over
AddBackward1 over ErfBackward0), its inverse ndtri, log_ndtr = log Φ, and erfcx(x) = e^(x²) erfc(x)
behind it. Formulas and saved fields as PyTorch's (derivatives.yaml); values from ``_normal_arrays``.
"""
import math

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _normal_arrays
from .._record import record, to_tensor
from .._registry import op, tables
from ..double_backward.number_ops import add_number, mul_number
from .exp_log import _float_data

_SQRT_2PI = math.sqrt(2 * math.pi)
_TWO_OVER_SQRT_PI = 2 / math.sqrt(math.pi)
_SQRT1_2 = math.sqrt(0.5)


@op("special_ndtr", function=False, method=False, special=("ndtr",))
def special_ndtr(input, *, out=None):
    """Φ(x) = (1 + erf(x / √2)) / 2, written as PyTorch's special_ndtr is."""
    input = to_tensor(input)
    if input._data.dtype.kind != "f":  # an integer tensor (never requiring grad) times √½ is float
        input = Tensor._make(_float_data(input), False, None)
    # C++ numbers: MulBackward1 and AddBackward1, where Python's ``x * 0.5`` records MulBackward0
    return mul_number(add_number(mul_number(input, _SQRT1_2).erf(), 1), 0.5)


class SpecialNdtriBackward0(Node):
    """d Φ⁻¹(p) = √(2π) e^(Φ⁻¹(p)² / 2)"""

    rule = "grad_self = grad * sqrt(2π) * exp(result² / 2)"

    __slots__ = ()
    tensor_fields = ("result",)

    def backward(self, grad, result):
        xp = self.xp
        return (xp.times(grad, _SQRT_2PI) * xp.exp(xp.over(xp.power(result, 2), 2)),)


class SpecialLogNdtrBackward0(Node):
    """d log Φ(x) = e^(-x²/2) / (√(2π) Φ(x)) = e^(-(log Φ(x) + x²/2)) / √(2π)"""

    rule = "grad_self = grad / sqrt(2π) * exp(-(result + self² / 2))"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        return (xp.over(grad, _SQRT_2PI) * xp.exp(-(result + xp.over(xp.power(x, 2), 2))),)


class SpecialErfcxBackward0(Node):
    """d e^(x²) erfc(x) = 2 x erfcx(x) - 2/√π"""

    rule = "grad_self = (2 * self * result - 2 / sqrt(π)) * grad"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, x, result):
        xp = self.xp
        return (xp.minus(xp.times(x, 2.0) * result, _TWO_OVER_SQRT_PI) * grad,)


def _unary(node_cls, compute, saves_self):
    def fn(input, *, out=None):
        input = to_tensor(input)
        return record(node_cls, compute(_float_data(input)), (input,), (input,) if saves_self else (),
                      save_result=True)

    return fn


special_ndtri = op("special_ndtri", function=False, method=False, special=("ndtri",))(
    _unary(SpecialNdtriBackward0, _normal_arrays.ndtri, saves_self=False))
special_log_ndtr = op("special_log_ndtr", function=False, method=False, special=("log_ndtr",))(
    _unary(SpecialLogNdtrBackward0, _normal_arrays.log_ndtr, saves_self=True))
special_erfcx = op("special_erfcx", function=False, method=False, special=("erfcx",))(
    _unary(SpecialErfcxBackward0, _normal_arrays.erfcx, saves_self=True))


FUNCTIONS, METHODS = tables(__name__)
