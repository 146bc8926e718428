"""Gamma and Dirichlet draws (``torch._standard_gamma``, ``torch._sample_dirichlet``), the numbers
PyTorch's CPU kernels draw (see ``_mt19937.standard_gamma``), and the reparameterized gradient of
a Gamma draw (``torch._standard_gamma_grad``), as ``torch.distributions.Gamma.rsample`` uses them.

A Gamma draw x ~ Gamma(alpha, 1) moves with alpha: ``dx/dalpha = -(dF/dalpha) / f(x)`` (F the CDF,
f the density), which PyTorch approximates piecewise: a series for small x, a saddle point
expansion for large alpha, a rational fit elsewhere. The same pieces are computed here in float64.
The Dirichlet draw's gradient (``torch._dirichlet_grad``) is not implemented.
"""
import math

import numpy as np

from ... import random as _random
from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from .._cascade_sum import add_up
from .._record import record, to_tensor
from .._registry import op, tables


class StandardGammaBackward0(Node):
    """x = _standard_gamma(alpha)  ->  grad_alpha = grad * dx/dalpha (the implicit reparameterization)"""

    rule = "grad_alpha = grad · _standard_gamma_grad(alpha, x)   (x moves with alpha at fixed CDF value)"

    __slots__ = ()
    forward_ad_refused = "_standard_gamma"  # PyTorch has no forward formula for it
    tensor_fields = ("self", "result")

    def backward(self, grad, alpha, result):
        xp = self.xp
        return (grad * xp.recorded(StandardGammaGradBackward0, _gamma_grad, (alpha,), args=(result,)),)


class StandardGammaGradBackward0(Node):
    """PyTorch does not differentiate _standard_gamma_grad: its node's backward raises."""

    rule = "no rule: _standard_gamma_grad cannot be differentiated (PyTorch raises)"
    __slots__ = ()
    forward_ad_refused = "_standard_gamma_grad"  # PyTorch has no forward formula for it

    def backward(self, grad):
        raise NotImplementedError("the derivative for '_standard_gamma_grad' is not implemented.")


class SampleDirichletBackward(Node):
    """PyTorch records _sample_dirichlet with a node that cannot be differentiated."""

    rule = "no rule: _sample_dirichlet cannot be differentiated (PyTorch raises)"
    __slots__ = ()
    forward_ad_refused = "aten::_sample_dirichlet"  # PyTorch has no forward formula for it

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, grad):
        raise RuntimeError("derivative for aten::_sample_dirichlet is not implemented")


SampleDirichletBackward.__name__ = SampleDirichletBackward.__qualname__ = "NotImplemented"  # as printed


def _float_input(name, t):
    if t._data.dtype.kind != "f":
        raise NotImplementedError(f'"{name}" not implemented for \'{TYPE_NAME.get(t._data.dtype.name, t._data.dtype.name)}\'')


@op("_standard_gamma", method=False)
def _standard_gamma(input, generator=None):
    input = to_tensor(input)
    _float_input("gamma_cpu", input)
    data = input._data
    values = _random.standard_gamma_values(data, generator)
    return record(StandardGammaBackward0, values, (input,), (input,), save_result=True)


@op("_sample_dirichlet", method=False)
def _sample_dirichlet(input, generator=None):
    input = to_tensor(input)
    _float_input("dirichlet", input)
    data = input._data
    gamma = _random.dirichlet_gammas(data, generator)
    # normalised in float64 (the sum in PyTorch's order), cast, kept inside [tiny, 1)
    ratio = (gamma / add_up(gamma, (-1,), keepdims=True)).astype(data.dtype) if data.size else data.copy()
    np_dtype = data.dtype.type
    values = np.minimum(np.nextafter(np_dtype(1), np_dtype(0)), np.maximum(np.finfo(np_dtype).tiny, ratio))
    return record(SampleDirichletBackward, values, (input,))


@op("_standard_gamma_grad", method=False)
def _standard_gamma_grad(input, output):
    input, output = to_tensor(input), to_tensor(output)
    return record(StandardGammaGradBackward0, _gamma_grad(input._data, output._data), (input,))  # output: no edge


