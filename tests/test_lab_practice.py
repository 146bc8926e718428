"""`autograd-tutor lab` gives a learner exercise copies without solutions (notebooks/practice/),
never overwrites their work, and hides the sources' folder from the lab's file browser."""
import argparse
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from autograd_tutor.app import cli
from autograd_tutor.app.practice import prepare_practice

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture
def notebooks(tmp_path):
    root = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns("practice", ".ipynb_checkpoints"))
    return root


def _code(path):
    return "\n".join(c.source for c in nbformat.read(str(path), as_version=4).cells if c.cell_type == "code")


def _solutions(path):
    """The code between each pair of solution markers of a source notebook, block by block."""
    blocks, current = [], None
    for line in _code(path).splitlines():
        if "END SOLUTION" in line:
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
        elif "BEGIN SOLUTION" in line:
            current = []
    return [block for block in blocks if block.strip()]


def test_practice_copies_have_no_solutions(notebooks):
    created = prepare_practice(notebooks)
    sources = sorted((notebooks / "exercises").glob("*.ipynb"))
    assert [p.name for p in created] == [p.name for p in sources] and sources
    for source in sources:
        copy = _code(notebooks / "practice" / source.name)
        assert "raise NotImplementedError()" in copy
        solutions = _solutions(source)
        assert solutions and not [block for block in solutions if block in copy]


def test_a_learners_work_is_never_overwritten(notebooks):
    prepare_practice(notebooks)
    mine = notebooks / "practice" / "00_warmup.ipynb"
    nb = nbformat.read(str(mine), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("my_answer = 42"))
    nbformat.write(nb, str(mine))
    (notebooks / "practice" / "01_grad_basics.ipynb").unlink()  # "start this one again"
    again = prepare_practice(notebooks)
    assert [p.name for p in again] == ["01_grad_basics.ipynb"]
    assert "my_answer = 42" in _code(mine)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listing(url, deadline=60):
    stop = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return {entry["name"] for entry in json.load(response)["content"]}
        except OSError:
            if time.monotonic() > stop:
                raise
            time.sleep(0.3)


@pytest.mark.kernel
def test_the_lab_lists_practice_and_hides_the_sources(notebooks, tmp_path):
    args = argparse.Namespace(notebook_dir=str(notebooks), port=_free_port(), no_browser=True)
    token = "practice-test"
    command, env = cli.lab_command(args, [f"--IdentityProvider.token={token}", "--ServerApp.ip=127.0.0.1"])
    command += cli._practice_options(notebooks)  # what `autograd-tutor lab` adds for the bundled notebooks
    env["JUPYTER_DATA_DIR"] = str(tmp_path / "jupyter-data")
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        names = _listing(f"http://127.0.0.1:{args.port}/api/contents?token={token}")
        assert {"practice", "tutorials", "START_HERE.ipynb"} <= names and "exercises" not in names
        practice = _listing(f"http://127.0.0.1:{args.port}/api/contents/practice?token={token}")
        assert practice == {p.name for p in (notebooks / "exercises").glob("*.ipynb")}
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert os.path.isdir(notebooks / "practice")
