"""PyTorch's torch.func tutorials (Jacobians and Hessians, per-sample gradients, model
ensembling; tests/func/tutorials/*.py, cells split by '# %%') print with autograd_tutor what
they print with PyTorch 2.13: each runs in a process of its own under both libraries, with
``import torch`` bound to one, and every cell's printed text is compared (numbers within
rtol 1e-3 / atol 1e-4). The tutorials' own asserts check the transforms against each other."""
import pathlib

import pytest
from printed_cells import cells, differing_cells, run

TUTORIALS = sorted((pathlib.Path(__file__).resolve().parent / "tutorials").glob("*.py"))


@pytest.mark.parametrize("tutorial", TUTORIALS, ids=[t.stem for t in TUTORIALS])
def test_tutorial_prints_what_pytorch_prints(tutorial):
    want = cells(run("torch", tutorial))
    got = cells(run("tutor", tutorial))
    assert not any("!!" in text for text in want.values()), "the tutorial raises or warns with PyTorch"
    differing = differing_cells(got, want)
    assert not differing, differing
