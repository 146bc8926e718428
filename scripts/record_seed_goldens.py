"""Re-records tests/golden/seeds/*.out by running every tests/seeds case under real PyTorch.

usage: .venv/bin/python scripts/record_seed_goldens.py
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "seeds"
GOLDEN = ROOT / "tests" / "golden" / "seeds"


def main():
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for case in sorted(CASES.glob("*.py")):
        out = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "seed_runner.py"), "torch", str(case)],
            check=True, capture_output=True, text=True,
        ).stdout
        (GOLDEN / f"{case.stem}.out").write_text(out)
        print("recorded", case.stem)


if __name__ == "__main__":
    main()
