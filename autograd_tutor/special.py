"""``torch.special``: the special functions. Each is an op declared where it is defined, with
``special=`` naming it here (``@op("sigmoid", special=("expit",))``): the same function, node
and numbers as ``torch.sigmoid``, with PyTorch's keywords and first-argument check for
``torch.special.expit`` (recorded: ``_torch_keywords.SPECIAL``, ``_torch_first_argument.SPECIAL``).
A name PyTorch has here and autograd_tutor does not raises AttributeError saying so."""
from .ops import _torch_first_argument as _first_argument, _torch_keywords as _recorded_keywords
from .ops._keywords import keywords as _keywords
from .ops._registry import special_functions as _special_functions
from .ops._signatures import refusing_non_tensor_first as _refusing_non_tensor_first


def _public():
    found = {}
    rules = getattr(_first_argument, "SPECIAL", {})  # absent while the tables are first recorded
    recorded = getattr(_recorded_keywords, "SPECIAL", {})
    for name, (fn, op_name) in _special_functions().items():
        if name in recorded:
            fn = _keywords(op_name, fn, recorded[name], f"special.{name}")
        if name in rules:
            fn = _refusing_non_tensor_first(fn, rules[name])
        found[name] = fn
    return found


globals().update(_public())
__all__ = sorted(_special_functions())


def __getattr__(name):  # only for a name not found: PyTorch's words, and whether PyTorch has it
    import sys

    from ._missing import missing_attribute

    raise missing_attribute("torch.special", name, sys.modules[__name__])
