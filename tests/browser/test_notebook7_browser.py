"""The extension and the widget in Jupyter Notebook 7, driven by chromium: the live graph
appears under a cell, and the step-through widget shows its graph and steps on "next"."""
import needs
import pytest
from labserver import Notebook7, write_notebook

CELLS = [
    "%load_ext autograd_tutor\nimport autograd_tutor as torch",
    "x = torch.tensor(2.0, requires_grad=True)\ny = x ** 3",
    "%%stepthrough\nz = x * x + x\nz.backward()",
]


@pytest.fixture(scope="module")
def notebook7(tmp_path_factory):
    needs.module("notebook")
    root = tmp_path_factory.mktemp("nb7") / "root"
    root.mkdir()
    with Notebook7(root) as server:
        yield server


@pytest.mark.browser
def test_live_graph_and_widget_in_notebook7(notebook7, browser, artifacts):
    write_notebook(notebook7.root / "nb7.ipynb", CELLS)
    page = notebook7.open(browser, "nb7.ipynb")
    notebook7.run_all(page)
    cells = page.locator(".jp-CodeCell")
    # Cell 2: the watcher's graph, drawn by graphviz as inline SVG, names the learner's tensors.
    graph = cells.nth(1).locator(".jp-OutputArea-output svg g.node")
    graph.first.wait_for()
    titles = cells.nth(1).locator(".jp-OutputArea-output svg").first.text_content()
    assert "PowBackward0" in titles and "x" in titles
    # Cell 3: the widget, with its controls; "next" moves the step label on.
    widget = cells.nth(2)
    next_button = widget.get_by_role("button", name="next")
    next_button.wait_for()
    label = widget.locator(".autograd-tutor-stepthrough-label")
    label_before = label.inner_text()
    next_button.click()
    # The kernel moves the label: wait for it (a busy machine takes more than a moment).
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[label.element_handle(), label_before])
    label_after = label.inner_text()
    widget.screenshot(path=str(artifacts / "notebook7_widget.png"))
    assert label_before != label_after
