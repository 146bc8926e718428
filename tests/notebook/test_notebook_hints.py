"""Tutor hints under the autograd errors of the seed tutorials, raised by the real library."""
import pytest
from notebook_support import library, run, shell  # noqa: F401 - pytest fixtures

# (cell that fails as in the seeds, words the hint's fix must contain)
FAILING_CELLS = {
    "second backward": (
        "x = torch.ones(2, requires_grad=True)\ny = (x * x).sum()\ny.backward()\ny.backward()",
        "retain_graph=True",
    ),
    "non-scalar backward": (
        "x = torch.ones(2, requires_grad=True)\ny = x * 2\ny.backward()",
        "y has shape (2,)",
    ),
    "integer requires grad": ("x = torch.tensor(5, requires_grad=True)", "torch.tensor(5.0, requires_grad=True)"),
    "requires_grad_ on a non-leaf": (
        "x = torch.ones(2, requires_grad=True)\nb = x * x\nb.requires_grad_(False)",
        "detach()",
    ),
    "in-place on a saved tensor": (
        "x = torch.ones(2, requires_grad=True)\ny = x * 2\nz = y * y\ny.add_(1)\nz.sum().backward()",
        ".clone()",
    ),
    "backward without grad": ("x = torch.tensor(5.0)\ny = x * x\ny.backward()", "requires_grad=True before"),
    "in-place on a leaf": ("w = torch.ones(2, requires_grad=True)\nw -= 1", "with torch.no_grad():"),
}


@pytest.mark.parametrize("case", sorted(FAILING_CELLS))
def test_a_known_error_keeps_its_traceback_and_gets_one_hint(shell, case):
    cell, fix = FAILING_CELLS[case]
    ran = run(shell, cell)
    error = ran.result.error_in_exec
    assert error is not None
    assert str(error).splitlines()[0] in ran.stdout  # the traceback, untouched, comes first
    assert len(ran.displays) == 1
    assert ran.text.startswith("Hint: ") and fix in ran.text
    assert run(shell, "k = 1 + 1").result.success  # the shell goes on


def test_hints_can_be_turned_off(shell):
    run(shell, "%config AutogradTutor.hints = False")
    cell, _ = FAILING_CELLS["integer requires grad"]
    assert run(shell, cell).displays == []
