"""Fixtures for browser tests: a headless Debian chromium and a throwaway JupyterLab.

    @pytest.mark.browser
    def test_something(lab, browser):
        write_notebook(lab.root / "n.ipynb", ["1 + 1"])
        page = lab.open(browser, "n.ipynb")
        lab.run_all(page)

Screenshots go to ``tests/artifacts/`` (``ARTIFACTS``).
"""
import os
import pathlib
import shutil
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from labserver import CHROMIUM, Lab, launch_chromium  # noqa: E402

ARTIFACTS = pathlib.Path(__file__).resolve().parents[1] / "artifacts"


def _missing():
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if shutil.which("dot") is None:
        return "graphviz's dot is not installed"
    try:
        import playwright.sync_api  # noqa: F401
        import jupyterlab  # noqa: F401
    except ImportError as err:
        return f"{err.name} is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = launch_chromium(p)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    missing = _missing()
    if missing:
        pytest.skip(missing)
    root = tmp_path_factory.mktemp("lab") / "root"
    root.mkdir()
    with Lab(root) as server:
        yield server


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
