"""``torch.distributions``: probability distributions with PyTorch's API, numbers and messages.

``Normal``, ``Bernoulli``, ``Categorical``, ``Uniform``, ``Exponential``, ``Gamma``, ``Beta``,
``Dirichlet``, ``Laplace``, ``OneHotCategorical``, ``Poisson``, ``MultivariateNormal``, ``Independent``, their
``sample`` / ``rsample`` (drawing PyTorch's numbers after ``torch.manual_seed``), ``log_prob``,
``entropy``, moments, ``cdf`` / ``icdf``, ``expand``, argument validation, and
``kl_divergence`` / ``register_kl``. See docs/distributions.md for what is supported.
"""
from . import constraints
from .bernoulli import Bernoulli
from .beta import Beta
from .categorical import Categorical
from .dirichlet import Dirichlet
from .distribution import Distribution
from .exp_family import ExponentialFamily
from .exponential import Exponential
from .gamma import Gamma
from .independent import Independent
from .kl import kl_divergence, register_kl
from .laplace import Laplace
from .multivariate_normal import MultivariateNormal
from .normal import Normal
from .one_hot_categorical import OneHotCategorical, OneHotCategoricalStraightThrough
from .poisson import Poisson
from .uniform import Uniform

__all__ = ["Bernoulli", "Beta", "Categorical", "Dirichlet", "Distribution", "Exponential", "ExponentialFamily",
           "Gamma", "Independent", "Laplace", "OneHotCategorical", "OneHotCategoricalStraightThrough", "Poisson",
           "MultivariateNormal", "Normal", "Uniform", "constraints", "kl_divergence", "register_kl"]


def __getattr__(name):  # only for a name not found: PyTorch's words, and whether PyTorch has it
    import sys

    from .._missing import missing_attribute

    raise missing_attribute("torch.distributions", name, sys.modules[__name__])
