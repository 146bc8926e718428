"""Hyper-parameters may be Python numbers or 1-element tensors, as in PyTorch."""
from ..tensor import Tensor


def as_scalar(value):
    return value.item() if isinstance(value, Tensor) else value


def check_one_element(value, name):
    if isinstance(value, Tensor) and value.numel() != 1:
        raise ValueError(f"Tensor {name} must be 1-element")
