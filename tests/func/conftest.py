"""PyTorch loads its vmap decompositions on the first jacfwd / vmap call of a process, warning
(DeprecationWarning for torch.jit.script) from its own code: load them once here, so a test's
outcome does not depend on which test ran first."""
import warnings

import torch

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    torch.func.jacfwd(torch.sin)(torch.ones(2))
    torch.func.vmap(torch.sin)(torch.ones(2))
