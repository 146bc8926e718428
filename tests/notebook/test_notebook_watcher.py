"""The watcher in an in-process IPython shell: what it shows after a cell, and what it must not do."""
import gc
import html
import re
import types
import weakref

import pytest
from notebook_support import library, run, shell  # noqa: F401 - pytest fixtures

from autograd_tutor.notebook import watcher as watcher_module

GRAPH = "x = torch.ones(2, 2, requires_grad=True)\ny = x + 2\nz = y * y * 3\nout = z.mean()"


def test_a_new_graph_is_drawn_once_with_names_chain_and_picture(shell):
    ran = run(shell, GRAPH)
    assert len(ran.displays) == 1
    ns = shell.user_ns
    op_names = {type(ns[n].grad_fn).__name__ for n in ("y", "z", "out")}
    assert "<svg" in ran.html
    for op in op_names:
        assert op in ran.html
    # the chain names where each node is reached from, as a learner would type it
    assert "out.grad_fn" in ran.text and "z.grad_fn" in ran.text
    assert "new or changed: x, y, z, out" in ran.text


def test_cells_that_change_no_autograd_state_show_nothing(shell):
    run(shell, GRAPH)
    for cell in ("print(x)", "x", "1 + 1", "a = torch.zeros(3)", "b = [1, 2]", "del a"):
        assert run(shell, cell).displays == [], cell


def test_backward_shows_the_graph_and_grads_before_and_after(shell):
    run(shell, GRAPH)
    ran = run(shell, "out.backward()")
    assert len(ran.displays) == 1
    assert ".grad updated: x" in ran.text
    assert html.escape(repr(shell.user_ns["x"].grad)) in ran.html  # the library's own formatting
    assert "MeanBackward0" in ran.html  # graph of the tensor backward() ran from
    assert "accumulated" not in ran.text.split("change")[0]


def test_a_second_backward_into_the_same_grad_is_flagged_as_accumulation(shell):
    run(shell, "x = torch.tensor(1.0, requires_grad=True)")
    first = run(shell, "(x * 3).backward()")
    assert "x.grad accumulated" not in first.text
    before = float(shell.user_ns["x"].grad)
    second = run(shell, "(x * 3).backward()")
    after = float(shell.user_ns["x"].grad)
    assert after == 2 * before
    assert f"x.grad accumulated {before:g} -> {after:g}" in second.text
    assert "x.grad.zero_() or optimizer.zero_grad()" in second.text


@pytest.mark.parametrize("step", [
    "opt.zero_grad()\n(w * w).sum().backward()",
    "w.grad.zero_()\n(w * w).sum().backward()",
    "train_step()",  # a reset (set_to_none) inside a function from another cell
])
def test_resetting_grads_is_not_called_accumulation(shell, step):
    run(shell, "w = torch.ones(3, requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1)\n"
               "(w * w).sum().backward()\nopt.step()")
    run(shell, "def train_step():\n    opt.zero_grad()\n    (w * w).sum().backward()\n    opt.step()")
    ran = run(shell, step)
    assert ".grad updated: w" in ran.text
    assert "w.grad accumulated" not in ran.text and "&#9888;" not in ran.html


def test_tensors_inside_lists_and_dicts_are_named(shell):
    run(shell, "params = [torch.ones(2, requires_grad=True)]\nd = {'w': torch.ones(2, requires_grad=True)}")
    ran = run(shell, "loss = (params[0] * 3 + d['w'] * 2).sum()\nloss.backward()")
    assert ".grad updated: params[0], d['w']" in ran.text


def test_module_parameters_are_named(shell):
    run(shell, "lin = torch.nn.Linear(2, 1)")
    ran = run(shell, "lin(torch.ones(2)).sum().backward()")
    assert ".grad updated: lin.weight, lin.bias" in ran.text


def test_the_watcher_reads_without_warnings_and_changes_no_state(shell, monkeypatch):
    # Drop the watcher's own warnings shield and turn warnings into errors: a warning raised
    # while the watcher reads the graph would then become its failure note.
    shim = types.SimpleNamespace(catch_warnings=__import__("contextlib").nullcontext,
                                 simplefilter=lambda *a, **k: None)
    monkeypatch.setattr(watcher_module, "warnings", shim)
    run(shell, "import warnings\nwarnings.simplefilter('error')")
    cells = [GRAPH, "out.backward(retain_graph=True)", "g = x.grad\nout.backward()", "y2 = y * 2"]
    with_watcher = [run(shell, c) for c in cells]
    assert all("could not show" not in r.text for r in with_watcher)
    observed = _state(shell.user_ns)
    assert shell.user_ns["g"] is shell.user_ns["x"].grad  # still the same grad object

    shell.run_line_magic("unload_ext", "autograd_tutor.notebook")
    run(shell, "warnings.resetwarnings()")
    for c in cells:
        run(shell, c)
    assert _state(shell.user_ns) == observed
    shell.run_line_magic("load_ext", "autograd_tutor.notebook")


def _state(ns):
    """Everything observable about the tensors of a namespace."""
    state = {}
    for name in ("x", "y", "z", "out", "g", "y2"):
        t = ns[name]
        state[name] = (repr(t), t._version, t.requires_grad, t.is_leaf, t.retains_grad,
                       repr(t.grad) if t.is_leaf else None)
    return state


