"""``torch.autograd``: backward, grad, grad modes, custom Functions and gradcheck."""
from . import grad_mode
from .functional_api import backward, grad
from .grad_mode import enable_grad, is_grad_enabled, no_grad, set_grad_enabled, inference_mode
from .node import Node

__all__ = ["backward", "grad", "no_grad", "enable_grad", "set_grad_enabled", "is_grad_enabled",
           "inference_mode", "Node", "Function", "gradcheck", "gradgradcheck", "Variable"]


def __getattr__(name):
    # Loaded on first use, to keep ``import autograd_tutor`` light.
    if name in ("Function", "FunctionCtx"):
        from . import function

        return getattr(function, name)
    if name in ("gradcheck", "gradgradcheck", "GradcheckError"):
        import importlib

        module = importlib.import_module(".gradcheck", __name__)
        # Importing the submodule binds the name 'gradcheck' to it; PyTorch's name is the function.
        globals()["gradcheck"] = module.gradcheck
        return getattr(module, name)
    if name == "Variable":
        from ..tensor import Tensor

        return Tensor
    if name == "graph":
        from . import graph

        return graph
    raise AttributeError(f"module 'autograd_tutor.autograd' has no attribute '{name}'")
