"""``torch.bernoulli`` and ``Tensor.bernoulli``: 0/1 draws with the given probabilities,
drawing what PyTorch's CPU kernel draws.

With a tensor of probabilities, each element takes one uniform of the probabilities' dtype (24
bits for float32, 53 for float64) and is 1 where it is below its probability. With a float
``p``, every element is 1 with that probability, from one float64 uniform each (``bernoulli_(p)``).
A draw has no gradient: PyTorch records BernoulliBackward0, whose gradient is zero, and for the
float ``p`` form a node that cannot be differentiated.
"""

from ... import random as _random
from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record
from .._registry import op, tables
from ..inplace.refills import check_probabilities


class BernoulliBackward0(Node):
    """bernoulli(p): a 0/1 draw does not change smoothly with p, so its gradient is zero"""

    rule = "bernoulli(p): a 0/1 draw does not change smoothly with p, so its gradient is zero"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad),)


class BernoulliScalarBackward(Node):
    """PyTorch records bernoulli(input, p) with a node that cannot be differentiated."""

    rule = "no rule: bernoulli(input, p) cannot be differentiated (PyTorch raises)"
    __slots__ = ()

    def name(self):
        return "torch::autograd::NotImplemented"

    def backward(self, grad):
        raise RuntimeError("derivative for aten::bernoulli is not implemented")


BernoulliScalarBackward.__name__ = BernoulliScalarBackward.__qualname__ = "NotImplemented"  # as printed


@op("bernoulli")
def bernoulli(input, p=None, *, generator=None):
    if not isinstance(input, Tensor):
        raise TypeError(f"bernoulli(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    probs = input._data
    if p is not None:
        if isinstance(p, Tensor):
            raise TypeError("bernoulli(): argument 'p' must be float, not Tensor")
        if not 0 <= p <= 1:
            raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={p:g}")
        values = _random.bernoulli_values(probs.shape, p, generator)
        return record(BernoulliScalarBackward, values.astype(probs.dtype), (input,))
    check_probabilities(probs)
    values = _random.bernoulli_tensor_values(probs, generator)
    return record(BernoulliBackward0, values.astype(probs.dtype), (input,))


FUNCTIONS, METHODS = tables(__name__)
