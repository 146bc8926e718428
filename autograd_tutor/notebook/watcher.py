"""The watcher: after each cell, show what the cell did to the autograd graph and grads.

It remembers only fingerprints between cells (see snapshot.py), shows at most one bundle per
cell, and turns any failure of its own into a one-line note: the user's cell, namespace and
kernel never notice it.
"""
import traceback
import warnings

from . import cellsource, render, snapshot
from .cellviews import views_bundle
from .changes import CellChanges, compare
from .gradlog import GradLog
from .hints import hint_for, non_leaf_grad_hint
from .tensors import find_tensors

PREDICT_NOTE = ("autograd views hidden: this cell asks you to predict first. They appear under "
                "the check(...) cell once you have checked your answer.")

INTERRUPTED_NOTE = ("autograd_tutor: drawing this cell's autograd views was interrupted; your code ran "
                    "normally. %autograd off turns the views off.")


class Watcher:
    def __init__(self, shell, config):
        self.shell = shell
        self.config = config
        self.fingerprints = {}
        self.last_failure = None  # traceback text of the last failure, for %autograd status
        self._quiet = False
        self._log = None  # the GradLog of the cell running now
        self._held = []  # names whose views a "# predict" cell held back until the check

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
        self._held = []

    def _tensors(self):
        return find_tensors(self.shell.user_ns, self.config.container_cap)

    def _take(self, tensors):
        previous = self.fingerprints
        self.fingerprints = snapshot.take(tensors, previous)
        return previous

    # ------------------------------------------------------------------ the callbacks
    def pre_run_cell(self, info=None):
        self.stop_log()
        if self.config.enabled:
            self._log = GradLog()
            self._log.install()

    def stop_log(self):
        log, self._log = self._log, None
        if log is not None:
            log.uninstall()
        return log

    def post_run_cell(self, result):
        quiet, self._quiet = self._quiet, False
        log = self.stop_log()
        if not self.config.enabled:
            return
        try:
            with warnings.catch_warnings():
                # Reading graphs must never surface a warning under the learner's cell.
                warnings.simplefilter("ignore")
                payload = self._after_cell(result, quiet, log)
        except KeyboardInterrupt:
            # The learner stopped a slow drawing (their code had finished): say so in one line
            # instead of IPython's "Error in callback" traceback.
            payload = render.note_bundle(INTERRUPTED_NOTE)
        except Exception as exc:  # noqa: BLE001 - the watcher must never break a cell
            self.last_failure = traceback.format_exc()
            self._resync()
            message = " ".join(str(exc).split())[:200]  # one line, however long the error
            payload = render.note_bundle(
                f"autograd_tutor: could not show this cell's autograd views "
                f"({type(exc).__name__}: {message}); your code ran normally. "
                f"%autograd off turns the views off."
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

    def _after_cell(self, result, quiet, log=None):
        tensors = self._tensors()
        previous = self._take(tensors)
        info = getattr(result, "info", None)
        source = getattr(info, "transformed_cell", None) or getattr(info, "raw_cell", "") or ""
        error = result.error_in_exec or result.error_before_exec
        if error is not None:  # an errored cell shows a hint or nothing
            hint = hint_for(error, source, tensors) if self.config.hints else None
            return render.hint_bundle(hint) if hint else None
        if quiet:
            return None
        if self._held and cellsource.is_check(source):
            return self._release_held(tensors)
        changes = compare(previous, self.fingerprints, tensors, cellsource.resets_grads(source), log, source)
        hint = non_leaf_grad_hint(source, tensors) if self.config.hints else None
        if not changes:
            return render.hint_bundle(hint) if hint else None
        if cellsource.is_predict(source):
            # The views would show the answer: keep them until the learner has checked it.
            self._held = list(dict.fromkeys(self._held + changes.roots + [c.name for c in changes.grads]))
            return render.note_bundle(PREDICT_NOTE)
        return views_bundle(changes, tensors, source, self.config, hints=[hint] if hint else ())

    def _release_held(self, tensors):
        names, self._held = self._held, []
        changes = CellChanges(roots=[n for n in names if n in tensors])
        if not changes:
            return None
        return views_bundle(changes, tensors, "", self.config, "autograd · the views of your prediction cell: ")
