"""The tutorial notebooks: built from their sources, small, linked, and, in real kernels, running
top to bottom, failing only where they mean to, and printing what real PyTorch prints.

The PyTorch side runs the same code cells with `import torch` instead of
`import autograd_tutor as torch` and without the magics, in one kernel shared by all notebooks
(reset between them); each tutorial gets a fresh kernel of its own, as a learner's would.
"""
import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks" / "tutorials").glob("*.ipynb")) + [ROOT / "notebooks" / "START_HERE.ipynb"]
IDS = [path.stem for path in NOTEBOOKS]
RAISES = "raises-exception"
REMOVE_OUTPUT = "remove-output"
TUTOR_IMPORT = "import autograd_tutor as torch"
SIZE_BUDGET = 300_000
_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
_WARNING_PLACE = re.compile(r"^\S+\.py:\d+: ", re.MULTILINE)  # "/tmp/ipykernel_1/2.py:3: UserWarning"
_LINK = re.compile(r"\]\(([^)#\s]+\.ipynb)\)")


def _build_script():
    spec = importlib.util.spec_from_file_location("build_tutorials", ROOT / "scripts" / "build_tutorials.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _tags(cell):
    return set(cell.get("metadata", {}).get("tags", ()))


# ---------------------------------------------------------------------------- without a kernel
def test_there_are_five_tutorials_and_a_start_page():
    assert [p.name for p in NOTEBOOKS[:5]] == sorted(p.name for p in NOTEBOOKS[:5])
    assert len(NOTEBOOKS) == 6 and NOTEBOOKS[-1].exists()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_saved_notebook_is_what_its_source_builds(path):
    build = _build_script()
    (source,) = [s for s in build.sources() if build.target_of(s) == path]
    expected = build.notebook_from_source(source).cells
    saved = nbformat.read(path, as_version=4).cells
    assert [(c.cell_type, c.source, sorted(_tags(c))) for c in saved] == [
        (c.cell_type, c.source, sorted(_tags(c))) for c in expected
    ], f"{path.name} is stale: run .venv/bin/python scripts/build_tutorials.py {source.stem[:2]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_starts_with_the_extension_then_the_import(path):
    first, second = (cell.source for cell in _code_cells(nbformat.read(path, as_version=4))[:2])
    assert first == "%load_ext autograd_tutor"
    assert second.splitlines()[0] == TUTOR_IMPORT


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_saved_notebook_has_its_outputs_and_stays_small(path):
    nb = nbformat.read(path, as_version=4)
    assert path.stat().st_size < SIZE_BUDGET
    for cell in _code_cells(nb):
        if REMOVE_OUTPUT in _tags(cell):
            assert not cell.outputs
        if RAISES in _tags(cell):
            assert [o for o in cell.outputs if o.output_type == "error"], cell.source
    assert any(o.output_type == "display_data" for c in _code_cells(nb) for o in c.outputs), \
        "saved without the extension's views"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_links_to_other_notebooks_resolve(path):
    nb = nbformat.read(path, as_version=4)
    links = [link for cell in nb.cells if cell.cell_type == "markdown" for link in _LINK.findall(cell.source)]
    missing = [link for link in links if not _shipped(path.parent / link)]
    assert not missing


def _shipped(target):
    """A link target exists, or is a practice copy that `autograd-tutor lab` makes from the
    exercise source of the same name (practice/ is made on the learner's machine, not committed)."""
    from autograd_tutor.app.practice import PRACTICE, SOURCES

    target = Path(target).resolve()
    if target.exists():
        return True
    return target.parent.name == PRACTICE and (target.parent.parent / SOURCES / target.name).exists()


# ---------------------------------------------------------------------------- in real kernels
def _as_pytorch(source):
    """The cell's code for real PyTorch, or None when the cell is only magics."""
    lines = source.splitlines()
    if lines and lines[0].startswith("%%stepthrough"):
        lines = lines[1:]  # the cell magic only records; its body is plain code
    if any(line.lstrip().startswith("%") for line in lines):
        return None
    return "\n".join("import torch" if line == TUTOR_IMPORT else line for line in lines)


def _fresh(nb, code_of=lambda source: source):
    """A copy of `nb` without outputs, each code cell's source passed through `code_of`."""
    copy = nbformat.from_dict(nb)
    for cell in _code_cells(copy):
        cell.outputs, cell.execution_count = [], None
        cell.source = code_of(cell.source) or ""
    return copy


def _printed(cell):
    """What a reader compares: stdout, stderr (warnings without their file), results, errors."""
    text = {"stdout": "", "stderr": "", "result": [], "error": None}
    for output in cell.outputs:
        if output.output_type == "stream":
            text[output.name] += output.text
        elif output.output_type == "execute_result":
            text["result"].append(output.data.get("text/plain", ""))
        elif output.output_type == "error":
            text["error"] = f"{output.ename}: {(output.evalue.splitlines() or [''])[0]}"
    text["stderr"] = _WARNING_PLACE.sub("", text["stderr"])
    return {key: _ADDRESS.sub("0x…", value) if isinstance(value, str) else value for key, value in text.items()}


@pytest.fixture(scope="module")
def pytorch_kernel():
    """One kernel with real PyTorch for all notebooks: importing torch is the costly part."""
    from jupyter_client.manager import KernelManager

    manager = KernelManager(kernel_name="python3")
    manager.start_kernel()
    yield manager
    manager.shutdown_kernel(now=True)


def _execute(nb, cwd, kernel=None):
    """Run `nb` in place: in a fresh kernel, or after `%reset -f` in the given one."""
    from nbclient import NotebookClient

    if kernel is not None:
        nb.cells.insert(0, nbformat.v4.new_code_cell("%reset -f"))
    try:
        NotebookClient(nb, km=kernel, kernel_name="python3", timeout=60,
                       resources={"metadata": {"path": str(cwd)}}).execute()
    finally:
        if kernel is not None:
            nb.cells.pop(0)


@pytest.mark.kernel
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_runs_and_prints_what_pytorch_prints(path, pytorch_kernel, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the kernel imports this checkout
    monkeypatch.delenv("AUTOGRAD_TUTOR_WATCH", raising=False)
    saved = nbformat.read(path, as_version=4)
    tutor, pytorch = _fresh(saved), _fresh(saved, _as_pytorch)
    # An error in a cell not tagged raises-exception stops nbclient and fails the test here.
    _execute(tutor, path.parent)
    _execute(pytorch, path.parent, kernel=pytorch_kernel)

    compared = 0
    for saved_cell, ran, reference in zip(_code_cells(saved), _code_cells(tutor), _code_cells(pytorch)):
        if not reference.source:  # magics only: nothing to compare with PyTorch
            continue
        ours, theirs = _printed(ran), _printed(reference)
        if RAISES in _tags(ran):
            assert theirs["error"], f"PyTorch does not raise in:\n{ran.source}"
        assert ours == theirs, f"differs from PyTorch in:\n{ran.source}"
        if REMOVE_OUTPUT not in _tags(saved_cell):
            assert _printed(saved_cell) == ours, f"saved output is stale in:\n{ran.source}"
        compared += 1
    assert compared >= 1
    assert any(o.output_type == "display_data" for c in _code_cells(tutor) for o in c.outputs)
