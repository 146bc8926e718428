"""Loading, unloading, options and magics of the notebook extension, in an in-process shell."""
import sys

import pytest
from IPython.core.error import UsageError
from notebook_support import EXTENSION, fresh_shell, library, run, shell  # noqa: F401

from autograd_tutor.notebook import extension


def _registrations(ip):
    """What an extension can leave behind in a shell."""
    return (
        {event: list(callbacks) for event, callbacks in ip.events.callbacks.items()},
        {kind: dict(table) for kind, table in ip.magics_manager.magics.items()},
        list(ip.configurables),
        set(ip.magics_manager.registry),
        list(sys.meta_path),  # the finder for `import torch.nn` under the alias
    )


def test_import_autograd_tutor_does_not_import_ipython():
    import subprocess

    code = "import sys, autograd_tutor; print(any(m.split('.')[0] == 'IPython' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_load_twice_is_one_registration_and_unload_removes_everything(monkeypatch):
    monkeypatch.delenv("AUTOGRAD_TUTOR_WATCH", raising=False)
    ip = fresh_shell()

    @ip.register_magic_function
    def graph(line):  # someone else's %graph, to be given back on unload
        return "theirs"

    ip.magics_manager.load_all_lazy_magics()  # IPython's own, so only ours can differ
    before = _registrations(ip)
    try:
        ip.run_line_magic("load_ext", EXTENSION)
        extension.load(ip)  # a second load by hand, as `%load_ext autograd_tutor` would do
        ext = extension.active(ip)
        assert ip.events.callbacks["post_run_cell"].count(ext.watcher.post_run_cell) == 1
        assert sum(c is ext.config for c in ip.configurables) == 1
        run(ip, "import torch")
        assert len(run(ip, "x = torch.ones(2, requires_grad=True)\ny = x * 2").displays) == 1

        ip.run_line_magic("unload_ext", EXTENSION)
        assert extension.active(ip) is None
        assert _registrations(ip) == before
        assert ip.run_line_magic("graph", "") == "theirs"
        assert run(ip, "z = x * 3").displays == []
        ip.run_line_magic("load_ext", EXTENSION)  # and it loads again after an unload
        assert len(run(ip, "w = x * 4").displays) == 1
    finally:
        ip.run_line_magic("unload_ext", EXTENSION)
        del ip.magics_manager.magics["line"]["graph"]


def test_the_environment_variable_starts_the_watcher_off(monkeypatch):
    monkeypatch.setenv("AUTOGRAD_TUTOR_WATCH", "0")
    ip = fresh_shell()
    ip.run_line_magic("load_ext", EXTENSION)
    try:
        run(ip, "import torch")
        assert run(ip, "x = torch.ones(2, requires_grad=True)\ny = x * 2").displays == []
        assert "off" in run(ip, "%autograd status").stdout
        run(ip, "%autograd on")
        assert len(run(ip, "z = x * 2").displays) == 1
    finally:
        ip.run_line_magic("unload_ext", EXTENSION)


def test_options_are_set_with_config(shell):
    run(shell, "%config AutogradTutor.node_cap = 100")
    assert extension.active(shell).config.node_cap == 100
    run(shell, "%config AutogradTutor.views = ['grads']")
    run(shell, "x = torch.ones(2, requires_grad=True)")
    ran = run(shell, "(x * 2).sum().backward()")
    assert "<svg" not in ran.html and "autograd-tutor-grads" in ran.html
    run(shell, "%config AutogradTutor.enabled = False")
    assert run(shell, "y = x * 5").displays == []


def test_graph_chain_and_grads_magics_return_the_views(shell):
    run(shell, "x = torch.ones(2, requires_grad=True)\ny = x * 2\nout = y.sum()")
    picture = shell.run_line_magic("graph", "out --saved")
    assert {"saved", "leaf", "op", "output"} <= {n["kind"] for n in picture.nodes}
    both = shell.run_line_magic("graph", "y, out")
    assert sum(n["kind"] == "output" for n in both.nodes) == 2
    assert "out.grad_fn" in str(shell.run_line_magic("chain", "out"))
    run(shell, "out.backward()")
    table = shell.run_line_magic("grads", "")
    assert [row["name"] for row in table.rows] == ["x"]
    assert run(shell, "%graph out").displays == []  # the watcher does not add a second view


@pytest.mark.parametrize("line, magic, message", [
    ("", "graph", "needs an expression"),
    ("nope", "graph", "NameError"),
    ("3", "chain", "not a tensor"),
    ("y --bogus", "graph", "unknown option --bogus"),
    ("sideways", "autograd", "usage: %autograd on|off|status"),
])
def test_magics_explain_bad_input_in_one_line(shell, line, magic, message):
    run(shell, "x = torch.ones(2, requires_grad=True)\ny = x * 2")
    with pytest.raises(UsageError, match=message.replace("|", r"\|")):
        shell.run_line_magic(magic, line)


def test_stepthrough_without_the_widget_says_so_and_still_runs_the_cell(shell, monkeypatch):
    from autograd_tutor.notebook import magics

    monkeypatch.setattr(magics, "_stepthrough_parts", lambda: None)
    run(shell, "x = torch.ones(2, requires_grad=True)")
    ran = run(shell, "%%stepthrough\ny = x * 2\nout = y.sum()")
    assert "step-through widget is not available" in ran.text
    assert "out" in shell.user_ns
    ran = run(shell, "%stepthrough out")
    assert "step-through widget is not available" in ran.text


def test_stepthrough_without_ipywidgets_names_what_to_install(shell, monkeypatch):
    import importlib.util

    from autograd_tutor.notebook import magics

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ipywidgets" else real(name, *a))
    monkeypatch.setattr(magics, "_stepthrough_parts", lambda: None)
    run(shell, "x = torch.ones(2, requires_grad=True)")
    ran = run(shell, "%%stepthrough\ny = x * 2")
    assert "it needs ipywidgets, which is not installed (pip install 'autograd-tutor[notebook]'" in ran.text
    assert "y" in shell.user_ns


def test_stepthrough_records_the_cell_and_shows_the_widget(shell):
    from autograd_tutor.widgets import StepThrough

    run(shell, "x = torch.ones(2, requires_grad=True)")
    ran = run(shell, "%%stepthrough\ny = x * 2\nout = y.sum()\nout.backward()")
    assert len(ran.displays) == 2  # the widget and its export copy, and no watcher view beside them
    assert "application/vnd.jupyter.widget-view+json" in ran.displays[0]
    assert ran.displays[1]["application/vnd.jupyter.widget-view+json"]["model_id"] == ""
    assert shell.user_ns["x"].grad is not None  # the cell really ran
    assert isinstance(shell.run_line_magic("stepthrough", "out"), StepThrough)
    failed = run(shell, "%%stepthrough\nw = x * 2\nw.backward()")
    assert [d["text/plain"][:6] for d in failed.displays] == ["Hint: "]  # no widget for a failed cell
