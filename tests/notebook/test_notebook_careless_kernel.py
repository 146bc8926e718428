"""A careless learner in a real kernel (nbclient + ipykernel): step-throughs of long recordings,
a graph of a thousand tensors, an object that answers every attribute, and an interrupt while the
views are being drawn. However it goes, the output under a cell stays small, the watcher's failure
is one line at most, and the kernel keeps answering. One notebook runs for all of them."""
import json
import pathlib
import re

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.kernel

ROOT = pathlib.Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Far above any view a learner can read, far below the megabytes a flood puts in a notebook.
MAX_CELL_CHARS = 1_000_000
INTERRUPT_AFTER = 6  # seconds: nbclient interrupts the kernel then (see "interrupted")

CELLS = {
    "load": "%load_ext autograd_tutor\nimport autograd_tutor as torch\nx = torch.ones(3, requires_grad=True)",
    # A recurrence of 24 steps, recorded with its backward pass: 147 steps over a 100-node graph.
    "recurrence": ("%%stepthrough\nh = x\nfor _ in range(24):\n    h = torch.tanh(h * 1.0 + x)\n"
                   "h.sum().backward()"),
    # A training loop recorded whole: 60 forward and backward passes.
    "training": ("%%stepthrough\na = torch.ones(3, requires_grad=True)\nopt = torch.optim.SGD([a], lr=0.01)\n"
                 "for _ in range(60):\n    opt.zero_grad()\n    (a * a).sum().backward()\n    opt.step()"),
    "chain": "y = x\nfor _ in range(400):\n    y = y * 1.0",
    "replay": "%stepthrough y",
    "many": "many = [x * k for k in range(1000)]",
    # 2 ** 40 paths from squared to x, and the learner asks for a great many of them.
    "squares": "squared = x\nfor _ in range(40):\n    squared = squared * squared",
    "paths_many": "%paths squared x --limit 100000",
    "paths_none": "%paths squared x --limit 0",
    "graph_many": "%graph many",
    # An object whose class (through its metaclass) and instances answer any attribute.
    "anything": ("class AnyAttr(type):\n    def __getattr__(cls, name):\n        return 1\n"
                 "class Anything(metaclass=AnyAttr):\n    def __getattr__(self, name):\n        return 1\n"
                 "anything = Anything()\nz = x * 2"),
    "graph_anything": "%graph anything",
    # A class holding a tensor as a class attribute, one instance of it, then both deleted.
    "holder": ("import gc, weakref\nclass Holder:\n    weights = torch.ones(1000, requires_grad=True)\n"
               "holder = Holder()\nheld = weakref.ref(Holder.weights)"),
    "holder_gone": "del holder, Holder\ngc.collect()\nprint('kept alive:', held() is not None)",
    # The learner's code is done; the views take long to draw and the learner presses stop.
    "interrupted": ("import time\nimport autograd_tutor.viz as viz\n_draw = viz.graph\n"
                    "def slow_graph(*args, **kwargs):\n    time.sleep(60)\n    return _draw(*args, **kwargs)\n"
                    "viz.graph = slow_graph\nw = x * 4"),
    "after": "viz.graph = _draw\nw2 = x * 5\nprint('still answering')",
    # A loop that never ends, stopped by the learner: alone, and under %%stepthrough.
    "spin": "spun = x\nwhile True:\n    spun = spun * 1.0",
    "spin_recorded": "%%stepthrough\nspun = x\nwhile True:\n    spun = spun * 1.0",
    # Options set to values that make no sense: refused in one line, the old value kept.
    "cap_zero": "%config AutogradTutor.node_cap = 0",
    "cap_negative": "%config AutogradTutor.container_cap = -3",
    "caps": "%config AutogradTutor.node_cap\n%autograd status",
    # Real PyTorch's bfloat16, a dtype NumPy has no type for (`import torch` means real PyTorch).
    "bfloat16": ("import torch\nhalf = torch.ones(3, dtype=torch.bfloat16, requires_grad=True)\n"
                 "(half * 2).sum().backward()"),
    # A thousand leaves, then the table of all of them.
    "leaves": "for k in range(1000):\n    globals()[f'leaf{k}'] = torch.ones(4, requires_grad=True)",
    "grads_all": "%grads",
    # A tensor subclass whose repr() fails.
    "subclass": ("class Mute(torch.Tensor):\n    def __repr__(self):\n        raise RuntimeError('no repr')\n"
                 "mute = torch.ones(2, requires_grad=True).as_subclass(Mute)\nmuted = mute * 2"),
}


