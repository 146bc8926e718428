"""The package as a user gets it: the wheel (built from the sdist) installed into a fresh venv
outside the checkout. With the `grade` extra: import, `%load_ext` in a real kernel, `grade`, and a
one-line hint from `lab`; then with the `lab` extra: `autograd-tutor lab DIR` serves START_HERE.
Twice: with the latest releases, and with the lowest versions pyproject.toml declares. Once more
under the oldest Python that requires-python admits, where this machine has one."""
import csv
import json
import os
import signal
import socket
import subprocess
import tarfile
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest
import tomllib
import wheel_env
from packaging.version import Version

pytestmark = [pytest.mark.kernel, pytest.mark.xdist_group("installed_wheel")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(sdist, wheel) of the checkout."""
    return wheel_env.build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module", params=["latest", "lowest"])
def installed(request, built, tmp_path_factory):
    """(tmp dir, venv python, sdist, wheel, env, constraints): the wheel[grade] installed."""
    root = tmp_path_factory.mktemp(f"installed-{request.param}")
    constraints = None
    if request.param == "lowest":
        constraints = root / "lowest.txt"
        constraints.write_text("\n".join(wheel_env.floors()) + "\n")
    sdist, wheel = built
    python = wheel_env.create(root / "venv")
    wheel_env.install(python, f"{wheel}[grade]", constraints)
    return root, python, sdist, wheel, wheel_env.clean_env(root / "home"), constraints


def _check_versions(python, constraints, extras):
    """The lowest run has exactly the declared floors; the latest run is at or above them."""
    floors = {n: Version(v) for n, v in (line.split("==") for line in wheel_env.floors(extras))}
    got = {n: Version(v) for n, v in wheel_env.installed_versions(python, floors).items()}
    if constraints is not None:
        assert got == floors
    else:
        assert all(got[n] >= floors[n] for n in floors) and got != floors, got


def test_the_installed_versions_are_the_declared_floors_or_the_latest(installed):
    _, python, _, _, _, constraints = installed
    _check_versions(python, constraints, ("grade",))


def _run(installed, *args, **kwargs):
    root, python, _, _, env, _ = installed
    return subprocess.run(list(args), cwd=root, env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_the_wheel_carries_the_learners_notebooks_and_the_sdist_its_tests(built):
    sdist, wheel = built
    names = zipfile.ZipFile(wheel).namelist()
    notebooks = sorted(n for n in names if n.startswith("autograd_tutor/notebooks/"))
    assert "autograd_tutor/notebooks/START_HERE.ipynb" in notebooks
    assert len([n for n in notebooks if "/tutorials/" in n]) == 5
    assert len([n for n in notebooks if "/exercises/" in n]) >= 5
    assert not [n for n in names if "/.source/" in n or "practice/" in n or "__pycache__" in n]
    assert not [n for n in names if n.startswith(("notebooks/", "tests/"))]  # only the package
    members = tarfile.open(sdist).getnames()
    top = members[0].split("/")[0]
    for needed in ("pyproject.toml", "tests/conftest.py", "tests/browser/labserver.py", "tests/golden",
                   "notebooks/START_HERE.ipynb", "notebooks/tutorials/.source", "Makefile"):
        assert any(m == f"{top}/{needed}" or m.startswith(f"{top}/{needed}/") for m in members), needed


def test_the_wheel_carries_the_type_stubs_and_their_marker(built):
    """Type checkers read an installed package's .pyi stubs only beside a py.typed file (PEP 561)."""
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    stubs = sorted(str(p.relative_to(wheel_env.REPO)) for p in (wheel_env.REPO / "autograd_tutor").rglob("*.pyi"))
    assert stubs and set(stubs) <= names
    assert "autograd_tutor/py.typed" in names


def test_the_wheel_has_the_name_the_docs_give(built):
    """README.md and the docs tell to install this file by name (tests/project/test_install_commands.py)."""
    version = tomllib.loads((wheel_env.REPO / "pyproject.toml").read_text())["project"]["version"]
    assert built[1].name == f"autograd_tutor-{version}-py3-none-any.whl"


def test_the_package_imports_from_the_venv_not_the_checkout(installed):
    _, python, _, _, _, _ = installed
    code = ("import autograd_tutor as torch\n"
            "x = torch.ones(2, requires_grad=True)\n(x * x).sum().backward()\n"
            "print(torch.__file__)\nprint(x.grad)")
    done = _run(installed, str(python), "-c", code, check=True)
    where, grad = done.stdout.splitlines()
    assert Path(where).is_relative_to(python.parent.parent) and "site-packages" in where
    assert grad == "tensor([2., 2.])"


KERNEL_CHECK = """
import json
import nbformat
from nbclient import NotebookClient

nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell(source) for source in (
    "%load_ext autograd_tutor",
    "import autograd_tutor as torch\\nx = torch.ones(2, requires_grad=True)\\ny = (x * 3).sum()",
    "import autograd_tutor; print(autograd_tutor.__file__)",
)]
NotebookClient(nb, kernel_name="python3", timeout=120).execute()
print(json.dumps([cell.outputs for cell in nb.cells]))
"""


def test_load_ext_draws_the_graph_in_a_real_kernel(installed):
    _, python, _, _, _, _ = installed
    done = _run(installed, str(python), "-c", KERNEL_CHECK)
    assert done.returncode == 0, done.stderr[-2000:]
    load, graph, where = json.loads(done.stdout.splitlines()[-1])
    assert not [o for o in load if o["output_type"] == "error"], load
    shown = " ".join(json.dumps(o.get("data", {})) for o in graph)
    assert "<svg" in shown and "MulBackward0" in shown and "SumBackward0" in shown
    assert Path(where[0]["text"].strip()).is_relative_to(python.parent.parent)


def test_load_ext_without_dot_shows_the_text_views_and_how_to_install_it(installed):
    """A learner without graphviz's `dot`: no crash, no picture, the text graph and a one-line hint."""
    root, python, _, _, env, _ = installed
    no_dot = {**env, "PATH": str(python.parent)}  # the venv's programs only
    done = subprocess.run([str(python), "-c", KERNEL_CHECK], cwd=root, env=no_dot, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    load, graph, _ = json.loads(done.stdout.splitlines()[-1])
    assert not [o for o in load + graph if o["output_type"] in ("error", "stream")], load + graph
    shown = " ".join(json.dumps(o.get("data", {})) for o in graph)
    assert "<svg" not in shown and "MulBackward0" in shown and "SumBackward0" in shown
    hint = "graphviz's `dot` program was not found: install it with `apt-get install graphviz`"
    assert [o["data"]["text/plain"].count(hint) for o in graph] == [1]


def test_grade_works_without_jupyterlab_and_lab_says_what_to_install(installed):
    root, python, _, _, _, _ = installed
    site = Path(_run(installed, str(python), "-c", "import autograd_tutor; print(autograd_tutor.__file__)",
                     check=True).stdout.strip()).parent
    source = site / "notebooks" / "exercises" / "00_warmup.ipynb"  # the shipped source, solutions in
    tool = str(python.parent / "autograd-tutor")
    done = _run(installed, tool, "grade", str(source), "--out", str(root / "grades.csv"), "--no-progress")
    assert done.returncode == 0, done.stderr[-2000:]
    rows = list(csv.DictReader((root / "grades.csv").open()))
    assert rows and all(r["status"] == "pass" and r["points"] == r["max_points"] for r in rows), rows
    module = _run(installed, str(python), "-m", "autograd_tutor", "grade", "--help")  # pip's scripts not on PATH
    assert module.returncode == 0 and module.stdout.startswith("usage: autograd-tutor grade"), module.stderr
    lab = _run(installed, tool, "lab", str(root / "mine"))
    assert lab.returncode == 1
    assert lab.stderr.strip() == "autograd-tutor lab needs JupyterLab: pip install 'autograd-tutor[lab]'"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, deadline):
    stop = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read()
        except OSError:
            if time.monotonic() > stop:
                raise
            time.sleep(0.3)


def test_lab_copies_the_notebooks_and_serves_start_here(installed):
    root, python, _, wheel, env, constraints = installed
    wheel_env.install(python, f"{wheel}[lab]", constraints)
    _check_versions(python, constraints, ("notebook", "grade", "lab"))
    folder, port, token = root / "my notebooks", _free_port(), "wheel-test"
    server = subprocess.Popen(
        [str(python.parent / "autograd-tutor"), "lab", str(folder), "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        status, body = _get(f"http://127.0.0.1:{port}/api/contents/START_HERE.ipynb?token={token}", 90)
        notebook = json.loads(body)
        assert status == 200 and notebook["type"] == "notebook" and notebook["content"]["cells"]
        status, page = _get(f"http://127.0.0.1:{port}/lab/tree/START_HERE.ipynb?token={token}", 10)
        assert status == 200 and b"JupyterLab" in page
        _, listing = _get(f"http://127.0.0.1:{port}/api/contents?token={token}", 10)
        assert {e["name"] for e in json.loads(listing)["content"]} == {"START_HERE.ipynb", "tutorials", "practice"}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    assert sorted(p.name for p in (folder / "practice").glob("*.ipynb"))  # the copies stay for next time


@pytest.fixture(scope="module")
def oldest(built, tmp_path_factory):
    """(venv python, env): the wheel[grade] under the oldest Python that requires-python admits."""
    base = wheel_env.oldest_python()
    if base is None:
        pytest.skip("no interpreter of the oldest Python version requires-python admits on this machine")
    root = tmp_path_factory.mktemp("installed-oldest")
    python = wheel_env.create(root / "venv", base)
    wheel_env.install(python, f"{built[1]}[grade]")
    return python, wheel_env.clean_env(root / "home")


# Every module of the package, but those of extras not installed here; and the README's numbers.
IMPORT_ALL = """
import importlib, pkgutil, sys
import autograd_tutor as torch
EXTRAS = {"ipywidgets", "jupyterlab", "jupyter_server", "dask", "distributed", "matplotlib"}
for info in pkgutil.walk_packages(torch.__path__, "autograd_tutor."):
    if info.name.endswith(".__main__"):
        continue  # running it is the command
    try:
        importlib.import_module(info.name)
    except ModuleNotFoundError as error:
        if error.name.split(".")[0] not in EXTRAS:
            print(info.name, repr(error))
    except Exception as error:
        print(info.name, repr(error))
x = torch.tensor(5.0, requires_grad=True)
z = torch.tensor(3.0, requires_grad=True)
y = x * x + z + torch.log(z)
y.backward()
print(sys.version_info[:2], y, x.grad, z.grad)
"""


@pytest.mark.machine_dependent
def test_the_oldest_python_requires_python_admits_runs_the_package(oldest):
    """requires-python says the truth: a newer Python's syntax or standard library in any module
    fails here (the rest of the suite runs on the test venv's Python only)."""
    python, env = oldest
    version = wheel_env.oldest_python_version()
    done = subprocess.run([str(python), "-c", IMPORT_ALL], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [f"{version} tensor(29.0986, grad_fn=<AddBackward0>) tensor(10.) tensor(1.3333)"]
    kernel = subprocess.run([str(python), "-c", KERNEL_CHECK], env=env, capture_output=True, text=True, timeout=300)
    assert kernel.returncode == 0, kernel.stderr[-2000:]
    load, graph, _ = json.loads(kernel.stdout.splitlines()[-1])
    assert not [o for o in load if o["output_type"] == "error"], load
    assert "MulBackward0" in " ".join(json.dumps(o.get("data", {})) for o in graph)
    module = subprocess.run([str(python), "-m", "autograd_tutor", "--help"], env=env, capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout.startswith("usage: autograd-tutor"), module.stderr
