"""The libraries the views' tests build graphs with: our own tensors and real PyTorch's.

Imported by the other test_viz_* modules; it holds no tests itself. The views read both
through the same duck-typed attributes (``grad_fn``, ``next_functions``, ``variable``), so a
test taking ``lib`` checks both, as a learner uses them: ``import autograd_tutor as torch``
first, real ``torch`` later.
"""
import importlib

import pytest
from browser import needs

LIBRARIES = ("autograd_tutor", "torch")


@pytest.fixture(params=LIBRARIES)
def lib(request):
    """The torch-like module a test builds its tensors with."""
    if request.param == "torch":
        return needs.module("torch", "pip install -e '.[test]'")  # fails under make test
    return importlib.import_module(request.param)