@op("_dirichlet_grad", method=False)
def _dirichlet_grad(x, alpha, total):
    raise NotImplementedError("torch._dirichlet_grad (the gradient of a Dirichlet or Beta rsample) is not "
                              "implemented in autograd_tutor")


# --------------------------------------------------------------- d(Gamma draw) / d(alpha)

_COEF_UV = ((0.16009398, -0.094634809, 0.025146376, -0.0030648343, 1, 0.32668115, 0.10406089, 0.0014179084),
            (0.53487893, 0.1298071, 0.065735949, -0.0015649758, 0.16639465, 0.020070113, -0.0035938915,
             -0.00058392623),
            (0.040121004, -0.0065914022, -0.0026286047, -0.0013441777, 0.017050642, -0.0021309326, 0.00085092367,
             -1.5247877e-07))
_F = np.float32


def _gamma_grad(alpha, x):
    """Elementwise dx/dalpha of x ~ Gamma(alpha, 1), in float64, cast to alpha's dtype."""
    a = np.broadcast_to(np.asarray(alpha), np.broadcast_shapes(np.shape(alpha), np.shape(x)))
    b = np.broadcast_to(np.asarray(x), a.shape)
    dtype = np.result_type(a.dtype, b.dtype)
    from .._special_arrays import digamma as digamma_values

    out = [_gamma_grad_one(float(ai), float(xi), digamma_values) for ai, xi in zip(a.reshape(-1).tolist(),
                                                                               b.reshape(-1).tolist())]
    return np.array(out, dtype=np.float64).astype(dtype).reshape(a.shape)


def _gamma_grad_one(alpha, x, digamma_values):
    with np.errstate(all="ignore"):
        if x < float(_F(0.8)):  # a Taylor series for small x
            numer, denom = 1.0, alpha
            series1, series2 = numer / denom, numer / (denom * denom)
            for i in range(1, 6):
                numer *= -x / i
                denom += 1
                series1 += numer / denom
                series2 += numer / (denom * denom)
            pow_x_alpha = float(np.power(x, alpha))
            gamma_pdf = float(np.power(x, alpha - 1)) * math.exp(-x)
            gamma_cdf = pow_x_alpha * series1
            log_x = float(np.log(x))
            dig = float(digamma_values(np.array(alpha, np.float64)))
            gamma_cdf_alpha = (log_x - dig) * gamma_cdf - pow_x_alpha * series2
            result = -gamma_cdf_alpha / gamma_pdf if gamma_pdf != 0 else math.copysign(math.inf, -gamma_cdf_alpha)
            return 0.0 if math.isnan(result) else result
        if alpha > 8.0:  # Rice's saddle point expansion for large alpha
            if float(_F(0.9)) * alpha <= x <= float(_F(1.1)) * alpha:
                numer_1 = 1 + 24 * alpha * (1 + 12 * alpha)
                numer_2 = (1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha
                           + alpha * (107 + 3600 * x))
                denom = 1244160 * (alpha * alpha) * (alpha * alpha)
                return numer_1 * numer_2 / denom
            denom = math.sqrt(8 * alpha)
            term2 = denom / (alpha - x)
            term3 = float(np.power(x - alpha - alpha * math.log(x / alpha), -1.5))
            term23 = term2 - term3 if x < alpha else term2 + term3
            term1 = math.log(x / alpha) * term23 - math.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x))
            stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha))
            return -stirling * (x * term1) / denom
        u = float(np.log(x / alpha))  # a bivariate rational approximation elsewhere
        v = float(np.log(alpha))
        coef = [_COEF_UV[0][i] + u * (_COEF_UV[1][i] + u * _COEF_UV[2][i]) for i in range(8)]
        p = coef[0] + v * (coef[1] + v * (coef[2] + v * coef[3]))
        q = coef[4] + v * (coef[5] + v * (coef[6] + v * coef[7]))
        return float(np.exp(p / q))


FUNCTIONS, METHODS = tables(__name__)
