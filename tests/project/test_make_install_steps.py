"""The Makefile's install steps on machines unlike this one: a python3 too old for the package, a
`dot` that came from elsewhere than Debian, no apt-get, no root and no sudo. Each says what to do
in one line instead of failing halfway; programs on PATH are stand-ins, so nothing is installed."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
APT_ENSURE = ROOT / "scripts" / "apt-ensure.sh"


def _program(folder, name, body):
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)
    return path


def _bare_path(folder, *names):
    """A PATH of ``folder`` alone, holding links to the real ``names`` (whatever is not linked,
    apt-get and sudo among them, is not there)."""
    for name in names:
        (folder / name).symlink_to(shutil.which(name))
    return str(folder)


def _apt_stand_ins(folder):
    """dpkg-query saying nothing is installed, and an apt-get that notes its calls in apt.log."""
    _program(folder, "dpkg-query", "exit 1")
    _program(folder, "apt-get", f'echo "apt-get $*" >> {folder / "apt.log"}')
    return folder / "apt.log"


def test_a_too_old_python_is_named_before_a_venv_is_made(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    old = _program(tmp_path, "python3.9", 'case "$1" in --version) echo "Python 3.9.18";; *) exit 1;; esac')
    done = subprocess.run(["make", ".venv/bin/python", f"PY={old}"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode != 0
    assert f"autograd-tutor needs Python 3.10 or newer, and {old} is Python 3.9.18" in done.stderr
    assert "PY=python3.12" in done.stderr
    assert not (tmp_path / ".venv").exists()


def test_a_venv_that_failed_halfway_is_removed_so_the_next_make_retries(tmp_path):
    # Debian's python3 without python3-venv: `-m venv` makes .venv/bin/python, then fails (no ensurepip).
    shutil.copy(ROOT / "Makefile", tmp_path)
    python = _program(tmp_path, "python3", """case "$1" in
    -c) exit 0;;
    --version) echo "Python 3.12.0";;
    -m) mkdir -p "$3/bin" && : > "$3/bin/python"; echo "ensurepip is not available" >&2; exit 1;;
esac""")
    done = subprocess.run(["make", ".venv/bin/python", f"PY={python}"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode != 0 and "ensurepip is not available" in done.stderr
    assert not (tmp_path / ".venv").exists()


def test_the_makefiles_oldest_python_is_pyprojects():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    (minimum,) = re.findall(r"^PY_MIN\s*:=\s*(\S+)", (ROOT / "Makefile").read_text(), re.M)
    assert requires == f">={minimum}"


def test_make_lab_leaves_apt_alone_when_dot_is_on_path(tmp_path):
    log = _apt_stand_ins(tmp_path)
    _program(tmp_path, "dot", "exit 0")
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["make", "-s", "system-lab"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not log.exists()


def test_without_apt_get_the_packages_to_install_are_named(tmp_path):
    _program(tmp_path, "dpkg-query", "exit 1")
    path = _bare_path(tmp_path, "grep", "id")
    done = subprocess.run(["/bin/sh", str(APT_ENSURE), "graphviz"], env={"PATH": path}, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.startswith("apt-get is not available here: install graphviz with your system's package manager")


def test_without_root_or_sudo_the_command_to_run_is_named(tmp_path):
    log = _apt_stand_ins(tmp_path)
    _program(tmp_path, "id", "echo 1000")
    path = _bare_path(tmp_path, "grep")
    done = subprocess.run(["/bin/sh", str(APT_ENSURE), "graphviz", "chromium"], env={"PATH": path},
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == ("installing Debian packages needs root or sudo: "
                                   "run 'apt-get install graphviz chromium' as root, then run make again")
    assert not log.exists()


def test_as_root_the_missing_packages_are_installed(tmp_path):
    log = _apt_stand_ins(tmp_path)
    _program(tmp_path, "id", "echo 0")
    path = _bare_path(tmp_path, "grep")
    done = subprocess.run(["/bin/sh", str(APT_ENSURE), "graphviz"], env={"PATH": path}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert log.read_text().splitlines() == ["apt-get update -qq",
                                            "apt-get install -y -qq --no-install-recommends graphviz"]


def test_make_lab_passes_lab_args_to_jupyterlab():
    done = subprocess.run(["make", "-n", "lab", "LAB_ARGS=--port=8890 --no-browser"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert ".venv/bin/autograd-tutor lab notebooks --port=8890 --no-browser" in done.stdout.splitlines()
