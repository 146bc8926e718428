"""Fixtures for browser tests: a headless Debian chromium and a throwaway JupyterLab.

    @pytest.mark.browser
    def test_something(lab, browser):
        write_notebook(lab.root / "n.ipynb", ["1 + 1"])
        page = lab.open(browser, "n.ipynb")
        lab.run_all(page)

Screenshots go to ``tests/artifacts/`` (``ARTIFACTS``). Missing tools skip the tests, or fail
them under AUTOGRAD_TUTOR_REQUIRE_ALL=1 (see ``needs``).
"""
import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import needs  # noqa: E402
from labserver import CHROMIUM, Lab, launch_chromium  # noqa: E402

ARTIFACTS = pathlib.Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def browser():
    needs.browser_tools(CHROMIUM)  # a skip, or under AUTOGRAD_TUTOR_REQUIRE_ALL=1 a failure
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = launch_chromium(p)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    needs.browser_tools(CHROMIUM)
    root = tmp_path_factory.mktemp("lab") / "root"
    root.mkdir()
    with Lab(root) as server:
        yield server


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
