"""The five seed tutorials print exactly what PyTorch 2.13 printed (goldens recorded by
scripts/record_seed_goldens.py), cell by cell."""
import pathlib
import re

import pytest
from seed_runner import run_case

HERE = pathlib.Path(__file__).resolve().parents[1]  # tests/
CASES = sorted((HERE / "seeds").glob("*.py"))


def _cells(text):
    parts = re.split(r"^--- cell (\d+)$", text, flags=re.M)
    return {int(parts[i]): parts[i + 1].strip("\n") for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_seed_prints_what_pytorch_prints(case):
    want = _cells((HERE / "golden" / "seeds" / f"{case.stem}.out").read_text())
    got = _cells(run_case("tutor", case))
    assert list(got) == list(want)
    for i in want:
        assert got[i] == want[i], f"cell {i} differs"


def test_goldens_are_current():
    """The goldens are what real torch prints today (re-record if torch's output changed)."""
    pytest.importorskip("torch")
    for case in CASES:
        recorded = (HERE / "golden" / "seeds" / f"{case.stem}.out").read_text()
        assert run_case("torch", case) == recorded, case.stem