def test_a_failure_inside_the_watcher_is_one_line_and_harmless(shell, monkeypatch):
    from autograd_tutor import viz

    run(shell, "x = torch.ones(2, requires_grad=True)")

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(viz, "graph", broken)
    ran = run(shell, "y = x * 2\ny")
    assert ran.result.success and ran.result.result is shell.user_ns["y"]
    assert len(ran.displays) == 1
    assert ran.text.count("\n") == 0 and "ValueError: boom" in ran.text
    assert "your code ran normally" in ran.text
    monkeypatch.undo()
    assert "boom" in run(shell, "%autograd status").stdout
    assert "<svg" in run(shell, "y3 = y * 3").html  # the next cell is drawn again


def test_errors_without_a_hint_show_nothing(shell):
    run(shell, "x = torch.ones(2, requires_grad=True)")
    ran = run(shell, "y = x * 2\n1 / 0")
    assert not ran.result.success and "ZeroDivisionError" in ran.stdout
    assert ran.displays == []


def test_the_watcher_keeps_no_tensor_alive(shell):
    run(shell, GRAPH + "\nout.backward(retain_graph=True)")
    refs = [weakref.ref(shell.user_ns[n]) for n in ("x", "y", "z", "out")]
    run(shell, "del x, y, z, out")
    gc.collect()
    assert [r() for r in refs] == [None] * 4


def test_off_silences_everything_and_on_starts_from_the_present(shell):
    run(shell, "x = torch.ones(2, requires_grad=True)")
    assert run(shell, "%autograd off").displays == []
    assert run(shell, "y = x * 2").displays == []
    assert run(shell, "torch.tensor(5, requires_grad=True)").displays == []  # no hint either
    assert "off" in run(shell, "%autograd status").stdout
    assert run(shell, "%autograd on").displays == []
    ran = run(shell, "z = x * 3")
    assert "new or changed: z" in ran.text and "y" not in ran.text.split("\n")[0]


def test_a_long_chain_is_summarised_and_the_display_stays_small(shell):
    run(shell, "x = torch.ones(3, requires_grad=True)")
    ran = run(shell, "y = x\nfor _ in range(2000):\n    y = y * 1.0001")
    assert len(ran.displays) == 1
    assert re.search(r"× 1,99\d MulBackward0", ran.html)  # one summarised node stands for the run
    assert "autograd-tutor-chain" not in ran.html and "%chain y prints it" in ran.text
    assert len(ran.html) < 100_000


def test_views_too_large_for_the_output_limit_become_a_note(shell):
    run(shell, "%config AutogradTutor.max_output_chars = 3000")
    ran = run(shell, GRAPH)
    assert len(ran.html) < 6000
    assert "<svg" not in ran.html and "is too large to show here" in ran.text


def test_an_unreadable_tensor_like_object_is_skipped_quietly(shell):
    run(shell, "class Odd:\n    def backward(self): pass\n    def requires_grad_(self): pass\n"
               "    is_leaf = True\n    @property\n    def grad_fn(self):\n        raise RuntimeError('no')\n"
               "odd = Odd()\nx = torch.ones(2, requires_grad=True)")
    ran = run(shell, "y = x * 2")
    assert len(ran.displays) == 1 and "could not show" not in ran.text
    assert "new or changed: y" in ran.text


def _live_autograd_objects():
    gc.collect()
    names = [type(o).__name__ for o in gc.get_objects()]
    return sum(n == "Tensor" for n in names), sum(n.endswith("Backward0") for n in names)


def test_a_training_loop_over_many_cells_keeps_memory_flat(shell):
    run(shell, "w = torch.randn(8, 2, requires_grad=True)\ndata = torch.randn(16, 8)\n"
               "opt = torch.optim.SGD([w], lr=0.01)")
    step = ("for _ in range(5):\n    loss = ((data @ w) ** 2).mean()\n    opt.zero_grad()\n"
            "    loss.backward()\n    opt.step()")
    counts = []
    for i in range(30):
        assert run(shell, step).displays  # the watcher draws every one of these cells
        if i in (9, 29):
            counts.append(_live_autograd_objects())
    assert counts[1] == counts[0]


def test_reading_a_non_leaf_grad_gets_a_hint_in_the_learners_words(shell):
    run(shell, GRAPH + "\nout.backward()")
    ran = run(shell, "print(out.grad)")
    assert ran.text.startswith("Hint: out was computed from other tensors (it is not a leaf)")
    assert "out.retain_grad()" in ran.text
    assert run(shell, "print(x.grad)").displays == []  # a leaf's .grad: nothing to say
    run(shell, "y2 = x * 2\ny2.retain_grad()\ny2.sum().backward()")
    assert "Hint" not in run(shell, "print(y2.grad)").text  # retained: no hint


def test_status_lines_are_short_enough_not_to_wrap():
    from autograd_tutor.notebook.magics import AutogradMagics

    config = types.SimpleNamespace(enabled=True, views=["graph", "chain", "grads"], node_cap=200,
                                   value_threshold=12, hints=True)
    fake = types.SimpleNamespace(options=config, watcher=types.SimpleNamespace(fingerprints={}, last_failure=None))
    lines = AutogradMagics.status(fake).splitlines()
    assert lines[0] == "autograd views after each cell: on" and max(map(len, lines)) <= 60, lines
