"""Notebooks whose cells nbformat reads with a warning only (no type, a source that is not
text): refused as unreadable, with the cell's number, before any kernel starts."""

import copy
import json

import nbformat
import pytest
from attacks.catalog import _source

from autograd_tutor.exercises.grade.submissions import read_notebook


def _breakers():
    def drop(key):
        return lambda cell: cell.pop(key)

    return {
        "no source": drop("source"),
        "a number as source": lambda cell: cell.update(source=42),
        "no cell type": drop("cell_type"),
    }


@pytest.mark.parametrize("breaker", list(_breakers()))
def test_a_malformed_cell_is_refused_with_its_number(tmp_path, breaker):
    nb = json.loads(nbformat.writes(_source()))
    cell = copy.deepcopy(nb["cells"][2])
    _breakers()[breaker](cell)
    nb["cells"][2] = cell
    path = tmp_path / "x-00_warmup.ipynb"
    path.write_text(json.dumps(nb))
    read, problem = read_notebook(path)
    assert read is None and problem.startswith("the notebook could not be read: cell 3 ")


def test_a_well_formed_notebook_is_read(tmp_path):
    path = tmp_path / "x-00_warmup.ipynb"
    nbformat.write(_source(), path)
    read, problem = read_notebook(path)
    assert problem == "" and len(read.cells) == len(_source().cells)
