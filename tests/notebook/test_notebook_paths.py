"""%paths OUTPUT LEAF, and the grads table's "why?" that opens a leaf's paths, in a shell."""
import re

import pytest
from IPython.core.error import UsageError
from notebook_support import library, run, shell  # noqa: F401

SEED = ("x = torch.tensor(5, requires_grad=True, dtype=torch.float32)\n"
        "z = torch.tensor(3, requires_grad=True, dtype=torch.float32)\n"
        "r1 = x * x + z + torch.log(z)\nr2 = r1 + torch.sqrt(x)\n"
        "r3 = 100 * r1 + torch.log(r2)\ny = r1 + r2 + r3")


def test_paths_magic_returns_the_view_labelled_with_the_notebook_names(shell):
    run(shell, SEED)
    view = shell.run_line_magic("paths", "y x")
    assert view.count == 10 and view.paths[9].text == "y ← r3 ← LogBackward0 ← r2 ← SqrtBackward0 ← x"
    assert float(view.total) == pytest.approx(1020.5499, abs=1e-4)
    assert shell.run_line_magic("paths", "y z --limit 3").hidden_count == 5
    assert run(shell, "%paths y x").displays == []  # the watcher adds nothing of its own


@pytest.mark.parametrize("line, message", [
    ("y", "usage: %paths OUTPUT LEAF"),
    ("y x --limit", "usage: %paths OUTPUT LEAF"),
    ("x y", "x has no grad_fn"),
    ("y r1", "r1 is not a leaf that requires grad"),
    ("y nope", "NameError"),
])
def test_paths_magic_explains_bad_input_in_one_line(shell, line, message):
    run(shell, SEED)
    with pytest.raises(UsageError, match=message):
        shell.run_line_magic("paths", line)


def test_grads_table_after_backward_links_each_leaf_to_its_paths(shell):
    run(shell, SEED)
    ran = run(shell, "y.backward()")
    html = ran.html
    assert html.count(">why?</summary>") == 2
    why_x = _words(html.split(">why?</summary>")[1])
    assert "10 paths from y back to x" in why_x and "y ← r3 ← LogBackward0 ← r2 ← SqrtBackward0 ← x" in why_x
    assert "retain_graph=True" in why_x  # backward() freed the values the derivatives need


def test_grads_table_why_has_the_numbers_when_the_graph_was_retained(shell):
    run(shell, SEED)
    html = run(shell, "y.backward(retain_graph=True)").html
    why_z = _words(html.split(">why?</summary>")[2])
    assert "8 paths from y back to z" in why_z and "sum over all 8 paths: 136.0426" in why_z


def _words(html):
    return re.sub(r"<[^>]+>", "", html)
