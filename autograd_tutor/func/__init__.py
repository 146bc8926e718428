"""``torch.func``: composable function transforms (grad, vjp, jvp, linearize, jacrev, jacfwd,
hessian, vmap), functional_call and stack_module_state. docs/func.md says what is supported and how vmap
runs; a name PyTorch's torch.func has and this one lacks raises an AttributeError saying so."""
from .batch_norm_replacement import replace_all_batch_norm_modules_
from .functional_call import functional_call, stack_module_state
from .grad import grad, grad_and_value
from .jacobians import hessian, jacfwd, jacrev
from .jvp import jvp
from .linearize import linearize
from .vjp import vjp
from .vmap import vmap

__all__ = ["grad", "grad_and_value", "vmap", "hessian", "jacfwd", "jacrev", "jvp", "linearize", "vjp",
           "functional_call", "stack_module_state", "replace_all_batch_norm_modules_"]


def __getattr__(name):
    from autograd_tutor._missing import missing_attribute

    raise missing_attribute("torch.func", name)
