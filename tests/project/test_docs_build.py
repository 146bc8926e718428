"""The documentation site builds with warnings as errors (`mkdocs build --strict`), so a broken
link, a missing image, a notebook left out of the nav or a docstring mkdocstrings cannot read
fails the suite. One build per run; the tests below read its output."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from attacks.once import once_per_session

ROOT = Path(__file__).resolve().parents[2]
TUTORIALS = sorted((ROOT / "notebooks" / "tutorials").glob("*.ipynb"))
PAGES = [
    "index.html",
    "getting-started/index.html",
    "tutorials/index.html",
    "START_HERE/index.html",
    "extension/index.html",
    "views/index.html",
    "stepthrough/index.html",
    "instructors/index.html",
    "pytorch-differences/index.html",
    "benchmarks/index.html",
    "reference/viz/index.html",
    "reference/tracing/index.html",
    "reference/widgets/index.html",
    "reference/exercises/index.html",
]
_HREF = re.compile(r'href="([^"#?]*)')
_ANCHOR_HREF = re.compile(r'href="#([^"]+)"')
_ID = re.compile(r'id="([^"]+)"')


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """(site directory, build log); built once per session even when xdist spreads these tests."""

    def build(directory):
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(directory)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
        )
        return {"site": str(directory), "returncode": done.returncode, "stdout": done.stdout,
                "stderr": done.stderr}

    built = once_per_session(tmp_path_factory, "docs-site", build)
    log = built["stdout"] + built["stderr"]
    assert built["returncode"] == 0, f"mkdocs build --strict failed:\n{log}"
    return Path(built["site"]), built["stderr"]


def test_strict_build_has_no_warnings(site):
    _, log = site
    assert "WARNING" not in log, log


@pytest.mark.parametrize("page", PAGES)
def test_key_pages_exist(site, page):
    out, _ = site
    assert (out / page).is_file(), f"{page} missing from the built site"


def test_every_tutorial_notebook_is_rendered_with_its_outputs(site):
    out, _ = site
    assert TUTORIALS, "no tutorial notebooks found"
    for notebook in TUTORIALS:
        page = out / "tutorials" / notebook.stem / "index.html"
        assert page.is_file(), f"{notebook.name} was not rendered"
        html = page.read_text()
        # Saved outputs, not just the code: the tutorials print tensors and draw graphs.
        assert "jp-OutputArea" in html and "tensor(" in html, f"{notebook.name} rendered without outputs"


def test_api_reference_comes_from_docstrings(site):
    out, _ = site
    html = (out / "reference" / "viz" / "index.html").read_text()
    for name in ("autograd_tutor.viz.graph", "autograd_tutor.viz.chain", "autograd_tutor.viz.grads"):
        assert name in html, f"{name} is missing from the API reference"


def test_links_in_rendered_notebooks_lead_somewhere(site):
    """Strict mode checks markdown links only; notebooks link to each other in raw HTML."""
    out, _ = site
    pages = [out / "START_HERE" / "index.html"] + [out / "tutorials" / nb.stem / "index.html" for nb in TUTORIALS]
    for page in pages:
        for href in _HREF.findall(page.read_text()):
            if not href or "://" in href or href.startswith(("mailto:", "data:", "javascript:")):
                continue
            target = (page.parent / href).resolve()
            assert target.is_file() or (target / "index.html").is_file(), f"{page.relative_to(out)}: broken link {href}"


def test_table_of_contents_of_notebooks_points_at_their_headings(site):
    out, _ = site
    for notebook in TUTORIALS:
        html = (out / "tutorials" / notebook.stem / "index.html").read_text()
        ids = set(_ID.findall(html))
        missing = sorted(set(_ANCHOR_HREF.findall(html)) - ids)
        assert not missing, f"{notebook.name}: links to missing anchors {missing}"


# The outputs the pages show are what the code prints today, not text typed once and left.
DOCS = ROOT / "docs"


def _first_example():
    import autograd_tutor as torch

    x = torch.tensor(5.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    y = x * x + z + torch.log(z)
    return {"x": x, "z": z, "y": y}


def test_view_outputs_on_the_pages_are_current():
    from autograd_tutor import viz

    started = (DOCS / "getting-started.md").read_text()
    views = (DOCS / "views.md").read_text()
    names = _first_example()
    home = (DOCS / "index.md").read_text()
    assert f"# {names['y']!s}" in home
    chain = viz.chain(names["y"], names=names).text
    graph = viz.graph(names["y"], names=names).text.split("\n\n")[0]
    before = viz.snapshot_grads(names)
    names["y"].backward()
    assert f"# {names['x'].grad!s} {names['z'].grad!s}" in home
    first_grads = viz.grads(names, before=before).text
    x, z = names["x"], names["z"]  # the same leaves again: their .grad accumulates
    again = {"x": x, "z": z, "y": x * x + z + z.log()}
    before = viz.snapshot_grads(again)
    again["y"].backward()
    accumulated = viz.grads(again, before=before).text
    assert chain in started and chain in views
    assert first_grads in started
    assert accumulated in views
    assert graph in views


def test_pytorch_outputs_on_the_pages_are_current():
    import torch

    import autograd_tutor
    from autograd_tutor import viz

    differences = (DOCS / "pytorch-differences.md").read_text()
    for name, lib in (("PyTorch 2.13:   ", torch), ("autograd_tutor: ", autograd_tutor)):
        lib.manual_seed(0)
        assert f"# {name} {lib.randn(3)}" in differences, name
    a = torch.tensor(2.0, requires_grad=True)
    b = a * a + 1
    chain = viz.chain(b, names={"a": a, "b": b}).text
    shown = chain.rsplit("\n", 1)[0]  # the page leaves out the [i] footnote
    assert shown in (DOCS / "views.md").read_text()


def test_step_through_frames_on_the_page_are_current():
    from autograd_tutor.tracing import record
    from autograd_tutor.widgets import StepThrough

    page = (DOCS / "stepthrough.md").read_text()
    with record() as recording:
        names = _first_example()  # fresh leaves: their AccumulateGrad nodes order the backward steps
        names["y"].backward()
    frames = StepThrough(recording, names=names).frames
    shown = [frame for frame in frames if f"{frame.text.splitlines()[0]}\n" in page]
    assert len(shown) >= 4, "the page shows fewer steps than expected"
    for frame in shown:
        assert frame.text in page, frame.text
