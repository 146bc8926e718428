"""inf and nan come out silently, as in PyTorch: NumPy's floating-point RuntimeWarnings
("overflow encountered in multiply") are not shown for the package's ops (autograd_tutor/_fp_warnings.py),
while a user's own NumPy code keeps its warnings. Each check runs in a fresh interpreter or
kernel, importing the package as a notebook does (pytest collects tests inside
warnings.catch_warnings, which would drop a filter added by an import made there)."""
import json
import pathlib
import subprocess
import sys

import nbformat
import pytest
from fp_warning_scan import summary

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCAN = ROOT / "tests" / "support" / "fp_warning_scan.py"

EXAMPLE = ("import autograd_tutor as torch\nprint(torch.tensor([1e30]) * torch.tensor([1e30]))\n"
           "print(torch.tensor([0.]).log() * 0)")


def python(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_no_op_warns_where_pytorch_is_silent():
    """Every registered op and torch.nn.functional function, on inf, -inf, nan, +-0, huge, tiny,
    negative and empty float tensors, forward, backward and printed (fp_warning_scan.py)."""
    done = subprocess.run([sys.executable, str(SCAN)], capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["calls"] > 20000  # the scan found the ops and the patterns PyTorch accepts
    assert summary(report["offenders"]) == []


def test_the_reported_example_prints_no_warning():
    done = python(EXAMPLE)
    assert (done.stdout, done.stderr) == ("tensor([inf])\ntensor([nan])\n", "")


def test_users_own_numpy_code_still_warns_and_numpy_error_state_is_untouched():
    done = python("import numpy as np\nbefore = np.geterr()\nimport autograd_tutor as torch\n"
                  "torch.tensor([1e30]) * 1e30\nassert np.geterr() == before, np.geterr()\n"
                  "np.log(np.array(-1.))\nnp.array([1e308]) * 10\nnp.mean(np.array([]))")
    assert done.returncode == 0, done.stderr
    for words in ("invalid value encountered in log", "overflow encountered in multiply", "Mean of empty slice"):
        assert f"RuntimeWarning: {words}" in done.stderr


def test_the_filter_holds_inside_catch_warnings_and_after():
    done = python("import warnings\nimport autograd_tutor as torch\nx = torch.tensor([1e30])\n"
                  "with warnings.catch_warnings():\n    x * x\nx * x\nwith warnings.catch_warnings(record=True) as w:\n"
                  "    x * x\nassert w == [], w")
    assert (done.returncode, done.stderr) == (0, "")


def test_a_filter_of_the_users_own_that_shows_everything_comes_first():
    """The limit docs/pytorch-differences.md states: warnings.simplefilter("always") shows them."""
    done = python("import warnings\nimport autograd_tutor as torch\nwarnings.simplefilter('always')\n"
                  "torch.tensor([1e30]) * torch.tensor([1e30])")
    assert "RuntimeWarning: overflow encountered in multiply" in done.stderr


def test_pytorchs_errors_still_raise():
    done = python("import autograd_tutor as torch\ntry:\n    torch.tensor([1]) // 0\nexcept RuntimeError as e:\n"
                  "    print(e)")
    assert done.stdout == "ZeroDivisionError\n"


@pytest.mark.kernel
def test_no_warning_under_the_cells_in_a_kernel_with_the_extension():
    from nbclient import NotebookClient

    cells = ["%load_ext autograd_tutor", *EXAMPLE.split("\n"), "import numpy as np\nnp.log(np.array(-1.))"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    stderr = [[o.text for o in c.outputs if o.output_type == "stream" and o.name == "stderr"] for c in nb.cells]
    assert stderr[:-1] == [[]] * (len(cells) - 1)
    assert "invalid value encountered in log" in "".join(stderr[-1])  # the user's own NumPy still warns
