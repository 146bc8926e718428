"""The log-gamma function and its derivatives: lgamma, digamma (its first derivative) and
polygamma(n, x) (the n-th derivative of digamma), the multivariate log-gamma mvlgamma
(torch.special.multigammaln), Hurwitz's zeta (torch.special.zeta, behind the polygammas), and
erfinv, the inverse of erf.

Each backward is PyTorch's formula: lgamma's gradient is grad * digamma(x), digamma's
grad * polygamma(1, x), polygamma(n)'s grad * polygamma(n + 1, x), so under create_graph they
record DigammaBackward0 and PolygammaBackward0 nodes and every order can be differentiated again.
The values come from ``_special_arrays`` (float64, element by element).
"""
import math

import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _special_arrays
from .._arg_checks import require_tensor
from .._record import binary_operands, is_scalar, record, to_tensor
from .._registry import op, tables
from .._special_signatures import other_tensor
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


# ----------------------------------------------------------------------------- mvlgamma
class MvlgammaBackward0(Node):
    """d sum_i lgamma(x - i/2) = sum_i digamma(x - i/2)"""

    rule = "grad_self = grad * sum over i < p of digamma(self - i / 2)"

    __slots__ = ()
    tensor_fields = ("self",)
    attr_fields = ("p",)

    def backward(self, grad, x):
        xp = self.xp
        total = None
        for offset in _offsets(self._attrs[0]):  # PyTorch's args: -(p-1)/2, ..., -1/2, 0
            term = xp.digamma(xp.plus(x, offset))
            total = term if total is None else total + term
        return (grad * total,)


def _offsets(p):
    return [-(p - 1) / 2 + i / 2 for i in range(p)]


def _mvlgamma(input, p, name, position):
    if not isinstance(p, int) or isinstance(p, bool):
        raise TypeError(f"{name}(): argument 'p' (position {position}) must be int, not {type(p).__name__}")
    input = to_tensor(input)
    if input._data.dtype == np.bool_:
        raise RuntimeError("The input tensor may not be a boolean tensor.")
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    x = _float_data(input)
    args = x[..., None] + np.asarray(_offsets(p), dtype=x.dtype)  # as PyTorch: lgamma of each, summed
    data = _special_arrays.lgamma(args).sum(axis=-1) + x.dtype.type(p * (p - 1) * math.log(math.pi) / 4)
    return record(MvlgammaBackward0, np.asarray(data, dtype=x.dtype), (input,), (input,), (p,))


def _mvlgamma_function(input, p, *, out=None):
    return _mvlgamma(input, p, "mvlgamma", 2)


def _multigammaln(fn, name):
    def multigammaln(input, p, *, out=None):
        return _mvlgamma(input, p, "special_multigammaln", 2)

    return multigammaln


@op("mvlgamma", inplace="mvlgamma_", function=_mvlgamma_function, special={"multigammaln": _multigammaln})
def mvlgamma(input, p):
    """Tensor.mvlgamma(p): log of the multivariate gamma function of dimension p."""
    return _mvlgamma(input, p, "mvlgamma", 1)


# ----------------------------------------------------------------------------- igamma, igammac
class IgammaBackward0(Node):
    """P(a, x) regularized lower incomplete gamma: d/dx = x^(a-1) e^-x / Γ(a); no derivative in a"""

    rule = "grad_other = grad * exp((self - 1) * log(other) - other - lgamma(self));  none in self (PyTorch raises)"

    __slots__ = ()
    tensor_fields = ("other", "self")
    sign = 1
    name_in_error = "igamma"
    forward_ad_refused = "igamma"  # PyTorch has no forward formula for it

    def backward(self, grad, x, a):
        if self.needs(0):
            raise NotImplementedError(f"the derivative for '{self.name_in_error}: input' is not implemented.")
        xp = self.xp
        density = xp.exp(xp.minus(a, 1) * xp.log(x) - x - xp.lgamma(a))
        return None, (grad if self.sign > 0 else -grad) * density


