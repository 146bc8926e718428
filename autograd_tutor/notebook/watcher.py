"""The watcher: after each cell, show what the cell did to the autograd graph and grads.

It remembers only fingerprints between cells (see snapshot.py), shows at most one bundle per
cell, and turns any failure of its own into a one-line note: the user's cell, namespace and
kernel never notice it.
"""
import traceback
import warnings

from . import cellsource, render, snapshot
from .changes import compare
from .hints import hint_for
from .tensors import find_tensors
from .graphwalk import larger_than, topmost

_MAX_ROOTS = 16  # tensors handed to one graph; the node cap bounds the picture itself
_MAX_NAMES = 8  # names listed in the caption


class Watcher:
    def __init__(self, shell, config):
        self.shell = shell
        self.config = config
        self.fingerprints = {}
        self.last_failure = None  # traceback text of the last failure, for %autograd status
        self._quiet = False

    # ------------------------------------------------------------------ state
    def baseline(self):
        """Remember the namespace as it is now, so only later changes are shown."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._take(self._tensors())

    def quiet_this_cell(self):
        """Called by magics that display their own view: skip the watcher's views once
        (hints under an error still show)."""
        self._quiet = True

    def forget(self):
        self.fingerprints = {}

    def _tensors(self):
        return find_tensors(self.shell.user_ns, self.config.container_cap)

    def _take(self, tensors):
        previous = self.fingerprints
        self.fingerprints = snapshot.take(tensors, previous)
        return previous

    # ------------------------------------------------------------------ the callback
    def post_run_cell(self, result):
        quiet, self._quiet = self._quiet, False
        if not self.config.enabled:
            return
        try:
            with warnings.catch_warnings():
                # Reading graphs must never surface a warning under the learner's cell.
                warnings.simplefilter("ignore")
                payload = self._after_cell(result, quiet)
        except Exception as exc:  # noqa: BLE001 - the watcher must never break a cell
            self.last_failure = traceback.format_exc()
            self._resync()
            payload = render.note_bundle(
                f"autograd_tutor: could not show this cell's autograd views "
                f"({type(exc).__name__}: {exc}); your code ran normally. "
                f"%autograd off turns the views off."[:400]
            )
        if payload:
            self._show(payload)

    def _show(self, payload):
        from IPython.display import display

        try:
            display(payload, raw=True)
        except Exception:  # noqa: BLE001 - a front-end that cannot show it gets nothing
            self.last_failure = traceback.format_exc()

    def _resync(self):
        try:
            self.baseline()
        except Exception:  # noqa: BLE001 - a namespace we cannot read: start afresh next cell
            self.forget()

    def _after_cell(self, result, quiet):
        tensors = self._tensors()
        previous = self._take(tensors)
        info = getattr(result, "info", None)
        source = getattr(info, "transformed_cell", None) or getattr(info, "raw_cell", "") or ""
        error = result.error_in_exec or result.error_before_exec
        if error is not None:  # an errored cell shows a hint or nothing
            hint = hint_for(error, source, tensors) if self.config.hints else None
            return render.note_bundle(f"Hint: {hint}") if hint else None
        if quiet:
            return None
        changes = compare(previous, self.fingerprints, tensors, cellsource.resets_grads(source))
        if not changes:
            return None
        return self._views(changes, tensors, source)

    # ------------------------------------------------------------------ drawing
    def _views(self, changes, tensors, source):
        from autograd_tutor import viz

        config = self.config
        roots = self._graph_roots(changes, tensors, source)
        sections = []
        if "graph" in config.views and roots:
            picture = viz.graph(
                *roots.values(), names=tensors, show_saved=config.show_saved,
                show_attrs=config.show_attrs, max_nodes=config.node_cap,
                value_limit=config.value_threshold,
            )
            sections.append(render.Section("graph", render.html_of(picture), render.text_of(picture)))
        main_name, main = self._main_root(roots, source)
        notes = []
        if "chain" in config.views and main is not None:
            if larger_than(main, config.node_cap):
                # A chain of thousands of lines teaches nothing; the graph summarises it instead.
                notes.append(f"the grad_fn chain is left out for a graph this large: %chain {main_name} prints it")
            else:
                chain = viz.chain(main, names=tensors, max_lines=config.node_cap)
                sections.append(render.Section("chain", render.html_of(chain), render.text_of(chain)))
        if "grads" in config.views and changes.grads:
            leaves = {c.name: tensors[c.name] for c in changes.grads}
            before = {c.name: None if c.before is None else c.before.copy for c in changes.grads}
            table = viz.grads(leaves, before=before)
            sections.append(render.Section("grads", render.html_of(table), render.text_of(table)))
        warnings_text = [
            render.accumulation_warning(c, tensors[c.name], config.value_threshold)
            for c in changes.grads if c.accumulated
        ]
        return render.bundle(_caption(changes), sections, warnings_text, config.max_output_chars, notes)

    @staticmethod
    def _graph_roots(changes, tensors, source):
        """{name: tensor} to draw: the tops of the new or changed autograd tensors' graphs, and
        tensors the cell called backward() on (their graph now shows freed buffers and grads)."""
        candidates, seen = {}, set()
        for name in changes.roots + cellsource.backward_targets(source):
            tensor = tensors.get(name)
            if tensor is None or id(tensor) in seen:
                continue
            if name in changes.roots or tensor.grad_fn is not None:
                candidates[name] = tensor
                seen.add(id(tensor))
        tops = topmost(candidates)
        return dict(list(tops.items())[:_MAX_ROOTS])

    @staticmethod
    def _main_root(roots, source):
        """(name, tensor) whose chain is shown: the non-leaf root the cell assigned last."""
        order = cellsource.assignment_order(source)
        computed = [(order.get(name, -1), i, name) for i, (name, t) in enumerate(roots.items())
                    if t.grad_fn is not None]
        if not computed:
            return None, None
        name = max(computed)[2]
        return name, roots[name]


def _caption(changes):
    parts = []
    if changes.roots:
        parts.append("new or changed: " + _names(changes.roots))
    if changes.grads:
        parts.append(".grad updated: " + _names([c.name for c in changes.grads]))
    return "autograd · " + " · ".join(parts)


def _names(names):
    shown = ", ".join(names[:_MAX_NAMES])
    return shown + (f" (+{len(names) - _MAX_NAMES} more)" if len(names) > _MAX_NAMES else "")
