"""The libraries the views' tests build graphs with: our own tensors and real PyTorch's.

Imported by the other test_viz_* modules (with the example graphs below); it holds no tests itself. The views read both
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


def tutorial_graph(lib):
    """The seeds' running example: y = x + 2, z = y * y * 3, out = z.mean()."""
    x = lib.ones(2, 2, requires_grad=True)
    y = x + 2
    z = y * y * 3
    out = z.mean()
    return x, y, z, out


def seed_004_program(lib):
    """Seed 004's r1/r2/r3 program, without the backward: its variables by name."""
    x = lib.tensor(5, requires_grad=True, dtype=lib.float32)
    z = lib.tensor(3, requires_grad=True, dtype=lib.float32)
    r1 = x * x + z + lib.log(z)
    r2 = r1 + lib.sqrt(x)
    r3 = 100 * r1 + lib.log(r2)
    y = r1 + r2 + r3
    return locals()
