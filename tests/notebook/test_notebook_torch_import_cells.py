"""Which cells the extension reads as asking for real PyTorch (`import torch` itself) and as
importing torch's modules (for the note when real PyTorch is already loaded)."""
import pytest
from notebook_support import fresh_shell

from autograd_tutor.notebook import torch_imports


def read(source):
    return torch_imports._statements(fresh_shell(), source)


@pytest.mark.parametrize("source, real", [
    ("import torch", True),
    ("import torch as torch", True),
    ("%load_ext autograd_tutor\nimport numpy as np, torch", True),  # magics are read as IPython runs them
    ("try:\n    import torch\nexcept ImportError:\n    import autograd_tutor as torch", True),
    ("import autograd_tutor as torch\nimport torch.nn as nn", False),
    ("import torch.nn", False),  # binds torch to whatever torch is: the alias stays
    ("import torch as real_torch", True),  # beside the alias: to compare with real PyTorch
    ("def real():\n    import torch\n    return torch", False),  # runs later, if ever
    ("import torch (", False),  # not Python: nothing to read
])
def test_a_cell_asks_for_real_pytorch_only_by_importing_torch_itself(source, real):
    assert torch_imports.asks_for_real_torch(read(source)) is real


@pytest.mark.parametrize("source, imports", [
    ("import torch.nn as nn", True),
    ("from torch import nn, optim", True),
    ("from torch.utils.data import DataLoader", True),
    ("if True:\n    import torch.nn.functional as F", True),
    ("import torch", False),
    ("import autograd_tutor.nn as nn", False),
    ("from .torch import x", False),  # a relative import is the learner's own package
])
def test_a_cell_imports_torchs_modules(source, imports):
    assert torch_imports.imports_torch_modules(read(source)) is imports
