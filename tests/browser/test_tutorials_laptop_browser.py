"""The tutorials as a learner runs them: each notebook of notebooks/tutorials opened in a real
JupyterLab on a laptop-sized screen (1366x768), Run All, then looked at in the light and the dark
theme. Nothing the extension shows sticks out of the notebook sideways, no view is taller than
the screen, and the views' text stays readable (WCAG AA contrast) in both themes.

Run alone with `pytest tests/browser/test_tutorials_laptop_browser.py -s` to see the figures."""
import pathlib
import shutil

import pytest
from test_learner_views_browser import CONTRAST, MIN_CONTRAST, set_theme

ROOT = pathlib.Path(__file__).resolve().parents[2]
TUTORIALS = sorted((ROOT / "notebooks" / "tutorials").glob("*.ipynb"))
LAPTOP = (1366, 768)

# Per view under a cell: its box, how far its content reaches, and the notebook's own box.
MEASURE = """() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
    const outer = panel.closest('.jp-WindowedPanel-outer') || panel;
    const right = panel.getBoundingClientRect().right;
    const views = [...panel.querySelectorAll('.autograd-tutor-watch, .autograd-tutor-stepthrough')]
        .filter(el => !el.parentElement.closest('.autograd-tutor-watch, .autograd-tutor-stepthrough'))
        .map(el => { const box = el.getBoundingClientRect();
            return {cls: el.className.split(' ')[0], right: box.right, height: box.height,
                    cell: [...panel.querySelectorAll('.jp-CodeCell')].indexOf(el.closest('.jp-CodeCell'))}; });
    return {right, views, sideways: outer.scrollWidth - outer.clientWidth,
            screen: outer.getBoundingClientRect().height};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("path", TUTORIALS, ids=[p.stem for p in TUTORIALS])
def test_a_tutorial_on_a_laptop_screen_in_light_and_dark(lab, browser, artifacts, path):
    shutil.copyfile(path, lab.root / path.name)
    page = lab.open(browser, path.name, viewport=LAPTOP, scale=1)
    try:
        lab.run_all(page)
        page.wait_for_timeout(1000)  # the last widget rendered
        for theme, name, light in (("light", "JupyterLab Light", True), ("dark", "JupyterLab Dark", False)):
            set_theme(page, name, light)
            seen = page.evaluate(MEASURE)
            views = seen["views"]
            contrast = [c for c in page.locator(".jp-NotebookPanel:visible .jp-Notebook").evaluate(
                CONTRAST.replace("root.querySelectorAll('*')",
                                 "root.querySelectorAll('.autograd-tutor-watch *, .autograd-tutor-stepthrough *')"))]
            worst = min(contrast, key=lambda c: c["ratio"]) if contrast else None
            print(path.stem, theme, {"views": len(views), "sideways_px": seen["sideways"],
                                     "tallest_px": max((v["height"] for v in views), default=0),
                                     "notebook_px": seen["screen"], "worst_contrast": worst})
            page.screenshot(path=str(artifacts / f"laptop_{path.stem}_{theme}.png"))
            assert views, "the extension showed nothing under any cell"
            assert seen["sideways"] <= 1, seen
            assert all(v["right"] <= seen["right"] + 1 for v in views), views
            assert all(v["height"] <= seen["screen"] for v in views), (seen["screen"], [v for v in views if v["height"] > seen["screen"]])
            assert worst is None or worst["ratio"] >= MIN_CONTRAST, (theme, worst)
    except Exception:
        page.screenshot(path=str(artifacts / f"laptop_{path.stem}_failure.png"), full_page=True)
        raise
    finally:
        page.close()
