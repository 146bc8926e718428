"""The step-through widget and the live graph in a real JupyterLab, driven by chromium."""
import os
import shutil

import pytest
from labserver import wait_kernel_idle, write_notebook

DOCS_IMAGES = __import__("pathlib").Path(__file__).resolve().parents[2] / "docs" / "images"

CELLS = [
    "%load_ext autograd_tutor\nimport autograd_tutor as torch",
    "x = torch.tensor([1.0, 2.0], requires_grad=True)\n"
    "w = torch.tensor([0.5, 2.0], requires_grad=True)\n"
    "y = x * w + x\n"
    "loss = (y ** 2).sum()",
    "%%stepthrough\n"
    "y = x * w + x\n"
    "loss = (y ** 2).sum()\n"
    "loss.backward()",
]

# Which node the current frame highlights: the one whose outline the frame's CSS thickened.
HIGHLIGHTED = """(root) => {
    const nodes = [...root.querySelectorAll('svg g.node')];
    const hit = nodes.filter(g => {
        const shape = g.querySelector('ellipse, polygon, path');
        return shape && parseFloat(getComputedStyle(shape).strokeWidth) >= 3.5;
    });
    return hit.map(g => g.id);
}"""
LOSS = "38.25"  # the cell's final loss: what forward 1/4 must not give away
# The texts of the picture a learner can see (not inside a fully transparent node).
SHOWN_TEXTS = """(root) => [...root.querySelectorAll('svg text')].filter(t => {
    for (let el = t; el && el !== root; el = el.parentElement) {
        if (parseFloat(getComputedStyle(el).opacity) === 0) return false;
    }
    return getComputedStyle(t).visibility !== 'hidden';
}).map(t => t.textContent)"""
# How many arrowheads of each kind are drawn: forward frames show heads, backward frames tails.
ARROWHEADS = """(root) => {
    const shown = cls => [...root.querySelectorAll('svg g.edge > polygon.' + cls)]
        .filter(p => getComputedStyle(p).visibility === 'visible').length;
    return {edges: root.querySelectorAll('svg g.edge').length,
            head: shown('head-arrow'), tail: shown('tail-arrow')};
}"""


@pytest.mark.browser
def test_stepthrough_in_jupyterlab(lab, browser, artifacts):
    write_notebook(lab.root / "stepthrough.ipynb", CELLS)
    page = lab.open(browser, "stepthrough.ipynb")
    try:
        lab.run_all(page)
        cells = page.locator(".jp-NotebookPanel:visible .jp-CodeCell")
        live = cells.nth(1).locator(".autograd-tutor-watch svg")
        live.wait_for(state="visible")
        widget = page.locator(".autograd-tutor-stepthrough")
        widget.wait_for(state="visible")
        graph = widget.locator(".autograd-tutor-stepthrough-graph svg")
        assert graph.is_visible()
        for control in (".widget-play button", ".autograd-tutor-prev", ".autograd-tutor-next",
                        ".widget-slider", ".autograd-tutor-stepthrough-label"):
            assert widget.locator(control).first.is_visible(), control
        label = widget.locator(".autograd-tutor-stepthrough-label")
        assert "forward 1/4" in label.inner_text()
        first = graph_highlight(widget)
        assert len(first) == 1
        assert not any(LOSS in text for text in in_graph(widget, SHOWN_TEXTS))
        arrows = in_graph(widget, ARROWHEADS)
        assert arrows["edges"] > 0 and arrows["head"] == arrows["edges"] and arrows["tail"] == 0

        widget.locator(".autograd-tutor-next").click()
        page.wait_for_function("(el) => el.textContent.includes('forward 2/4')", arg=label.element_handle())
        second = graph_highlight(widget)
        assert second and second != first
        cells.nth(2).screenshot(path=str(artifacts / "widget_forward.png"))
        cells.nth(1).screenshot(path=str(artifacts / "lab_live_graph.png"))

        widget.locator(".widget-play button").first.click()  # play from here, to the end
        page.wait_for_function("(el) => el.textContent.includes('backward')", arg=label.element_handle(),
                               timeout=30_000)
        played = graph_highlight(widget)
        assert played and played not in (first, second)
        # Stop, not pause: pausing toggles the same button, and a slow machine may land a step
        # after a toggle; stop ends playing for good (it may also rewind, go_to copes).
        widget.locator(".widget-play button").nth(1).click()
        wait_still(page, label)
        go_to(page, widget, label, "backward 3/6")
        wait_still(page, label)
        assert "backward 3/6" in label.inner_text()
        arrows = in_graph(widget, ARROWHEADS)
        assert arrows["tail"] == arrows["edges"] and arrows["head"] == 0  # pointing the way gradients flow
        assert any(LOSS in text for text in in_graph(widget, SHOWN_TEXTS))
        cells.nth(2).screenshot(path=str(artifacts / "widget_backward.png"))
    except Exception:
        page.screenshot(path=str(artifacts / "lab_failure.png"), full_page=True)
        raise
    finally:
        page.close()
    if os.environ.get("AUTOGRAD_TUTOR_UPDATE_DOCS_IMAGES"):  # set by `make docs-images`
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(artifacts / "widget_backward.png", DOCS_IMAGES / "widget.png")
        shutil.copyfile(artifacts / "lab_live_graph.png", DOCS_IMAGES / "live_graph.png")


def graph_highlight(widget):
    return in_graph(widget, HIGHLIGHTED)


def in_graph(widget, script):
    return widget.locator(".autograd-tutor-stepthrough-graph").evaluate(script)


def wait_still(page, label, quiet_ms=1200):
    """Waits until the kernel has handled every widget message and the label stops changing
    (a stopped Play may still land one last step, or rewind)."""
    for _ in range(20):
        wait_kernel_idle(page)
        before = label.inner_text()
        page.wait_for_timeout(quiet_ms)
        if label.inner_text() == before:
            return
    raise AssertionError("the step label never settled")


def go_to(page, widget, label, text):
    """Steps with prev/next until the label reads ``text`` and stays so.

    Each decision is taken on a settled label: a label read while the kernel still has a message
    queued (the stopped Play's rewind, say) is one step behind, and a click decided on it
    overshoots the target by one."""
    for _ in range(30):
        wait_still(page, label, quiet_ms=600)
        current = label.inner_text()
        if text in current:
            return
        button = ".autograd-tutor-prev" if _before(text, current) else ".autograd-tutor-next"
        widget.locator(button).click()
        page.wait_for_function("([el, old]) => el.innerText !== old", arg=[label.element_handle(), current])
    raise AssertionError(f"never reached {text!r}: {label.inner_text()!r}")


def _before(target, current):
    step = lambda s: (0 if s.startswith("forward") else 1, int(s.split()[1].split("/")[0]))  # noqa: E731
    return step(target) < step(current.strip())
