"""Re-records the goldens of the printed-output cases by running them under real PyTorch.

usage: .venv/bin/python scripts/record_seed_goldens.py [seeds|programs|corpus ...]   (default: all)

Cases are tests/<set>/*.py (cells split by '# %%'); goldens go to tests/golden/<set>/*.out.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETS = ("seeds", "programs", "corpus")


def record(case_set):
    golden = ROOT / "tests" / "golden" / case_set
    golden.mkdir(parents=True, exist_ok=True)
    for case in sorted((ROOT / "tests" / case_set).glob("*.py")):
        out = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "support" / "seed_runner.py"), "torch", str(case)],
            check=True, capture_output=True, text=True,
        ).stdout
        (golden / f"{case.stem}.out").write_text(out)
        print("recorded", case_set, case.stem)


def main(sets):
    for case_set in sets or SETS:
        record(case_set)


if __name__ == "__main__":
    main(sys.argv[1:])
