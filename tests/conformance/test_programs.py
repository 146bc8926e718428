"""Learner programs beyond the seed tutorials (tests/programs/*.py, cells split by '# %%')
print what PyTorch 2.13 printed (goldens recorded by scripts/record_seed_goldens.py).

Each case runs in its own process with ``import torch`` bound to autograd_tutor, so cases may
``import torch.nn as nn`` or ``from torch import optim`` as learners write. A cell matches when
its text is the same, or the same with every number within rtol 1e-3 / atol 1e-4 (the rule of
the seed conformance check), object addresses aside.
"""
import pathlib
import re

import pytest
from printed_cells import cells as _cells, differing_cells, run as _run

HERE = pathlib.Path(__file__).resolve().parents[1]  # tests/
CASES = sorted((HERE / "programs").glob("*.py"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_program_prints_what_pytorch_prints(case):
    want = _cells((HERE / "golden" / "programs" / f"{case.stem}.out").read_text())
    got = _cells(_run("tutor", case))
    differing = differing_cells(got, want)
    assert not differing, differing


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
