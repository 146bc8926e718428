"""``torch.poisson(rates)``: counts drawn as PyTorch's CPU kernel draws them (see
``_mt19937.poisson``). A count has no gradient: PoissonBackward0 gives zeros, as PyTorch's."""
import numpy as np

from ... import random as _random
from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from .._record import record, to_tensor
from .._registry import op, tables


class PoissonBackward0(Node):
    """poisson(rate): a count does not change smoothly with the rate, so its gradient is zero"""

    rule = "poisson(rate): a count does not change smoothly with the rate, so its gradient is zero"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad),)


@op("poisson", method=False)
def poisson(input, generator=None):
    input = to_tensor(input)
    rates = input._data
    if rates.dtype.kind != "f":
        raise NotImplementedError(f'"poisson_cpu" not implemented for \'{TYPE_NAME.get(rates.dtype.name, rates.dtype.name)}\'')
    if rates.size and not (rates >= 0).all():
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
    return record(PoissonBackward0, _random.poisson_values(np.asarray(rates), generator), (input,))


FUNCTIONS, METHODS = tables(__name__)
