"""``x.new_zeros(...)``, ``x.new_ones``, ``x.new_full``, ``x.new_empty``, ``x.new_tensor``: new
tensors with ``x``'s dtype unless told otherwise (never part of ``x``'s graph)."""
import warnings

import numpy as np

from ... import creation
from .._registry import op, tables


def _dtype(input, dtype):
    return input.dtype if dtype is None else dtype


@op("new_zeros", function=False)
def new_zeros(input, *size, dtype=None, device=None, requires_grad=False):
    return creation.zeros(*size, dtype=_dtype(input, dtype), requires_grad=requires_grad)


@op("new_ones", function=False)
def new_ones(input, *size, dtype=None, device=None, requires_grad=False):
    return creation.ones(*size, dtype=_dtype(input, dtype), requires_grad=requires_grad)


@op("new_empty", function=False)
def new_empty(input, *size, dtype=None, device=None, requires_grad=False):
    return creation.empty(*size, dtype=_dtype(input, dtype), requires_grad=requires_grad)


@op("new_full", function=False)
def new_full(input, size, fill_value, *, dtype=None, device=None, requires_grad=False):
    return creation.full(size, fill_value, dtype=_dtype(input, dtype), requires_grad=requires_grad)


@op("new_tensor", function=False)
def new_tensor(input, data, *, dtype=None, device=None, requires_grad=False):
    from ...tensor import Tensor

    if isinstance(data, Tensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() "
            "or sourceTensor.detach().clone().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).",
            UserWarning,
            stacklevel=2,
        )
        data = np.array(data._data, copy=True)
    return creation.tensor(data, dtype=_dtype(input, dtype), requires_grad=requires_grad)


FUNCTIONS, METHODS = tables(__name__)
