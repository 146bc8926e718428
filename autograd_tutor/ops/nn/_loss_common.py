"""What the loss ops share: PyTorch's reduction enum and the small helpers around it."""
import math

import numpy as np

from ... import _dtypes
from .._cascade_sum import add_up

NONE, MEAN, SUM = 0, 1, 2


def _signed(value):
    return value if value < 2**63 else value - 2**64


def _unsigned(value):
    # PyTorch shows a negative saved integer as an unsigned 64-bit number.
    return value if value >= 0 else value + 2**64


def _legacy(np_dtype):
    return _dtypes.TYPE_NAME.get(np_dtype.name, np_dtype.name)


def _reduce(losses, reduction, count=None):
    if reduction == NONE:
        return losses
    if isinstance(losses, np.ndarray):
        total = add_up(losses, None)  # the last bits of a printed loss as PyTorch's
    else:
        total = losses.sum(dtype=losses.dtype)
    if reduction == SUM:
        return total
    return total / (losses.size if count is None else count)


def _scale_for(reduction, grad, numel):
    """The incoming gradient as it reaches each element (mean spreads it over ``numel``)."""
    return grad / numel if reduction == MEAN else grad


def _numel(x):
    return math.prod(x.shape)  # an array's or a tensor's


def apply_reduction(losses, reduction):
    """A tensor of losses reduced by the enum, with recorded ops (the losses composed of ops)."""
    if reduction == MEAN:
        return losses.mean()
    if reduction == SUM:
        return losses.sum()
    return losses


def reduce_weighted(weighted, reduction, mean):
    """PyTorch's Python reduction of a loss given ``weight=``: ``reduction`` is the string here,
    checked only after the weighted losses are computed; ``mean()`` is that loss's mean."""
    if reduction == "none":
        return weighted
    if reduction == "sum":
        return weighted.sum()
    if reduction == "mean":
        return mean()
    raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")
