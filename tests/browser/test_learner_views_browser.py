"""Measured in a real JupyterLab at 1366x900, light and dark theme: the step-through of the
tutorials' largest replay keeps node labels >= 11 px, its panel's text has WCAG AA contrast
(>= 4.5:1), and the views of a 200-layer net stay <= 1,200 px tall by default.

Run alone with `pytest tests/browser/test_learner_views_browser.py -s` to see the figures;
AUTOGRAD_TUTOR_UPDATE_DOCS_IMAGES=1 copies the screenshots into docs/images."""
import os
import pathlib
import re
import shutil

import pytest
from labserver import write_notebook
from test_widget_browser import wait_still

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOCS_IMAGES = ROOT / "docs" / "images"
VIEWPORT = (1366, 900)
MIN_LABEL_PX = 11
MIN_CONTRAST = 4.5
MAX_VIEWS_PX = 1200


def largest_replay():
    """The %%stepthrough cell of tutorial 5 (17 nodes, the tutorials' largest), as it is there."""
    source = (ROOT / "notebooks/tutorials/.source/05_accumulation_and_optimizers.py").read_text()
    cell = re.search(r"^# %%stepthrough\n(.*?)\n\n", source, flags=re.S | re.M).group(1)
    return "%%stepthrough\n" + cell


CELLS = [
    "%load_ext autograd_tutor\nimport autograd_tutor as torch\nfrom autograd_tutor import nn",
    largest_replay(),
    "torch.manual_seed(0)\n"
    "net = nn.Sequential(*[m for _ in range(200) for m in (nn.Linear(4, 4), nn.Tanh())])\n"
    "loss = net(torch.randn(2, 4)).sum()",
    "loss.backward()",
    "%grads",
]

# Size in CSS px of each node's main label (its largest text) and of its smallest text.
LABEL_PX = """(root) => [...root.querySelectorAll('svg g.node')].map(g => {
    const px = [...g.querySelectorAll('text')].map(t =>
        parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize) * t.getScreenCTM().a);
    return px.length ? [g.id, Math.max(...px), Math.min(...px)] : null;
}).filter(Boolean)"""

# WCAG contrast of every visible text outside the picture: its colour (alpha blended) on the
# background actually behind it (ancestors' backgrounds blended down to the page).
CONTRAST = """(root) => {
    const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
        const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
    const blend = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
    const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
    const background = el => { const layers = [];
        for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
            if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
        let bg = [255, 255, 255, 1];
        for (const c of layers.reverse()) bg = blend(c, bg);
        return bg; };
    const out = [];
    for (const el of root.querySelectorAll('*')) {
        if (el.closest('svg') || el.closest('.autograd-tutor-stepthrough-graph')) continue;
        const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ');
        if (!own) continue;
        const style = getComputedStyle(el), box = el.getBoundingClientRect();
        if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
        const bg = background(el), fg = blend(parse(style.color), bg);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        out.push({text: own.slice(0, 40), ratio: (a + 0.05) / (b + 0.05), color: style.color,
                  background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(',') + ')'});
    }
    return out;
}"""


def set_theme(page, name, light):
    """Switches Lab's theme from the command palette, as a learner would."""
    page.keyboard.press("Control+Shift+C")
    search = page.locator(".lm-CommandPalette-input")
    search.wait_for(state="visible")
    search.fill(name)
    page.locator(".lm-CommandPalette-item", has_text=name).first.click()
    page.wait_for_function(f"() => document.body.dataset.jpThemeLight === '{str(light).lower()}'")
    page.wait_for_timeout(1000)  # theme CSS variables applied everywhere


def screenshot(page, locator, path):
    """The whole element: Lab scrolls inside its panel, so a tall output needs a tall window."""
    height = locator.evaluate("el => el.getBoundingClientRect().height")
    page.set_viewport_size({"width": VIEWPORT[0], "height": max(VIEWPORT[1], int(height) + 240)})
    locator.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    locator.screenshot(path=str(path))
    page.set_viewport_size({"width": VIEWPORT[0], "height": VIEWPORT[1]})


def step_to_backward(page, widget):
    label = widget.locator(".autograd-tutor-stepthrough-label")
    for _ in range(40):
        wait_still(page, label, quiet_ms=600)  # decide on a settled label, not one a step behind
        if "backward" in label.inner_text() and "AddBackward0" in widget.locator(
                ".autograd-tutor-stepthrough-panel").inner_text():
            return
        before = label.inner_text()
        widget.locator(".autograd-tutor-next").click()
        page.wait_for_function("([el, old]) => el.innerText !== old", arg=[label.element_handle(), before])
    raise AssertionError(f"no backward step reached: {label.inner_text()!r}")


@pytest.mark.browser
def test_legible_stepthrough_contrast_and_bounded_views_in_light_and_dark(lab, browser, artifacts):
    write_notebook(lab.root / "views.ipynb", CELLS)
    page = lab.open(browser, "views.ipynb", viewport=VIEWPORT, scale=1)
    figures = {}
    try:
        lab.run_all(page)
        cells = page.locator(".jp-NotebookPanel:visible .jp-CodeCell")
        widget = page.locator(".autograd-tutor-stepthrough")
        widget.wait_for(state="visible")
        step_to_backward(page, widget)
        for theme, name, light in (("light", "JupyterLab Light", True), ("dark", "JupyterLab Dark", False)):
            if not light:
                set_theme(page, name, light)
            labels = widget.locator(".autograd-tutor-stepthrough-graph").evaluate(LABEL_PX)
            assert len(labels) >= 14, labels  # every node of the replay is drawn (7 ops, 2 leaves, ...)
            main = min(px for _, px, _ in labels)
            smallest = min(small for _, _, small in labels)
            contrast = widget.evaluate(CONTRAST)
            assert len(contrast) > 10, contrast  # the panel, label and legend were measured
            worst = min(contrast, key=lambda c: c["ratio"])
            heights = [cells.nth(i).locator(".jp-OutputArea").evaluate("el => el.getBoundingClientRect().height")
                       for i in (2, 3, 4)]
            figures[theme] = dict(main_label_px=round(main, 1), smallest_text_px=round(smallest, 1),
                                  worst_contrast=round(worst["ratio"], 2), worst_text=worst,
                                  net_views_px=[round(h) for h in heights])
            print(theme, figures[theme])
            screenshot(page, cells.nth(1), artifacts / f"stepthrough_{theme}.png")
            screenshot(page, cells.nth(3), artifacts / f"large_net_backward_{theme}.png")
            screenshot(page, cells.nth(2).locator(".jp-OutputArea"), artifacts / f"large_net_{theme}.png")
            assert main >= MIN_LABEL_PX, (theme, labels)
            assert worst["ratio"] >= MIN_CONTRAST, (theme, worst)
            assert max(heights) <= MAX_VIEWS_PX, (theme, heights)
            assert all(h > 40 for h in heights), heights  # something was shown under each cell
    except Exception:
        page.screenshot(path=str(artifacts / "learner_views_failure.png"), full_page=True)
        raise
    finally:
        page.close()
    if os.environ.get("AUTOGRAD_TUTOR_UPDATE_DOCS_IMAGES"):
        for theme in ("light", "dark"):
            for stem in ("stepthrough", "large_net", "large_net_backward"):
                shutil.copyfile(artifacts / f"{stem}_{theme}.png", DOCS_IMAGES / f"{stem}_{theme}.png")
