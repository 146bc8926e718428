"""The editor stubs (autograd_tutor/__init__.pyi, tensor.pyi) list what is installed at import
time, so ``x.`` completes every Tensor method in JupyterLab."""
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_the_stubs_are_current():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_stubs.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_an_editor_completes_tensor_methods_through_the_stubs():
    jedi = pytest.importorskip("jedi")
    script = jedi.Script("import autograd_tutor as torch\nx = torch.ones(2)\nx.asi", path=str(ROOT / "t.py"))
    assert {"asin", "asin_", "asinh"} <= {c.name for c in script.complete()}
