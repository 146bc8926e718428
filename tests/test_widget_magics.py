"""%%stepthrough and %stepthrough EXPR, end to end in an in-process IPython shell."""
import pytest

from autograd_tutor.widgets import StepThrough
from test_notebook_support import run, shell  # noqa: F401 - pytest fixtures

CELL = ("x = torch.tensor([1., 2.], requires_grad=True)\n"
        "w = torch.tensor([3., 4.], requires_grad=True)\n"
        "loss = (x * w).sum()\n"
        "loss.backward()")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.fixture
def library():
    return "import autograd_tutor as torch"


def test_cell_magic_records_the_cell_and_shows_the_widget(shell):
    ran = run(shell, "%%stepthrough\n" + CELL)
    assert ran.result.success
    (bundle,) = ran.displays
    assert WIDGET_VIEW in bundle and "<svg" in bundle["text/html"]
    assert "forward 1/2: MulBackward0" in bundle["text/plain"]
    assert "AccumulateGrad of w" in bundle["text/plain"]  # the notebook's names label the nodes
    ns = shell.user_ns
    assert ns["x"].grad.tolist() == [3.0, 4.0]  # the cell itself ran as usual


def test_line_magic_replays_a_tensor_without_changing_grad(shell):
    run(shell, "x = torch.tensor([1., 2.], requires_grad=True)\ny = (x * x).sum()")
    ran = run(shell, "%stepthrough y")
    widget = ran.result.result
    assert isinstance(widget, StepThrough)
    assert [f.phase for f in widget.frames] == ["forward", "forward", "backward", "backward", "backward"]
    assert shell.user_ns["x"].grad is None
