"""What a learner sees in a real kernel (nbclient + ipykernel): every write to .grad within one
cell, tracebacks without the library's frames (hint right under), and the graph of an unnamed
tensor backward() ran from, and exercise cells (predict first, check before answering). One notebook runs for all of them (kernels are slow to start)."""
import html
import pathlib
import re

import nbformat
import pytest
import torch
from nbclient import NotebookClient

pytestmark = pytest.mark.kernel

ROOT = pathlib.Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

CELLS = {
    "load": "%load_ext autograd_tutor\nimport autograd_tutor as torch",
    "setup": "weights = torch.ones(4, requires_grad=True)",
    "loop": "for epoch in range(3):\n    (weights * 3).sum().backward()",
    "twice": "x = torch.tensor(2.0, requires_grad=True)\ny = x * 3\ny.backward(retain_graph=True)\ny.backward()",
    "reset": ("w = torch.tensor([1.0, 2.0], requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1)\n"
              "for i in range(3):\n    opt.zero_grad()\n    (w * w).sum().backward()\n    opt.step()"),
    "again": "y2 = (x * x).sum()\ny2.backward()\ny2.backward()",
    "unnamed": "z = torch.tensor([1.0, 2.0], requires_grad=True)\n(z.mean() + z.sum()).backward()",
    "check_early": "from autograd_tutor.exercises import check\ncheck('graph-next-functions', add_graph)",
    "predict": ("# predict\nx4 = torch.tensor(5.0, requires_grad=True)\nz4 = torch.tensor(3.0, requires_grad=True)\n"
                "y4 = x4 * x4 + z4\nadd_graph = ['AddBackward0', ['MulBackward0', 'AccumulateGrad']]"),
    "checked": "check('graph-next-functions', add_graph)",
}


@pytest.fixture(scope="module")
def cells():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS.values()])
    NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    return dict(zip(CELLS, nb.cells))


def texts(cell):
    return "\n".join(o.data.get("text/plain", "") for o in cell.outputs if o.output_type == "display_data")


def htmls(cell):
    return "\n".join(o.data.get("text/html", "") for o in cell.outputs if o.output_type == "display_data")


def values(t):
    """A grad as the note writes it: `[3., 3.]` or `6`."""
    from autograd_tutor.notebook.render import values_text
    return values_text(t.detach().numpy())


def test_three_backward_calls_in_one_cell_are_three_writes_and_accumulate(cells):
    w = torch.ones(4, requires_grad=True)  # PyTorch is the oracle for the values
    seen = []
    for _ in range(3):
        (w * 3).sum().backward()
        seen.append(values(w.grad))
    text = texts(cells["loop"])
    assert f"weights.grad written 3 times: {' -> '.join(seen)} (accumulated)" in text
    assert "weights.grad.zero_() or optimizer.zero_grad()" in text
    assert "accumulated (3 writes)" in text  # the grads table's change column, not "new"


def test_two_backward_calls_on_one_graph_accumulate_too(cells):
    x = torch.tensor(2.0, requires_grad=True)
    y = x * 3
    y.backward(retain_graph=True)
    first = values(x.grad)
    y.backward()
    assert f"x.grad written 2 times: {first} -> {values(x.grad)} (accumulated)" in texts(cells["twice"])


def test_zero_grad_between_steps_is_listed_without_a_warning(cells):
    text = texts(cells["reset"])
    assert "w.grad written" in text and "(zero_grad)" in text
    assert "(accumulated)" not in text and "! " not in text


def test_backward_twice_shows_the_learners_line_the_message_and_the_hint_right_under(cells):
    cell = cells["again"]
    kinds = [o.output_type for o in cell.outputs]
    assert kinds.index("error") == kinds.index("display_data") - 1, kinds  # the hint follows it
    error = next(o for o in cell.outputs if o.output_type == "error")
    shown = ANSI.sub("", "\n".join(error.traceback))
    assert "y2.backward()" in shown
    assert "Trying to backward through the graph a second time" in shown
    assert "autograd_tutor" not in shown and "engine.py" not in shown, shown
    hint = next(o for o in cell.outputs if o.output_type == "display_data")
    assert hint.data["text/plain"].startswith("Hint: backward() frees")


def test_the_unnamed_tensor_backward_ran_from_is_drawn_with_its_expression(cells):
    cell = cells["unnamed"]
    label = "(z.mean() + z.sum())"
    assert f"backward() from {label}" in texts(cell)
    page = htmls(cell)
    assert "<svg" in page and html.escape(label) in page
    assert "AddBackward0" in page  # the root's own node, not only z's part of the graph


def test_check_before_answering_says_so_in_plain_words_without_a_traceback(cells):
    (error,) = [o for o in cells["check_early"].outputs if o.output_type == "error"]
    shown = ANSI.sub("", "\n".join(error.traceback))
    assert shown.startswith("graph-next-functions: `add_graph` has no value yet"), shown
    assert "Traceback" not in shown and "NameError" not in shown


def test_a_predict_cell_hides_the_views_until_the_answer_is_checked(cells):
    predicted = texts(cells["predict"])
    assert "views hidden" in predicted and "AddBackward0" not in predicted
    assert "<svg" not in htmls(cells["predict"])
    checked = cells["checked"]
    assert "public checks passed" in "\n".join(o.data.get("text/plain", "") for o in checked.outputs
                                                if o.output_type == "display_data")
    assert "the views of your prediction cell" in texts(checked)
    assert "<svg" in htmls(checked) and "MulBackward0" in htmls(checked)
