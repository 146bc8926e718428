"""Student versions: solutions replaced, outputs cleared, instructor-only cells removed."""

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from autograd_tutor.app.cli import main
from autograd_tutor.exercises.release import ReleaseError, release_notebook

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks" / "exercises"


def _source_notebook():
    nb = new_notebook()
    solved = new_code_cell(
        "x = 1\n### BEGIN SOLUTION\nanswer = x + 1\n### END SOLUTION\nprint(answer)",
        outputs=[new_output("stream", name="stdout", text="2\n")], execution_count=3,
    )
    function = new_code_cell("def f(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION")
    hidden_tagged = new_code_cell("assert answer == 2", metadata={"tags": ["hidden-test"]})
    instructor = new_markdown_cell("Grading notes", metadata={"tags": ["instructor-only"]})
    hidden_block = new_code_cell("check('e', answer)\n### BEGIN HIDDEN TESTS\nassert f(3) == 6\n### END HIDDEN TESTS")
    prose = new_markdown_cell("Why?\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION")
    nb.cells = [solved, function, hidden_tagged, instructor, hidden_block, prose]
    return nb


def test_solutions_become_stubs_at_the_marker_indentation():
    student = release_notebook(_source_notebook())
    assert student.cells[0].source == "x = 1\n# YOUR CODE HERE\nraise NotImplementedError()\nprint(answer)"
    assert student.cells[1].source == "def f(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()"
    assert student.cells[-1].source == "Why?\nYOUR ANSWER HERE"


def test_outputs_are_cleared_and_hidden_or_instructor_cells_removed():
    source = _source_notebook()
    student = release_notebook(source)
    assert len(student.cells) == 4
    assert all(cell.outputs == [] and cell.execution_count is None for cell in student.cells if cell.cell_type == "code")
    assert student.cells[2].source == "check('e', answer)"
    assert "BEGIN SOLUTION" in source.cells[0].source  # the source notebook is left alone


@pytest.mark.parametrize("source", [
    "### BEGIN SOLUTION\nx = 1",
    "x = 1\n### END SOLUTION",
    "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION",
])
def test_unpaired_markers_are_an_error(source):
    nb = new_notebook(cells=[new_code_cell(source)])
    with pytest.raises(ReleaseError):
        release_notebook(nb)


def test_release_command_on_a_directory_and_on_a_file(tmp_path, capsys):
    assert main(["release", str(NOTEBOOKS), "-o", str(tmp_path / "all")]) == 0
    released = sorted(path.name for path in (tmp_path / "all").glob("*.ipynb"))
    assert released == sorted(path.name for path in NOTEBOOKS.glob("*.ipynb"))
    for path in (tmp_path / "all").glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
        assert "BEGIN SOLUTION" not in code and "raise NotImplementedError()" in code
    single = NOTEBOOKS / "00_warmup.ipynb"
    assert main(["release", str(single), "-o", str(tmp_path / "one")]) == 0
    assert (tmp_path / "one" / "00_warmup.ipynb").exists()


def test_release_command_reports_bad_markers(tmp_path, capsys):
    bad = tmp_path / "bad.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("### BEGIN SOLUTION")]), bad)
    assert main(["release", str(bad), "-o", str(tmp_path / "out")]) == 1
    assert "bad.ipynb" in capsys.readouterr().err
