"""``torch.autograd``: backward, grad, grad modes, custom Functions and gradcheck."""
from typing import TYPE_CHECKING

from . import anomaly_mode, grad_mode
from .anomaly_mode import detect_anomaly, set_detect_anomaly
from .functional_api import backward, grad
from .grad_mode import enable_grad, inference_mode, is_grad_enabled, no_grad, set_grad_enabled
from .node import Node

__all__ = ["backward", "grad", "no_grad", "enable_grad", "set_grad_enabled", "is_grad_enabled",
           "inference_mode", "detect_anomaly", "set_detect_anomaly", "Node", "Function", "gradcheck", "gradgradcheck", "Variable"]


def __getattr__(name):
    # Loaded on first use, to keep ``import autograd_tutor`` light.
    if name in ("Function", "FunctionCtx"):
        # Absolute imports: a notebook's ``import torch.autograd`` alias may replace this module's
        # __spec__, and relative imports would then warn (ImportWarning).
        from autograd_tutor.autograd import function

        return getattr(function, name)
    if name in ("gradcheck", "gradgradcheck", "GradcheckError"):
        import importlib

        module = importlib.import_module("autograd_tutor.autograd.gradcheck")
        # Importing the submodule binds the name 'gradcheck' to it; PyTorch's name is the function.
        globals()["gradcheck"] = module.gradcheck
        return getattr(module, name)
    if name == "Variable":
        from autograd_tutor.autograd.variable import Variable

        return Variable
    if name in ("graph", "functional", "function", "profiler", "variable", "forward_ad"):
        import importlib

        return importlib.import_module(f"autograd_tutor.autograd.{name}")
    raise AttributeError(f"module 'autograd_tutor.autograd' has no attribute '{name}'")


if TYPE_CHECKING:  # the lazy names, as type checkers should see them (else `gradcheck` is the submodule)
    from .function import Function, FunctionCtx
    from .gradcheck import GradcheckError, gradcheck, gradgradcheck
