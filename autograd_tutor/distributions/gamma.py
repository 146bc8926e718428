"""``Gamma(concentration, rate)``: positive values (a precision, a waiting time for several events);
``rsample`` is ``_standard_gamma(concentration) / rate``, differentiable in both parameters."""
import autograd_tutor as at

from . import constraints
from .exp_family import ExponentialFamily
from .utils import broadcast_all, is_number

__all__ = ["Gamma"]


class Gamma(ExponentialFamily):
    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True
    _mean_carrier_measure = 0

    def __init__(self, concentration, rate, validate_args=None):
        self.concentration, self.rate = broadcast_all(concentration, rate)
        batch_shape = at.Size() if is_number(concentration) and is_number(rate) else self.concentration.size()
        super().__init__(batch_shape, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        new = self._get_checked_instance(Gamma, _instance)
        batch_shape = at.Size(batch_shape)
        new.concentration = self.concentration.expand(batch_shape)
        new.rate = self.rate.expand(batch_shape)
        super(Gamma, new).__init__(batch_shape, validate_args=False)
        new._validate_args = self._validate_args
        return new

    @property
    def mean(self):
        return self.concentration / self.rate

    @property
    def mode(self):
        return ((self.concentration - 1) / self.rate).clamp(min=0)

    @property
    def variance(self):
        return self.concentration / self.rate.pow(2)

    def rsample(self, sample_shape=at.Size()):
        shape = self._extended_shape(sample_shape)
        value = at._standard_gamma(self.concentration.expand(shape)) / self.rate.expand(shape)
        value.detach().clamp_(min=at.finfo(value.dtype).tiny)  # not recorded: keeps draws above 0
        return value

    def log_prob(self, value):
        value = at.as_tensor(value, dtype=self.rate.dtype)
        if self._validate_args:
            self._validate_sample(value)
        return (at.xlogy(self.concentration, self.rate) + at.xlogy(self.concentration - 1, value)
                - self.rate * value - at.lgamma(self.concentration))

    def entropy(self):
        return (self.concentration - at.log(self.rate) + at.lgamma(self.concentration)
                + (1.0 - self.concentration) * at.digamma(self.concentration))

    def cdf(self, value):
        if self._validate_args:
            self._validate_sample(value)
        return at.special.gammainc(self.concentration, self.rate * value)

    @property
    def _natural_params(self):
        return (self.concentration - 1, -self.rate)

    def _log_normalizer(self, x, y):
        return at.lgamma(x + 1) + (x + 1) * at.log(-y.reciprocal())
