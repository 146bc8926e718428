"""Submissions for the instructor-interop tests: the warm-up exercise notebook with its
solutions in place, some of them changed (a wrong value, a function right only on the
public inputs, an answer that is not plain data)."""

import json
import os
import sys
from pathlib import Path

ROOT = next(folder for folder in Path(__file__).resolve().parents if (folder / "pyproject.toml").is_file())
# The exercise notebooks: in the repository's notebooks/, or inside the package.
EXERCISES = next(
    folder for folder in (ROOT / "notebooks" / "exercises", ROOT / "autograd_tutor" / "notebooks" / "exercises")
    if folder.is_dir()
)
WARMUP = EXERCISES / "00_warmup.ipynb"
BIN = Path(sys.executable).parent

RIGHT = {}
WRONG_VALUE = {"slope_at_2 = 3 * 2**2": "slope_at_2 = 11"}
PUBLIC_ONLY = {"return 2 * x + 3": "return {1.0: 5.0, 0.0: 3.0}.get(x, 0.0)"}
NOT_PLAIN = {"abs_differentiable_at_0 = False": "abs_differentiable_at_0 = object()"}


def submission(path, changes=RIGHT, source=WARMUP):
    """Write the source notebook to `path` with each `old: new` text replaced once."""
    nb = json.loads(Path(source).read_text())
    for old, new in changes.items():
        cells = [cell for cell in nb["cells"] if old in "".join(cell["source"])]
        assert len(cells) == 1, old
        cells[0]["source"] = "".join(cells[0]["source"]).replace(old, new)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb))
    return path


def class_of_three(folder):
    """alice: all right; bob: a wrong value and a public-only function; carol: an answer that cannot be judged."""
    return [
        submission(Path(folder) / "alice" / "00_warmup.ipynb"),
        submission(Path(folder) / "bob" / "00_warmup.ipynb", {**WRONG_VALUE, **PUBLIC_ONLY}),
        submission(Path(folder) / "carol" / "00_warmup.ipynb", NOT_PLAIN),
    ]


def environment():
    """The environment for the command lines: this venv's scripts first (nbgrader runs alembic)."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    return env


def command(name):
    return str(BIN / name)
