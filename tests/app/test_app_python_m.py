"""`python -m autograd_tutor` is the `autograd-tutor` command (for when pip's scripts folder is not
on PATH): the same help, the same exit statuses; and `--version` says which release is installed."""
import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

import autograd_tutor
from autograd_tutor.app.cli import main


def _python_m(*args):
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "autograd_tutor", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_python_m_prints_the_commands_help(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    done = _python_m("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout == out.getvalue()
    assert "grade" in done.stdout and "lab" in done.stdout


def test_python_m_exits_with_the_commands_status():
    assert _python_m().returncode == 2  # no command: the help, and status 2
    done = _python_m("merge")
    assert done.returncode == 2 and "the following arguments are required: csvs, --out" in done.stderr


def test_version_is_pyprojects():
    version = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]["version"]
    assert autograd_tutor.__version__ == version
    done = _python_m("--version")
    assert done.returncode == 0 and done.stdout == f"autograd-tutor {version}\n", done.stderr