@pytest.fixture(scope="module")
def cells():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS.values()])
    client = NotebookClient(
        nb, kernel_name="python3", allow_errors=True, interrupt_on_timeout=True,
        timeout_func=lambda cell: INTERRUPT_AFTER if "slow_graph" in cell.source or "while True" in cell.source else 300,
        resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    return dict(zip(CELLS, nb.cells))


def size(cell):
    return len(json.dumps(cell.outputs))


def texts(cell):
    return "\n".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in cell.outputs)


def errors(cell):
    return [o for o in cell.outputs if o.output_type == "error"]


@pytest.mark.parametrize("name", ["recurrence", "training", "replay"])
def test_a_long_step_through_keeps_the_output_small(cells, name):
    cell = cells[name]
    assert not errors(cell)
    assert "StepThrough:" in texts(cell)
    assert size(cell) < MAX_CELL_CHARS, size(cell)


def test_a_step_through_of_many_steps_says_the_rest_are_in_the_live_widget(cells):
    assert "more steps (the live widget shows them all)" in texts(cells["training"])


def test_a_graph_of_a_thousand_tensors_draws_a_bounded_picture_and_says_so(cells):
    cell = cells["graph_many"]
    assert not errors(cell) and size(cell) < MAX_CELL_CHARS, size(cell)
    assert "800 more tensors passed in are not drawn (the first 200 are)" in texts(cell)


def test_an_object_answering_every_attribute_is_not_taken_for_a_tensor(cells):
    shown = texts(cells["anything"])
    assert "could not show" not in shown
    assert shown.startswith("autograd · new or changed: z")
    assert "UsageError: %graph: 'anything' is not a tensor" in texts(cells["graph_anything"])


def test_stopping_a_slow_drawing_is_one_line_and_the_kernel_goes_on(cells):
    cell = cells["interrupted"]
    shown = ANSI.sub("", texts(cell) + "".join("".join(e.traceback) for e in errors(cell)))
    assert "Error in callback" not in shown and "Traceback" not in shown, shown
    assert shown.strip() == ("autograd_tutor: drawing this cell's autograd views was interrupted; your code "
                             "ran normally. %autograd off turns the views off.")
    after = cells["after"]
    assert "still answering" in texts(after)
    assert "new or changed: w2" in texts(after)  # w was taken in before the drawing: not shown again


def test_options_that_make_no_sense_are_refused_in_one_line_and_the_old_values_kept(cells):
    assert "node_cap' trait of an AutogradTutor instance should not be less than 1" in texts(cells["cap_zero"])
    assert "should not be less than 0" in texts(cells["cap_negative"])
    assert "node cap 200;" in texts(cells["caps"])


def test_a_bfloat16_tensor_of_real_pytorch_is_watched_like_any_other(cells):
    shown = texts(cells["bfloat16"])
    assert shown.startswith("autograd · new or changed: half · .grad updated: half"), shown
    assert "torch.bfloat16" in shown


def test_a_tensor_subclass_whose_repr_fails_is_drawn_with_its_values(cells):
    cell = cells["subclass"]
    assert "could not show" not in texts(cell)
    assert texts(cell).startswith("autograd · new or changed: mute, muted")
    page = "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)
    assert "<svg" in page and re.search(r"\[2\.,(&#160;|\xa0| )2\.\]", page)  # muted's values, without its repr


@pytest.mark.parametrize("name", ["spin", "spin_recorded"])
def test_stopping_a_loop_of_ops_shows_the_learners_line_not_the_librarys(cells, name):
    (error,) = errors(cells[name])
    shown = ANSI.sub("", "\n".join(error.traceback))
    assert error.ename == "KeyboardInterrupt" and "spun = spun * 1.0" in shown
    assert "autograd_tutor" not in shown, shown


def test_the_grads_table_of_a_thousand_leaves_lists_the_first_node_cap_of_them(cells):
    cell = cells["grads_all"]
    assert not errors(cell) and size(cell) < 200_000, size(cell)
    *rows, more = texts(cell).strip().splitlines()[2:]  # under the header and its rule
    assert len(rows) == 200 and all("torch." in row for row in rows)  # the node cap's default
    listed = sum(row.startswith("leaf") for row in rows)
    assert more == f"… {1000 - listed:,} more leaves not listed", more


@pytest.mark.parametrize("name, limit", [("paths_many", "100000"), ("paths_none", "0")])
def test_a_paths_limit_out_of_range_is_one_clear_line(cells, name, limit):
    cell = cells[name]
    assert texts(cell).strip() == ("UsageError: %paths: --limit takes a whole number from 1 to 100 "
                                   f"(the paths listed; the rest are counted), not {limit}")


def test_a_deleted_class_and_the_tensor_it_held_are_not_kept_alive(cells):
    assert "kept alive: False" in texts(cells["holder_gone"])
