"""Learner programs beyond the seed tutorials (tests/programs/*.py, cells split by '# %%')
print what PyTorch 2.13 printed (goldens recorded by scripts/record_seed_goldens.py).

Each case runs in its own process with ``import torch`` bound to autograd_tutor, so cases may
``import torch.nn as nn`` or ``from torch import optim`` as learners write. A cell matches when
its text is the same, or the same with every number within rtol 1e-3 / atol 1e-4 (the rule of
the seed conformance check), object addresses aside.
"""
import math
import pathlib
import re
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parents[1]  # tests/
RUNNER = HERE / "support" / "seed_runner.py"
CASES = sorted((HERE / "programs").glob("*.py"))
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf")


def _cells(text):
    parts = re.split(r"^--- cell (\d+)$", text, flags=re.M)
    return {int(parts[i]): "\n".join(l.rstrip() for l in parts[i + 1].strip().splitlines())
            for i in range(1, len(parts) - 1, 2)}


def _close(a, b):
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return False
    for x, y in zip(NUMBER.findall(a), NUMBER.findall(b)):
        fx, fy = float(x), float(y)
        if not (fx == fy or (math.isnan(fx) and math.isnan(fy))
                or math.isclose(fx, fy, rel_tol=1e-3, abs_tol=1e-4)):
            return False
    return True


def _run(impl, *cases):
    proc = subprocess.run([sys.executable, str(RUNNER), impl, *map(str, cases)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_program_prints_what_pytorch_prints(case):
    want = _cells((HERE / "golden" / "programs" / f"{case.stem}.out").read_text())
    got = _cells(_run("tutor", case))
    assert list(got) == list(want)
    differing = [i for i in want if not (got[i] == want[i] or _close(got[i], want[i]))]
    assert not differing, "\n".join(f"cell {i}:\n  want: {want[i]!r}\n  got:  {got[i]!r}" for i in differing)


def test_program_goldens_are_current():
    """The goldens are what real torch prints today (re-record if torch's output changed)."""
    pytest.importorskip("torch")
    if not CASES:
        pytest.skip("no program cases")
    out = _run("torch", *CASES)
    runs = re.split(r"^=== case (.*)$", out, flags=re.M)
    # Each case's text starts after the newline that ends its "=== case" line.
    printed = {pathlib.Path(runs[i]).stem: runs[i + 1][1:] for i in range(1, len(runs) - 1, 2)} if len(CASES) > 1 \
        else {CASES[0].stem: out}
    for case in CASES:
        assert printed[case.stem] == (HERE / "golden" / "programs" / f"{case.stem}.out").read_text(), case.stem
