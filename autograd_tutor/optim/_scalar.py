"""Hyper-parameters may be Python numbers or 1-element tensors, as in PyTorch."""
from ..tensor import Tensor


def as_scalar(value):
    return value.item() if isinstance(value, Tensor) else value


def check_not_negative(*named):
    """PyTorch's ``if not 0.0 <= value: raise ValueError(f"Invalid {what}: {value}")`` for each
    ``(what, value)`` in turn (a NaN is refused too)."""
    for what, value in named:
        if not 0.0 <= value:
            raise ValueError(f"Invalid {what}: {value}")


def check_one_element(value, name):
    if isinstance(value, Tensor) and value.numel() != 1:
        raise ValueError(f"Tensor {name} must be 1-element")
