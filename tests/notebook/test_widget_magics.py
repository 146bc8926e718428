"""%%stepthrough and %stepthrough EXPR, end to end in an in-process IPython shell."""
import pytest
from IPython.core.error import UsageError
from notebook_support import run, shell  # noqa: F401 - pytest fixtures

from autograd_tutor.viz.defaults import VALUE_LIMIT
from autograd_tutor.widgets import StepThrough

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
    bundle, export = ran.displays  # the widget, then its static copy for exports (see export_copy)
    assert WIDGET_VIEW in bundle and "<svg" in bundle["text/html"]
    assert export[WIDGET_VIEW]["model_id"] == "" and "autograd-tutor-stepthrough-export" in export["text/html"]
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


@pytest.mark.parametrize("setup, expr, words", [
    ("x = torch.tensor([1., 2.], requires_grad=True)", "x", "x is a leaf tensor"),
    ("c = torch.ones(2)", "c", "c does not require grad"),
])
def test_line_magic_on_a_tensor_without_graph_is_a_one_line_usage_error(shell, setup, expr, words):
    run(shell, setup)
    ran = run(shell, f"%stepthrough {expr}")
    assert isinstance(ran.result.error_in_exec, UsageError)
    message = str(ran.result.error_in_exec)
    assert words in message and "\n" not in message
    assert "Traceback" not in ran.stdout and "ValueError" not in ran.stdout


# A tensor with exactly VALUE_LIMIT elements whose values are easy to spot in any view.
SIZED = "x = (torch.arange({n}.) / 8 + 0.0625).requires_grad_()\nloss = (x * x).sum()"
LAST_VALUE = "{:.4f}"


def shows_value(text, n):
    return LAST_VALUE.format((n - 1) / 8 + 0.0625) in text


def test_graph_stepthrough_and_watcher_share_one_value_threshold(shell):
    from autograd_tutor import viz

    n = VALUE_LIMIT
    watched = run(shell, SIZED.format(n=n))
    ns = shell.user_ns
    widget = run(shell, "%stepthrough loss").result.result
    views = {"graph": viz.graph(ns["loss"], names=ns).dot, "watcher": watched.html,
             "StepThrough": StepThrough(ns["loss"], names=ns)._replay.layout.dot,
             "%stepthrough": widget._replay.layout.dot}
    assert {k: shows_value(v, n) for k, v in views.items()} == dict.fromkeys(views, True)
    bigger = run(shell, SIZED.format(n=n + 1))
    widget = run(shell, "%stepthrough loss").result.result
    views = {"graph": viz.graph(ns["loss"], names=ns).dot, "watcher": bigger.html,
             "%stepthrough": widget._replay.layout.dot}
    assert {k: shows_value(v, n + 1) for k, v in views.items()} == dict.fromkeys(views, False)


def test_the_config_option_sets_the_threshold_of_the_magics_widget_too(shell):
    run(shell, "%config AutogradTutor.value_threshold = 2")
    run(shell, SIZED.format(n=3))
    widget = run(shell, "%stepthrough loss").result.result
    assert not shows_value(widget._replay.layout.dot, 3)
    run(shell, "%config AutogradTutor.value_threshold = 3")
    widget = run(shell, "%stepthrough loss").result.result
    assert shows_value(widget._replay.layout.dot, 3)
    cell = run(shell, "%%stepthrough\n" + SIZED.format(n=3) + "\nloss.backward()")
    assert shows_value(cell.displays[0]["text/html"], 3)
