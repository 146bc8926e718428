"""The magics: %autograd on|off|status, %graph, %chain, %grads, %paths, %stepthrough / %%stepthrough."""
from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, line_magic, magics_class
from IPython.display import display

from . import render
from .tensors import find_tensors, is_tensor

_NO_STEPTHROUGH = (
    "autograd_tutor: the step-through widget is not available here "
    "(autograd_tutor.widgets.StepThrough and autograd_tutor.tracing.record are needed)."
)


def _split_flags(line, flags):
    """('y + 1', {'--saved'}) from 'y + 1 --saved': flags anywhere, the rest is the expression."""
    words = line.split()
    found = {w for w in words if w in flags}
    unknown = [w for w in words if w.startswith("--") and w not in flags]
    if unknown:
        raise UsageError(f"unknown option {unknown[0]}; options: {' '.join(sorted(flags))}")
    return " ".join(w for w in words if w not in flags), found


def _no_stepthrough_note():
    """Why the widget is missing: most often ipywidgets is not installed, and then how to install it."""
    import importlib.util

    if importlib.util.find_spec("ipywidgets") is None:
        return ("autograd_tutor: the step-through widget is not available here: it needs ipywidgets, "
                "which is not installed (pip install 'autograd-tutor[notebook]', then restart the kernel).")
    return _NO_STEPTHROUGH


def _stepthrough_parts():
    """(StepThrough, record) when the widget and tracing are installed, else None."""
    try:
        from autograd_tutor.tracing import record
        from autograd_tutor.widgets import StepThrough
    except ImportError:
        return None
    return StepThrough, record


@magics_class
class AutogradMagics(Magics):
    def __init__(self, shell, config, watcher):
        super().__init__(shell)
        self.options = config
        self.watcher = watcher

    # ------------------------------------------------------------------ helpers
    def _tensors_of(self, expr, magic):
        """The tensor(s) EXPR evaluates to in the user namespace, as a tuple."""
        if not expr:
            raise UsageError(f"%{magic} needs an expression, e.g. %{magic} out")
        try:
            value = self.shell.ev(expr)
        except Exception as exc:  # noqa: BLE001 - shown as one clear line, not a traceback
            raise UsageError(f"%{magic}: could not evaluate {expr!r}: {type(exc).__name__}: {exc}") from None
        values = tuple(value) if isinstance(value, (tuple, list)) else (value,)
        if not values or not all(is_tensor(v) for v in values):
            raise UsageError(f"%{magic}: {expr!r} is not a tensor (its type is {type(value).__name__})")
        return values

    def _steppable(self, expr):
        """The one tensor EXPR names, if it has a graph to replay (else a one-line UsageError)."""
        (tensor, *rest) = self._tensors_of(expr, "stepthrough")
        if rest:
            raise UsageError("%stepthrough takes one tensor, e.g. %stepthrough loss")
        if tensor.grad_fn is None and tensor.requires_grad:
            raise UsageError(
                f"%stepthrough: {expr} is a leaf tensor (grad_fn is None), so no op made it and there is "
                f"nothing to replay: pass a result computed from it (e.g. %stepthrough y after "
                f"y = {expr} * 2), or run the cell that computes it under %%stepthrough")
        if tensor.grad_fn is None:
            raise UsageError(f"%stepthrough: {expr} does not require grad, so autograd recorded no graph "
                             "for it: create its inputs with requires_grad=True")
        return tensor

    def _widget_options(self):
        """The %config options the step-through shares with the other views."""
        return {"max_nodes": self.options.node_cap, "value_limit": self.options.value_threshold}

    def _names(self):
        return find_tensors(self.shell.user_ns, self.options.container_cap)

    # ------------------------------------------------------------------ magics
    @line_magic
    def autograd(self, line):
        """%autograd on|off|status: switch the views shown after each cell, or describe them."""
        word = line.strip().lower() or "status"
        if word == "on":
            self.options.enabled = True  # the extension re-baselines when this flips on
        elif word == "off":
            self.options.enabled = False
        elif word != "status":
            raise UsageError("usage: %autograd on|off|status")
        print(self.status())

    def status(self):
        config = self.options
        state = "on" if config.enabled else "off"
        # Short lines: a notebook wraps long output lines anywhere, even inside a word.
        lines = [
            f"autograd views after each cell: {state}",
            f"  views: {', '.join(config.views) or 'none'}",
            f"  node cap {config.node_cap}; values shown up to {config.value_threshold} elements",
            f"  hints {'on' if config.hints else 'off'}",
            f"tensors watched: {len(self.watcher.fingerprints)}",
        ]
        if self.watcher.last_failure:
            lines.append("last failure: " + self.watcher.last_failure.strip().splitlines()[-1])
        return "\n".join(lines)

    @line_magic
    def graph(self, line):
        """%graph EXPR [--saved] [--attrs]: draw the autograd graph of EXPR (one tensor or a tuple)."""
        from autograd_tutor import viz

        expr, flags = _split_flags(line, {"--saved", "--attrs"})
        tensors = self._tensors_of(expr, "graph")
        self.watcher.quiet_this_cell()
        return viz.graph(
            *tensors, names=self._names(), show_saved="--saved" in flags,
            show_attrs="--attrs" in flags, max_nodes=self.options.node_cap,
            value_limit=self.options.value_threshold,
        )

    @line_magic
    def chain(self, line):
        """%chain EXPR: the grad_fn / next_functions tree of EXPR as text."""
        from autograd_tutor import viz

        (tensor, *rest) = self._tensors_of(line.strip(), "chain")
        if rest:
            raise UsageError("%chain takes one tensor")
        self.watcher.quiet_this_cell()
        return viz.chain(tensor, names=self._names(), max_lines=self.options.node_cap)

    @line_magic
    def grads(self, line):
        """%grads: the leaf tensors that require grad, and their .grad (the first node_cap of them)."""
        from autograd_tutor import viz

        if line.strip():
            raise UsageError("%grads takes no arguments")
        self.watcher.quiet_this_cell()
        return viz.grads(self._names(), value_limit=self.options.value_threshold, max_rows=self.options.node_cap)

    @line_magic
    def paths(self, line):
        """%paths OUTPUT LEAF: every path from OUTPUT back to LEAF, the chain rule as a sum."""
        from .paths_magic import paths_view

        view = paths_view(self, line)
        self.watcher.quiet_this_cell()
        return view

    @line_cell_magic
    def stepthrough(self, line, cell=None):
        """%stepthrough EXPR: replay EXPR's graph node by node.
        %%stepthrough: run the cell while recording, then replay its forward and backward pass."""
        parts = _stepthrough_parts()
        if cell is None:
            tensor = self._steppable(line.strip())
            if parts is None:
                display(render.note_bundle(_no_stepthrough_note()), raw=True)
                return None
            self.watcher.quiet_this_cell()
            return parts[0](tensor, **self._widget_options())
        if parts is None:
            display(render.note_bundle(_no_stepthrough_note() + " The cell runs without it."), raw=True)
            self.shell.run_cell(cell, store_history=False)
            return None
        step_through, record = parts
        # The inner run shows the cell's own output and traceback; the watcher stays quiet
        # for it (hints excepted), since the widget is the view of this cell.
        self.watcher.quiet_this_cell()
        with record() as recording:
            result = self.shell.run_cell(cell, store_history=False)
        if result.success:
            display(step_through(recording, **self._widget_options()))
        return None
