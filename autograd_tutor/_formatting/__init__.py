"""Tensor reprs identical to PyTorch's, computed from a NumPy array and a dtype name.

``format_tensor(array, "float32", ("requires_grad=True",))`` returns what
``repr(torch.tensor(...))`` prints for the same values. The layout rules follow PyTorch's
``torch/_tensor_str.py``; the print options are set with ``set_printoptions``.
"""
from .elements import FLOAT_NAMES
from .options import get_printoptions, printoptions, set_printoptions
from .tensor_repr import format_scalar_for_format, format_tensor

__all__ = [
    "FLOAT_NAMES",
    "format_scalar_for_format",
    "format_tensor",
    "get_printoptions",
    "printoptions",
    "set_printoptions",
]
