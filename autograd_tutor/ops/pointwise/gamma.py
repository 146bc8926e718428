"""The log-gamma function and its derivatives: lgamma, digamma (its first derivative) and
polygamma(n, x) (the n-th derivative of digamma), and erfinv, the inverse of erf.

Each backward is PyTorch's formula: lgamma's gradient is grad * digamma(x), digamma's
grad * polygamma(1, x), polygamma(n)'s grad * polygamma(n + 1, x), so under create_graph they
record DigammaBackward0 and PolygammaBackward0 nodes and every order can be differentiated again.
The values come from ``_special_arrays`` (float64, element by element).
"""
import math

import numpy as np

from ...autograd.node import Node
from .. import _special_arrays
from .._arg_checks import require_tensor
from .._record import record, to_tensor
from .._registry import op, tables
from .exp_log import _float_data

_HALF_SQRT_PI = 0.5 * math.sqrt(math.pi)


class LgammaBackward0(Node):
    """d lgamma(x) = digamma(x)"""

    rule = "grad_self = grad * digamma(self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.digamma(x),)


class DigammaBackward0(Node):
    """d digamma(x) = polygamma(1, x)"""

    rule = "grad_self = grad * polygamma(1, self)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        return (grad * self.xp.polygamma(1, x),)


class PolygammaBackward0(Node):
    """d polygamma(n, x) = polygamma(n + 1, x)"""

    rule = "grad_self = grad * polygamma(n + 1, self)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("n",)

    def backward(self, grad, x):
        return (grad * self.xp.polygamma(self._attrs[0] + 1, x),)


class PolygammaBackward1(PolygammaBackward0):
    """d polygamma(n, x) = polygamma(n + 1, x), recorded by the in-place x.polygamma_(n)"""

    rule = "grad_self = grad * polygamma(n + 1, self)"

    __slots__ = ()


class ErfinvBackward0(Node):
    """d erfinv(x) = √π/2 e^(erfinv(x)²)"""

    rule = "grad_self = sqrt(π) / 2 * exp(erfinv(self)²) * grad"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, x):
        xp = self.xp
        return (xp.times(xp.exp(xp.power(xp.erfinv(x), 2)), _HALF_SQRT_PI) * grad,)


def _unary(node_cls, compute):
    def fn(input, *, out=None):
        input = to_tensor(input)
        return record(node_cls, compute(_float_data(input)), (input,), (input,))

    return fn


lgamma = op("lgamma", inplace="lgamma_", special=("gammaln",))(_unary(LgammaBackward0, _special_arrays.lgamma))
digamma = op("digamma", inplace="digamma_", special=("digamma", "psi"))(_unary(DigammaBackward0, _special_arrays.digamma))
erfinv = op("erfinv", inplace="erfinv_", special=("erfinv",))(_unary(ErfinvBackward0, _special_arrays.erfinv))


def _check_order(n, position):
    if not isinstance(n, int) or isinstance(n, bool):
        at = f" (position {position})" if position else ""
        raise TypeError(f"polygamma(): argument 'n'{at} must be int, not {type(n).__name__}")
    if n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")


def _polygamma_function(n, input, *, out=None):
    """torch.polygamma(n, input): the order comes first."""
    _check_order(n, 1)
    return polygamma(require_tensor(input, "polygamma", "input", 2), n)


def _polygamma(node_cls, input, n):
    _check_order(n, 1)
    input = to_tensor(input)
    data = _special_arrays.polygamma(n, np.asarray(_float_data(input)))
    return record(node_cls, data, (input,), (input,), (n,))


def _polygamma_in_place(input, n):
    """What x.polygamma_(n) runs: PyTorch's in-place schema (self first) is PolygammaBackward1."""
    return _polygamma(PolygammaBackward1, input, n)


@op("polygamma", inplace="polygamma_", function=_polygamma_function, inplace_as=_polygamma_in_place,
    special=("polygamma",))
def polygamma(input, n):
    """Tensor.polygamma(n)."""
    return _polygamma(PolygammaBackward0, input, n)


FUNCTIONS, METHODS = tables(__name__)
