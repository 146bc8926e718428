"""The paths view, the grads table's "why?" and the replay's path counts, in a real JupyterLab."""
import os
import shutil

import pytest
from labserver import wait_kernel_idle, write_notebook
from test_widget_browser import DOCS_IMAGES, go_to, wait_still

SEED = ("x = torch.tensor(5, requires_grad=True, dtype=torch.float32)\n"
        "z = torch.tensor(3, requires_grad=True, dtype=torch.float32)\n"
        "r1 = x * x + z + torch.log(z)\n"
        "r2 = r1 + torch.sqrt(x)\n"
        "r3 = 100 * r1 + torch.log(r2)\n"
        "y = r1 + r2 + r3")
CELLS = [
    "%load_ext autograd_tutor\nimport autograd_tutor as torch",
    SEED,
    "%paths y x",
    "y.backward(retain_graph=True)",
    "%%stepthrough\n" + SEED + "\ny.backward()",
]
THICK = "(svg) => svg.querySelectorAll('path[stroke-width=\"3\"]').length"


@pytest.mark.browser
def test_paths_view_why_link_and_replay_in_jupyterlab(lab, browser, artifacts):
    write_notebook(lab.root / "paths.ipynb", CELLS)
    page = lab.open(browser, "paths.ipynb")
    try:
        lab.run_all(page)
        cells = page.locator(".jp-NotebookPanel:visible .jp-CodeCell")
        view = cells.nth(2).locator(".autograd-tutor-paths")
        view.wait_for(state="visible")
        assert "10 paths from y back to x" in view.inner_text()
        rows = view.locator("tbody tr")
        assert rows.count() == 10
        assert "sum over all 10 paths: 1020.5499" in view.inner_text()
        last = rows.nth(9)
        assert "y ← r3 ← LogBackward0 ← r2 ← SqrtBackward0 ← x" in last.inner_text()
        last.locator("summary").click()
        picture = last.locator("svg")
        picture.wait_for(state="visible")
        assert picture.evaluate(THICK) == 5  # the path's five edges, drawn thick
        rows.nth(0).locator("summary").click()
        rows.nth(0).locator("svg").wait_for(state="visible")
        view.screenshot(path=str(artifacts / "paths_view.png"))

        table = cells.nth(3).locator(".autograd-tutor-grads")
        table.wait_for(state="visible")
        why = table.locator("details.autograd-tutor-why")
        assert why.count() == 2
        why.first.locator("summary").click()
        assert "10 paths from y back to x" in why.first.inner_text()
        table.screenshot(path=str(artifacts / "paths_why.png"))

        widget = page.locator(".autograd-tutor-stepthrough")
        widget.wait_for(state="visible")
        label = widget.locator(".autograd-tutor-stepthrough-label")
        wait_kernel_idle(page)
        for _ in range(3):  # a click still queued may land one more step: go back and settle again
            go_to(page, widget, label, "backward 7/13")
            wait_still(page, label)
            if "backward 7/13" in label.inner_text():
                break
        panel = widget.locator(".autograd-tutor-stepthrough-panel")
        assert "SqrtBackward0" in panel.inner_text()
        assert "x: 2 of its 10 paths from y have arrived" in panel.inner_text()
        assert "still to come: 8 via MulBackward0" in panel.inner_text()
        cells.nth(4).screenshot(path=str(artifacts / "widget_paths.png"))
    except Exception:
        page.screenshot(path=str(artifacts / "paths_failure.png"), full_page=True)
        raise
    finally:
        page.close()
    if os.environ.get("AUTOGRAD_TUTOR_UPDATE_DOCS_IMAGES"):  # set by `make docs-images`
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        for name in ("paths_view.png", "paths_why.png", "widget_paths.png"):
            shutil.copyfile(artifacts / name, DOCS_IMAGES / name)
