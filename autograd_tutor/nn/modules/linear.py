"""``nn.Linear`` (y = x Wᵀ + b, PyTorch's default initialisation) and ``nn.Identity``."""
import math

from ...ops.linalg.matmul import recorded_linear
from .. import functional as F, init
from ._weights import empty_weight_and_bias
from .module import Module


class Identity(Module):
    def __init__(self, *args, **kwargs):
        super().__init__()

    def forward(self, input):
        return input


class Linear(Module):
    """Applies y = x Wᵀ + b. W is (out_features, in_features); both start uniform in
    ±1/sqrt(in_features), as PyTorch's kaiming_uniform_(a=sqrt(5)) gives."""

    __constants__ = ["in_features", "out_features"]

    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        empty_weight_and_bias(self, (out_features, in_features), out_features, bias, device, dtype)
        self.reset_parameters()

    def reset_parameters(self):
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input):
        # ``self.weight`` reaches Module.__getattr__ only after a failed lookup (costly on every
        # call); Module.__setattr__ keeps a registered parameter's name out of __dict__, so a
        # name registered in _parameters is what ``self.<name>`` gives (weight_norm, pruning...
        # take it out of there: those then read the attribute).
        params = self._parameters
        if "weight" in params and "bias" in params:
            weight, bias = params["weight"], params["bias"]
            out = recorded_linear(input, weight, bias)
            return F.linear(input, weight, bias) if out is None else out
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self):
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


class LazyLinear(Linear):
    """A Linear whose ``in_features`` is read from its first input; it then becomes a Linear (the
    weights initialised at that moment, as PyTorch does, so the random numbers match)."""

    cls_to_become = Linear

    def __init__(self, out_features, bias=True, device=None, dtype=None):
        from ..parameter import UninitializedParameter

        # A Linear(0, 0) first, as in PyTorch: a parameter registration hook sees its empty weight.
        super().__init__(0, 0, False)
        self.weight = UninitializedParameter(device=device, dtype=dtype)
        self.out_features = out_features
        if bias:
            self.bias = UninitializedParameter(device=device, dtype=dtype)

    def reset_parameters(self):
        if self.in_features != 0:
            super().reset_parameters()

    def initialize_parameters(self, input):
        import autograd_tutor as torch

        with torch.no_grad():
            self.in_features = input.shape[-1]
            self.weight.materialize((self.out_features, self.in_features))
            if self.bias is not None:
                self.bias.materialize((self.out_features,))
            self.reset_parameters()
        self.__class__ = self.cls_to_become

    def forward(self, input):
        self.initialize_parameters(input)
        return self.forward(input)
