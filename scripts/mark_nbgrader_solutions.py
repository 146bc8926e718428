"""Mark the solution cells of the exercise notebooks with nbgrader's cell metadata.

nbgrader refuses a `### BEGIN SOLUTION` region in a cell not marked as a solution cell;
tests/test_nbgrader_interop.py checks that every exercise notebook is marked. Run this after
adding a solution cell:  .venv/bin/python scripts/mark_nbgrader_solutions.py
"""

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograd_tutor.instructor.nbgrader_release import mark_solution_cells  # noqa: E402


def main(paths):
    folders = [ROOT / "notebooks" / "exercises", ROOT / "autograd_tutor" / "notebooks" / "exercises"]
    defaults = [path for folder in folders for path in sorted(folder.glob("*.ipynb"))]
    for path in paths or defaults:
        nb = nbformat.read(path, as_version=4)
        before = nbformat.writes(nb)
        mark_solution_cells(nb)
        if nbformat.writes(nb) != before:
            nbformat.write(nb, path)
            print(f"marked {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
