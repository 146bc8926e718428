"""The extension in a real Jupyter kernel (nbclient + ipykernel): the seed tutorials run as
notebooks with it loaded, errors get hints and leave the kernel usable, off/unload silence it,
and the pictures survive `jupyter nbconvert --to html`."""
import pathlib
import re

import nbformat
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

pytestmark = pytest.mark.kernel

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "seeds"  # the repository's own copy of the seed tutorials
LOAD = "%load_ext autograd_tutor.notebook\nimport autograd_tutor as torch"

# What shows under each cell of each seed tutorial: graph (SVG picture), chain, grads (table
# with before/after), accumulated (the warning), hint (under a known error), error (traceback).
# A cell that changes no autograd state shows nothing.
GRAPH, CHAIN, GRADS = {"graph"}, {"graph", "chain"}, {"graph", "chain", "grads"}
ERROR_HINT = {"error", "hint"}
EXPECTED = {
    "000_autograd_tape": [
        GRAPH, CHAIN, ERROR_HINT, GRADS, ERROR_HINT, set(), GRADS, GRADS, ERROR_HINT,
        GRADS | {"accumulated"},
        {"error"},  # a gradient of the wrong shape: PyTorch's message says it all, no hint
    ],
    "001_autograd_tutorial": [
        GRAPH, CHAIN, set(), CHAIN, CHAIN, set(), set(), GRAPH, CHAIN, set(), GRADS, set(),
        CHAIN, set(), GRADS, set(), set(), set(), set(), set(), set(), set(), set(),
    ],
    "002_gradients": [CHAIN, GRADS, GRAPH, CHAIN, GRADS, set(), set(), set()],
    "003_prevent_tracking": [
        GRAPH, CHAIN, GRADS, GRADS, GRADS, GRADS, set(), GRAPH, GRAPH,
        GRADS | {"accumulated"},  # two backward() calls in one loop add up: said in that cell
        GRADS,
        CHAIN,  # `(weights ** 2).sum().backward()`: the unnamed root is drawn, with its chain
        set(),  # the last r does not require grad: no autograd state to show
    ],
    "004_simple_grads": [
        GRAPH, set(), CHAIN,
        {"hint"},  # y.grad of a non-leaf: PyTorch warns, the hint says why in plain words
        GRADS, ERROR_HINT, ERROR_HINT, GRAPH, GRADS, GRADS,
        {"hint"},  # r1.grad, r2.grad, r3.grad: the same
        set(), GRADS, set(),
    ],
}


def execute(cells, timeout=120):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    return nb


def displays(cell):
    return [o.data for o in cell.outputs if o.output_type == "display_data"]


def shown(cell):
    """The kinds of output under a cell (see EXPECTED); a watcher failure fails the test."""
    kinds = {"error"} if any(o.output_type == "error" for o in cell.outputs) else set()
    for data in displays(cell):
        html, text = data.get("text/html", ""), data.get("text/plain", "")
        assert "could not show" not in text, text
        kinds |= {kind for kind, mark in (
            ("graph", "<svg"), ("chain", "autograd-tutor-chain"), ("grads", "autograd-tutor-grads"),
            ("accumulated", "&#9888;"),
        ) if mark in html}
        if text.startswith("Hint: "):
            kinds.add("hint")
    return kinds


def seed_cells(stem):
    source = (SEEDS / f"{stem}.py").read_text(encoding="utf-8")
    return [c.strip() for c in re.split(r"^# %%.*$", source, flags=re.M) if c.strip()]


def test_the_seed_tutorials_show_graph_grads_and_hints_where_expected():
    cells, where = [LOAD], []
    for stem in EXPECTED:
        cells.append("%reset -f\nimport autograd_tutor as torch")  # each tutorial starts afresh
        for cell in seed_cells(stem):
            where.append((stem, len(cells)))
            cells.append(cell)
    assert sorted(EXPECTED) == sorted(p.stem for p in SEEDS.glob("*.py"))  # every seed is checked
    nb = execute(cells)
    observed = {stem: [] for stem in EXPECTED}
    for stem, index in where:
        observed[stem].append(shown(nb.cells[index]))
    assert observed == EXPECTED
    assert all(len(displays(c)) <= 1 for c in nb.cells)  # one display per cell at most
    assert all(c.execution_count is not None for c in nb.cells)  # errors never stopped the kernel


LIFECYCLE = [
    # loaded under both module names, and once more by hand: still one watcher
    "%load_ext autograd_tutor\n%load_ext autograd_tutor.notebook\nimport autograd_tutor as torch\n"
    "from autograd_tutor.notebook import load_ipython_extension\nload_ipython_extension(get_ipython())",
    "x = torch.ones(2, requires_grad=True)\ny = (x * x).sum()",
    "y.backward()\ny.backward()",
    "print('kernel still usable')",
    "%autograd off",
    "z = x * 3\nz.sum().backward()",
    "torch.tensor(5, requires_grad=True)",
    "%autograd on",
    "%unload_ext autograd_tutor\nip = get_ipython()\n"
    "print([getattr(f, '__module__', '') for f in ip.events.callbacks['post_run_cell']])\n"
    "print([n for n in ('autograd', 'graph', 'chain', 'grads', 'stepthrough')"
    " if n in ip.magics_manager.magics['line']])",
    "w = x * 5\nw.sum().backward()",
    "torch.tensor(5, requires_grad=True)",
    "%load_ext autograd_tutor.notebook",
    "v = x * 6",
]


def test_loading_twice_off_unload_and_the_html_export():
    nb = execute(LIFECYCLE)
    cells = nb.cells
    assert [shown(c) for c in cells] == [
        set(), {"graph", "chain"}, {"error", "hint"}, set(), set(), set(), {"error"}, set(),
        set(), set(), {"error"}, set(), {"graph", "chain"},
    ]
    assert [len(displays(c)) for c in cells[:3]] == [0, 1, 1]  # loaded three times, shown once
    assert "kernel still usable" in cells[3].outputs[0].text
    unload_report = cells[8].outputs[0].text
    assert "autograd_tutor" not in unload_report and unload_report.splitlines()[-1] == "[]"

    html, _ = HTMLExporter().from_notebook_node(nb)
    assert "<svg" in html and "autograd-tutor-chain" in html
    assert "Hint:</b> backward() frees the values" in html
