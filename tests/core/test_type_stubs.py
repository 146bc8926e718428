"""The editor stubs (autograd_tutor/__init__.pyi, tensor.pyi) list what is installed at import
time, so ``x.`` completes every Tensor method in JupyterLab."""
import ast
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _listed(stub):
    tree = ast.parse((ROOT / "autograd_tutor" / stub).read_text())
    body = next((n.body for n in tree.body if isinstance(n, ast.ClassDef)), tree.body) if stub == "tensor.pyi" \
        else tree.body
    return {n.name if isinstance(n, ast.FunctionDef) else n.target.id for n in body
            if isinstance(n, (ast.FunctionDef, ast.AnnAssign))}


def test_every_name_in_the_stubs_exists():
    """Names added since the stubs were generated are only reported (re-run
    scripts/generate_stubs.py), so adding an op elsewhere never breaks this test."""
    import autograd_tutor

    for stub, owner in (("tensor.pyi", autograd_tutor.Tensor), ("__init__.pyi", autograd_tutor)):
        listed = _listed(stub) - {"__getattr__"}
        assert not {n for n in listed if not hasattr(owner, n)}, f"{stub} is stale: run scripts/generate_stubs.py"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_stubs.py"), "--check"],
                         capture_output=True, text=True)
    print("\n" + (run.stdout.strip() or "stubs current"))


def test_an_editor_completes_tensor_methods_through_the_stubs():
    jedi = pytest.importorskip("jedi")
    script = jedi.Script("import autograd_tutor as torch\nx = torch.ones(2)\nx.asi", path=str(ROOT / "t.py"))
    assert {"asin", "asin_", "asinh"} <= {c.name for c in script.complete()}
