"""The AttributeError for a name autograd_tutor does not have: PyTorch's words, and, when
PyTorch 2.13 has the name, that autograd_tutor does not implement it:
``module 'torch' has no attribute 'fft' (PyTorch has torch.fft; autograd_tutor does not implement it)``.

Only reached once a lookup has failed (a module's ``__getattr__``), so a found name costs
nothing (Tensor has no ``__getattr__``: see tensor.py); PyTorch's names are a recorded table (scripts/record_torch_names.py).
"""

_TABLES = {"torch": "TORCH", "torch.Tensor": "TENSOR", "torch.nn.functional": "FUNCTIONAL",
           "torch.linalg": "LINALG", "torch.special": "SPECIAL", "torch.func": "FUNC",
           "torch.distributions": "DISTRIBUTIONS"}


def pytorch_has(where, name):
    """Whether PyTorch 2.13's ``where`` (``torch``, ``torch.Tensor``...) has the public ``name``."""
    if name.startswith("_"):
        return False
    from . import _pytorch_names

    return name in getattr(_pytorch_names, _TABLES[where])


def missing_attribute(where, name, obj=None):
    """The AttributeError to raise for ``name`` on ``where`` (``obj``: the object looked in, so
    that Python's traceback can still suggest a close name: "Did you mean: 'asin'?")."""
    if where == "torch.Tensor":
        message, shown = f"'Tensor' object has no attribute '{name}'", f"Tensor.{name}"
    else:
        message, shown = f"module '{where}' has no attribute '{name}'", f"{where}.{name}"
    if pytorch_has(where, name):
        message += f" (PyTorch has {shown}; autograd_tutor does not implement it)"
    return AttributeError(message, name=name, obj=obj)
