"""The bundled tutorials, opened in a real JupyterLab before running anything, show their
saved graphs once `autograd-tutor lab` has trusted them (for an untrusted notebook JupyterLab
shows the text fallback, or refuses a saved SVG)."""
import os
import pathlib
import shutil
import subprocess
import sys

import nbformat
import pytest

NOTEBOOKS = pathlib.Path(__file__).resolve().parents[2] / "notebooks"
TUTORIAL = "02_the_tape_and_grad_fn.ipynb"
UNTRUSTED_MESSAGE = "Cannot display an untrusted SVG"


def _trust_as_the_lab_command_does(lab, notebook_dir):
    """Runs `autograd-tutor lab`'s trusting step in a process with the Lab's signature database."""
    code = ("import sys; from autograd_tutor.app.lab import trust_unchanged; "
            "trust_unchanged(sys.argv[1])")
    env = dict(os.environ, JUPYTER_DATA_DIR=str(lab.data_dir))
    subprocess.run([sys.executable, "-c", code, str(notebook_dir)], env=env, check=True)


def _svg_outputs(page):
    page.wait_for_selector(".jp-OutputArea-output")
    return page.evaluate("""() => ({
        svgs: document.querySelectorAll('.jp-OutputArea-output svg g.node').length,
        refused: [...document.querySelectorAll('.jp-OutputArea-output')]
            .filter(o => o.textContent.includes(MESSAGE)).length,
    })""".replace("MESSAGE", repr(UNTRUSTED_MESSAGE)))


@pytest.mark.browser
def test_trusted_tutorial_shows_its_saved_graphs_untrusted_one_does_not(lab, browser, artifacts):
    trusted = lab.root / "bundled"
    shutil.copytree(NOTEBOOKS, trusted, ignore=shutil.ignore_patterns(".source", ".ipynb_checkpoints"))
    _trust_as_the_lab_command_does(lab, trusted)
    # The same tutorial with one metadata change: signatures cover the content, so not trusted.
    untrusted = nbformat.read(str(NOTEBOOKS / "tutorials" / TUTORIAL), as_version=4)
    untrusted.metadata["edited_by_learner"] = True
    nbformat.write(untrusted, str(lab.root / "edited.ipynb"))

    page = lab.open(browser, f"bundled/tutorials/{TUTORIAL}")
    shown = _svg_outputs(page)
    page.screenshot(path=str(artifacts / "tutorial_saved_outputs.png"))
    page.close()
    assert shown["svgs"] > 0 and shown["refused"] == 0, shown

    page = lab.open(browser, "edited.ipynb")
    shown = _svg_outputs(page)
    page.close()
    # The check above can fail: untrusted, Lab falls back to text (or refuses the SVG).
    assert shown["svgs"] == 0, shown
