"""`jupyter nbconvert --execute --to html` of a notebook with a step-through, with the widget state
saved (nbconvert's default), opened offline in chromium: the static copy is there and its
prev/next controls switch frames with no kernel, no script and no network."""
import os
import subprocess
import sys

import nbformat
import pytest

pytestmark = pytest.mark.browser

CELLS = [
    "%load_ext autograd_tutor",
    "import autograd_tutor as torch",
    "%%stepthrough\nw = torch.tensor([1.0, 2.0], requires_grad=True)\nloss = (w * 3).sum()\nloss.backward()",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nbformat.write(nb, str(root / "steps.ipynb"))
    subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "html", "steps.ipynb"],
                   cwd=root, check=True, capture_output=True, timeout=300)
    return root / "steps.html"


def test_the_html_keeps_the_widget_state_and_the_static_copy(exported):
    html = exported.read_text()
    assert "application/vnd.jupyter.widget-state+json" in html  # the case that used to drop the copy
    assert "autograd-tutor-stepthrough-export" in html and "autograd-tutor-stepthrough-static" in html


def _visible_copy(page):
    copies = page.locator(".autograd-tutor-stepthrough-static:visible")
    assert copies.count() == 1  # one picture, not the copy twice
    return copies.first


def test_frames_switch_offline_without_python(exported, browser, artifacts):
    page = browser.new_page()
    requests = []

    def offline(route):  # everything but the file itself fails, as with no network
        if route.request.url.startswith("file:"):
            return route.continue_()
        requests.append(route.request.url)
        return route.abort()

    page.route("**/*", offline)
    page.goto(exported.as_uri())
    copy = _visible_copy(page)
    status = copy.locator("[class*='-nav'] > span:visible")
    first = status.inner_text()
    assert "step 1/" in first

    def stroke_widths():
        return copy.locator("svg g.node > ellipse, svg g.node > polygon").evaluate_all(
            "els => els.map(e => getComputedStyle(e).strokeWidth)")

    before = stroke_widths()
    status.locator("label", has_text="next").click()
    assert "step 2/" in status.inner_text()
    after = stroke_widths()
    assert before != after  # another node is this step's (thick outline)
    total = int(first.split("step 1/")[1].split()[0])
    for _ in range(total - 2):
        copy.locator("[class*='-nav'] > span:visible label", has_text="next").click()
    last = copy.locator("[class*='-nav'] > span:visible")
    assert f"step {total}/{total}" in last.inner_text() and "backward" in last.inner_text()
    assert last.locator("label", has_text="next").evaluate("e => getComputedStyle(e).pointerEvents") == "none"
    last.locator("label", has_text="first").click()
    assert copy.locator("[class*='-nav'] > span:visible").inner_text() == first
    page.screenshot(path=str(artifacts / "stepthrough_export_offline.png"), full_page=True)
    page.close()
    assert all(not r.startswith("file:") for r in requests)  # only the CDN's widget script was refused


STROKES = """(root) => [...root.querySelectorAll('svg g.node > ellipse, svg g.node > polygon')]
    .map(e => getComputedStyle(e).strokeWidth).join(',')"""


def test_a_saved_widget_reopened_without_running_steps_with_play_and_slider(lab, browser, artifacts):
    """A notebook saved with its widget state (here by nbconvert), opened in JupyterLab and not
    run: the kernel knows no widget, yet Play and the slider step the picture and the panel."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nbformat.write(nb, str(lab.root / "saved_source.ipynb"))
    subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "notebook",
                    "--output", "saved.ipynb", "saved_source.ipynb"], cwd=lab.root, check=True,
                   capture_output=True, timeout=300)
    assert "application/vnd.jupyter.widget-state+json" in (lab.root / "saved.ipynb").read_text()
    # Trusted, as the learner's own saved notebook is (JupyterLab signs what it saves).
    code = ("import sys, nbformat; from nbformat.sign import NotebookNotary; "
            "NotebookNotary().sign(nbformat.read(sys.argv[1], as_version=4))")
    subprocess.run([sys.executable, "-c", code, str(lab.root / "saved.ipynb")], check=True,
                   env={**os.environ, "JUPYTER_DATA_DIR": str(lab.data_dir)})
    page = lab.open(browser, "saved.ipynb")
    try:
        widget = page.locator(".autograd-tutor-stepthrough")
        widget.wait_for(state="visible")
        assert page.locator(".autograd-tutor-stepthrough-export:visible").count() == 0  # Lab hides the copy
        panel = widget.locator(".autograd-tutor-stepthrough-panel")
        assert "forward 1/" in panel.inner_text()
        before = widget.evaluate(STROKES)
        widget.locator(".widget-play button").first.click()  # Play is linked in the browser
        page.wait_for_function("(el) => el.textContent.includes('backward')", arg=panel.element_handle(),
                               timeout=30_000)
        assert widget.evaluate(STROKES) != before  # the picture follows, not only the panel
        page.screenshot(path=str(artifacts / "stepthrough_reopened.png"), full_page=True)
    finally:
        page.close()
