"""`autograd-tutor lab [DIR]` gives a learner copies of the tutorials and exercise copies without
solutions (DIR/practice/), never overwrites their work, and hides the sources' folder from the
lab's file browser when it serves the folder holding them (`make lab` on a checkout)."""
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

from autograd_tutor.app import lab
from autograd_tutor.app.practice import prepare_practice

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


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


def test_a_fresh_folder_gets_the_tutorials_and_practice_but_no_sources(notebooks, tmp_path):
    mine = tmp_path / "mine"
    created = lab.prepare(mine, source=notebooks)
    names = sorted(str(p.relative_to(mine)) for p in created)
    tutorials = sorted(f"tutorials/{p.name}" for p in (notebooks / "tutorials").glob("*.ipynb"))
    practice = sorted(f"practice/{p.name}" for p in (notebooks / "exercises").glob("*.ipynb"))
    assert names == sorted(["START_HERE.ipynb", *tutorials, *practice]) and tutorials and practice
    assert not (mine / "exercises").exists() and not (mine / "tutorials" / ".source").exists()
    assert lab.hidden_options(mine, source=notebooks) == []  # nothing to hide there


def test_a_second_start_replaces_nothing_and_restores_a_deleted_file(notebooks, tmp_path):
    mine = tmp_path / "mine"
    lab.prepare(mine, source=notebooks)
    tutorial = mine / "tutorials" / "01_tensors_and_requires_grad.ipynb"
    nb = nbformat.read(str(tutorial), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("my_note = 1"))
    nbformat.write(nb, str(tutorial))
    (mine / "START_HERE.ipynb").unlink()
    assert [p.name for p in lab.prepare(mine, source=notebooks)] == ["START_HERE.ipynb"]
    assert "my_note = 1" in _code(tutorial)


def test_only_tutorials_still_as_shipped_are_trusted(notebooks, tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))  # a fresh signature database
    mine = tmp_path / "mine"
    lab.prepare(mine, source=notebooks)
    edited = mine / "tutorials" / "02_the_tape_and_grad_fn.ipynb"
    nb = nbformat.read(str(edited), as_version=4)
    nb.metadata["edited_by_learner"] = True
    nbformat.write(nb, str(edited))
    shipped = len(list(mine.glob("tutorials/*.ipynb"))) + 1  # and START_HERE
    assert lab.trust_unchanged(mine, source=notebooks) == shipped - 1
    from nbformat.sign import NotebookNotary

    notary = NotebookNotary()
    assert not notary.check_signature(nbformat.read(str(edited), as_version=4))
    assert notary.check_signature(nbformat.read(str(mine / "START_HERE.ipynb"), as_version=4))


def test_copy_only_prepares_the_folder_and_starts_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))
    monkeypatch.setattr(os, "execvpe", lambda *a: pytest.fail("JupyterLab was started"))
    from autograd_tutor.app.cli import main

    assert main(["lab", str(tmp_path / "hub-home"), "--copy-only"]) == 0
    assert (tmp_path / "hub-home" / "START_HERE.ipynb").is_file()
    assert sorted(p.name for p in (tmp_path / "hub-home" / "practice").glob("*.ipynb"))
    assert "your notebooks are in" in capsys.readouterr().err


def test_an_unwritable_folder_is_a_one_line_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert lab.run(blocker / "notebooks") == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "cannot write the notebooks" in err and "autograd-tutor lab DIR" in err


@pytest.mark.kernel
def test_the_lab_lists_practice_and_hides_the_sources(notebooks, tmp_path):
    port, token = _free_port(), "practice-test"
    lab.prepare(notebooks, source=notebooks)  # `make lab`: the folder holding the sources
    extra = [f"--IdentityProvider.token={token}", "--ServerApp.ip=127.0.0.1",
             *lab.hidden_options(notebooks, source=notebooks)]
    command, env = lab.lab_command(notebooks, port=port, no_browser=True, extra=extra)
    env["JUPYTER_DATA_DIR"] = str(tmp_path / "jupyter-data")
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        names = _listing(f"http://127.0.0.1:{port}/api/contents?token={token}")
        assert {"practice", "tutorials", "START_HERE.ipynb"} <= names and "exercises" not in names
        practice = _listing(f"http://127.0.0.1:{port}/api/contents/practice?token={token}")
        assert practice == {p.name for p in (notebooks / "exercises").glob("*.ipynb")}
        # The news question is answered, so no pop-up covers the first notebook.
        plugin = "@jupyterlab/apputils-extension:notification"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab/api/settings/{plugin}?token={token}", timeout=10) as response:
            defaults = json.load(response)["schema"]["properties"]
        assert defaults["fetchNews"]["default"] == "false" and defaults["checkForUpdates"]["default"] is False
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert os.path.isdir(notebooks / "practice")
