"""dropout: each element zeroed with probability p, the others scaled by 1 / (1 - p).

Recorded as PyTorch records it on the CPU: a multiplication by the random mask (MulBackward0),
drawn as PyTorch's ``bernoulli_(1 - p)`` draws it (one float64 uniform per element).
"""
import numpy as np

from ...tensor import Tensor


def dropout(input, p=0.5, training=True, inplace=False):
    """``p`` is checked (0 <= p <= 1) and ``input`` is a tensor: nn.functional saw to both."""
    if p == 0 or not training or input.numel() == 0:
        return input
    from ...random import bernoulli_values  # the generator's state lives with torch.manual_seed

    data = input._data
    if p == 1:
        mask = Tensor._make(np.zeros((), dtype=data.dtype), False, None)
    else:
        # PyTorch: noise = empty_like(input).bernoulli_(1 - p); noise.div_(1 - p)
        keep = bernoulli_values(data.shape, 1 - p)
        mask = Tensor._make(np.asarray(keep.astype(data.dtype) / data.dtype.type(1 - p)), False, None)
    if inplace:
        return input.mul_(mask)
    return input * mask
