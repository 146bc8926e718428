"""A REINFORCE program and a VAE-style reparameterization program (tests/programs/40x_*.py),
run with real torch and with ``import torch`` bound to autograd_tutor: the printed text must be
identical, every digit (tests/conformance/test_programs.py also checks them against goldens,
to 1e-3)."""
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parents[1]
PROGRAMS = sorted((HERE / "programs").glob("40*_distributions_*.py"))


def _printed(impl, case):
    done = subprocess.run([sys.executable, str(HERE / "support" / "seed_runner.py"), impl, str(case)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("case", PROGRAMS, ids=[c.stem for c in PROGRAMS])
def test_program_prints_exactly_what_pytorch_prints(case):
    want, got = _printed("torch", case), _printed("tutor", case)
    assert "!!" not in want, want  # the programs raise nothing in PyTorch
    assert got == want


def test_both_programs_are_found():
    assert [c.stem for c in PROGRAMS] == ["400_distributions_reinforce", "401_distributions_vae"]
