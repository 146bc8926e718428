"""``ExponentialFamily``: distributions whose density is ``exp(<t(x), theta> - F(theta) + k(x))``.

Their entropy (and the KL divergence between two of the same family) follow from the log
normalizer ``F`` and its gradient, computed by autograd itself (a Bregman divergence).
"""
import autograd_tutor as at

from .distribution import Distribution

__all__ = ["ExponentialFamily"]


class ExponentialFamily(Distribution):
    @property
    def _natural_params(self):
        raise NotImplementedError

    def _log_normalizer(self, *natural_params):
        raise NotImplementedError

    @property
    def _mean_carrier_measure(self):
        raise NotImplementedError

    def entropy(self):
        result = -self._mean_carrier_measure
        params = [p.detach().requires_grad_() for p in self._natural_params]
        log_normalizer = self._log_normalizer(*params)
        gradients = at.autograd.grad(log_normalizer.sum(), params, create_graph=True)
        result += log_normalizer
        for p, g in zip(params, gradients):
            result -= (p * g).reshape(self._batch_shape + (-1,)).sum(-1)
        return result