class IgammacBackward0(IgammaBackward0):
    """Q(a, x) = 1 - P(a, x): d/dx = -x^(a-1) e^-x / Γ(a); no derivative in a"""

    rule = "grad_other = -grad * exp((self - 1) * log(other) - other - lgamma(self));  none in self (PyTorch raises)"

    __slots__ = ()
    sign = -1
    name_in_error = "igammac"
    forward_ad_refused = "igammac"


def _incomplete_gamma(node_cls, compute, name):
    def fn(input, other, *, out=None, _position=2):
        input = to_tensor(input)
        require_tensor(other, name, "other", _position)  # x.igamma(y): y is argument 1
        a, b, av, bv = binary_operands(input, other)
        av, bv = np.asarray(av), np.asarray(bv)
        if av.dtype.kind != "f":
            raise NotImplementedError(f'"{name}_cpu" not implemented for \'{_LEGACY.get(av.dtype.name, av.dtype.name)}\'')
        return record(node_cls, compute(av, bv), (a, b), (b, a))

    fn.__name__ = fn.__qualname__ = name
    return fn


_LEGACY = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}

def _as_method(fn, name):
    def method(self, other):
        return fn(self, other, _position=1)

    method.__name__ = method.__qualname__ = name
    return method


# (the in-place igamma_ and igammac_ are not provided: PyTorch has them)
igamma = op("igamma", method_as=_as_method, special={"gammainc": other_tensor})(
    _incomplete_gamma(IgammaBackward0, _special_arrays.igamma, "igamma"))
igammac = op("igammac", method_as=_as_method, special={"gammaincc": other_tensor})(
    _incomplete_gamma(IgammacBackward0, _special_arrays.igammac, "igammac"))


# ----------------------------------------------------------------------------- zeta
class SpecialZetaBackward0(Node):
    """zeta(x, q): d/dq = -x zeta(x + 1, q); PyTorch has no derivative in x"""

    rule = "grad_other = grad * -self * zeta(self + 1, other);  no derivative in self (PyTorch raises)"

    __slots__ = ()
    forward_ad_refused = "special_zeta"  # PyTorch has no forward formula for zeta
    tensor_fields = ("self", "other")

    def backward(self, grad, x, q):
        if self.needs(0):
            raise NotImplementedError("the derivative for 'zeta' is not implemented.")
        xp = self.xp
        return None, grad * -x * xp.zeta(xp.plus(x, 1.0), q)


class SpecialZetaBackward1(Node):
    """zeta(number x, q): d/dq = -x zeta(x + 1, q)"""

    rule = "grad_other = grad * -self * zeta(self + 1, other)   (self is a number)"

    __slots__ = ()
    forward_ad_refused = "special_zeta"  # PyTorch has no forward formula for zeta
    tensor_fields = ("other",)
    attr_fields = ("self",)

    def backward(self, grad, q):
        s = self._attrs[0]
        return (self.xp.times(grad, -s) * self.xp.zeta(s + 1.0, q),)


class SpecialZetaBackward2(Node):
    """zeta(x, number q): PyTorch has no derivative in x"""

    rule = "no derivative in self (PyTorch raises)"

    __slots__ = ()
    forward_ad_refused = "special_zeta"  # PyTorch has no forward formula for zeta

    def backward(self, grad):
        raise NotImplementedError("the derivative for 'zeta' is not implemented.")


@op("special_zeta", function=False, method=False, special=("zeta",))
def special_zeta(input, other, *, out=None):
    if is_scalar(input) and isinstance(other, Tensor):
        q = _float_data(other)
        return record(SpecialZetaBackward1, _special_arrays.zeta(np.asarray(input, dtype=q.dtype), q), (other,),
                      (other,), (input,))
    input = to_tensor(input)
    if is_scalar(other):
        x = _float_data(input)
        return record(SpecialZetaBackward2, _special_arrays.zeta(x, np.asarray(other, dtype=x.dtype)), (input,))
    a, b, av, bv = binary_operands(input, to_tensor(other))
    av, bv = np.asarray(av), np.asarray(bv)
    if av.dtype.kind != "f":
        av, bv = av.astype(np.float32), bv.astype(np.float32)
    return record(SpecialZetaBackward0, _special_arrays.zeta(av, bv), (a, b), (a, b))


FUNCTIONS, METHODS = tables(__name__)
