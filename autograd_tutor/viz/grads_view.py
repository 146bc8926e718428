"""``grads(mapping)``: the leaf tensors that require grad, and their ``.grad`` as PyTorch prints it.

With ``before=snapshot_grads(mapping)`` taken earlier, each row also says what happened to
``.grad`` since: new, accumulated (added to the old value: backward() sums, it does not
replace), zeroed, cleared, unchanged. ``.grad`` is only read on leaves (PyTorch warns otherwise).
"""
import weakref

import numpy as np

from . import theme
from .capped import capped
from .markup import escape
from .tensors import dtype_text, is_grad_leaf, is_tensor, shape_text

CHANGE_COLORS = {"new": theme.color("new"), "accumulated": theme.color("changed"),
                 "zeroed": theme.color("muted"), "cleared": theme.color("muted")}


def grad_leaves(mapping):
    """``[(name, tensor)]`` of leaves requiring grad; modules contribute ``name.param`` entries."""
    out, seen = [], set()
    for name, obj in list(mapping.items()) if mapping is not None else ():
        if not isinstance(name, str) or name.startswith("_"):
            continue
        for full, t in _expand(name, obj):
            if id(t) not in seen and is_grad_leaf(t):
                seen.add(id(t))
                out.append((full, t))
    return out


class GradSnapshot(dict):
    """``{name: copy of .grad or None}``, remembering which tensor each ``.grad`` was.

    The identity tells "backward() added into the old .grad" (PyTorch does that in place, so the
    tensor stays the same) from "the .grad was reset (set to None) and computed anew"."""

    def __init__(self, copies, originals):
        super().__init__(copies)
        self._originals = originals  # name -> weak reference to the .grad tensor itself

    def was_replaced(self, name, grad):
        ref = self._originals.get(name)
        return ref is not None and grad is not None and ref() is not grad


def _weak(grad):
    try:
        return weakref.ref(grad)
    except TypeError:
        return None


def snapshot_grads(mapping):
    """``{name: copy of .grad or None}``: take it before a backward, pass it as ``before=``.

    A copy, because PyTorch adds into an existing ``.grad`` in place."""
    leaves = grad_leaves(mapping)
    copies = {name: (None if t.grad is None else t.grad.detach().clone()) for name, t in leaves}
    originals = {name: _weak(t.grad) for name, t in leaves if t.grad is not None}
    return GradSnapshot(copies, {name: ref for name, ref in originals.items() if ref is not None})


def grads(mapping, before=None, changes=None, output=None, names=None, value_limit=None, max_rows=None):
    """The grads table; ``changes`` ({name: text}) overrides the change column where the
    caller knows more than two snapshots tell (the notebook logs every write in a cell).
    output: the tensor backward() was called on; each leaf it depends on then gets a "why?"
    that opens its paths view (the gradient as a sum over paths), its nodes labelled from
    ``names`` (default: ``mapping``). value_limit: grads with more elements show a one-line
    summary instead of every value; max_rows: at most this many leaves, then "… N more"."""
    rows = []
    leaves = grad_leaves(mapping)
    more = 0
    if max_rows is not None and len(leaves) > max_rows:
        leaves, more = leaves[:max_rows], len(leaves) - max_rows
    for name, t in leaves:
        g = t.grad
        row = {"name": name, "shape": shape_text(t), "dtype": dtype_text(t),
               "grad": _grad_text(g, value_limit)}
        if output is not None:
            row["why"] = _why(output, t, mapping if names is None else names)
        if before is not None:
            old = before.get(name)
            row["before"] = _grad_text(old, value_limit)
            replaced = isinstance(before, GradSnapshot) and before.was_replaced(name, g)
            row["change"] = (changes or {}).get(name) or _change(old, g, replaced)
        rows.append(row)
    return GradsTable(rows, before is not None, more)


def _grad_text(g, value_limit):
    """PyTorch's repr of a grad, or past ``value_limit`` elements a one-line summary."""
    if g is None:
        return None
    if value_limit is None or int(g.numel()) <= value_limit:
        return repr(g)
    a = _array(g)
    return f"{a.size:,} values: min {a.min():.4g} · mean {a.mean():.4g} · max {a.max():.4g}"


HEADERS = {"grad": ".grad", "before": ".grad before"}
_ROWS_UNCAPPED = 24  # a longer table sits in a box of bounded height with "show all"
CELL = "text-align:left;vertical-align:top;padding:2px 10px"


class GradsTable:
    """Rows are dicts: name, shape, dtype, grad (PyTorch's repr or None), and with a
    ``before`` snapshot also before and change."""

    def __init__(self, rows, compare, more=0):
        self.rows, self.compare, self.more = rows, compare, more

    def _more_text(self):
        return f"… {self.more:,} more leaves not listed" if self.more else ""

    def _columns(self):
        cols = ["name", "shape", "dtype"]
        return cols + (["before", "grad", "change"] if self.compare else ["grad"])

    @property
    def text(self):
        if not self.rows:
            return "no leaf tensors with requires_grad=True"
        cols = self._columns()
        cells = [[_cell(r, c).split("\n") for c in cols] for r in self.rows]
        header = [HEADERS.get(c, c) for c in cols]
        widths = [max([len(header[k])] + [len(line) for row in cells for line in row[k]]) for k in range(len(cols))]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
                 "  ".join("─" * w for w in widths)]
        for row in cells:
            for i in range(max(len(c) for c in row)):
                parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(row, widths)]
                lines.append("  ".join(parts).rstrip())
        if self.more:
            lines.append(self._more_text())
        return "\n".join(lines)

    def __str__(self):
        return self.text

    def __repr__(self):
        return self.text

    def _repr_html_(self):
        if not self.rows:
            return theme.wrap(f'<p style="color:{theme.color("muted")}">no leaf tensors with requires_grad=True</p>')
        cols = self._columns()
        head = "".join(f"<th style='{CELL}'>{escape(HEADERS.get(c, c))}</th>" for c in cols)
        body = []
        for r in self.rows:
            body.append("<tr>" + "".join(_html_cell(r, c) for c in cols) + "</tr>")
        if self.more:
            body.append(f"<tr><td colspan={len(cols)} style='{CELL};color:{theme.color('muted')}'>"
                        f"{escape(self._more_text())}</td></tr>")
        table = (f"<table class='autograd-tutor-grads {theme.ROOT}'><thead><tr>" + head
                 + "</tr></thead><tbody>" + "".join(body) + "</tbody></table>")
        return theme.STYLE + (capped(table) if len(self.rows) > _ROWS_UNCAPPED else table)


def _cell(row, col):
    if col in ("grad", "before"):
        return _show(row.get(col))
    return row.get(col) or ""


def _html_cell(row, col):
    text = escape(_cell(row, col))
    if col in ("grad", "before"):
        return f"<td style='{CELL}'><pre style='margin:0'>{text}</pre></td>"
    if col == "change":
        color = CHANGE_COLORS.get(row[col].split()[0] if row[col] else "", theme.color("muted"))
        return f"<td style='{CELL};color:{color};font-weight:bold'>{text}</td>"
    if col == "name":
        why = row.get("why")
        if why:
            text += (f"<details class='autograd-tutor-why'><summary style='cursor:pointer;font-weight:normal;"
                     f"color:{theme.color('muted')}'>why?</summary>"
                     f"<div style='font-weight:normal;color:var(--at-fg, #1f1f1f)'>{why}</div></details>")
        return f"<td style='{CELL};color:{theme.color('leaf')};font-weight:bold'>{text}</td>"
    return f"<td style='{CELL}'>{text}</td>"


WHY_LIMIT = 10  # paths listed under "why?"; a table row is no place for more


def _why(output, leaf, mapping):
    """The paths view of ``leaf`` (its text: many rows must stay small), or None."""
    from .paths_view import paths

    try:
        view = paths(output, leaf, names=mapping, limit=WHY_LIMIT, max_graph_nodes=0)
    except Exception:  # noqa: BLE001 - an extra of the table must never break it
        return None
    # As text: a table row is small, and the watcher puts one under every backward() cell.
    # Only where several paths add up: one path is no puzzle, and every row costs room.
    return f"<pre style='margin:0;font-size:12px;white-space:pre;word-break:normal'>{escape(view.text)}</pre>" if view.count > 1 else None


def _show(grad_repr):
    return "None" if grad_repr is None else grad_repr


def _expand(name, obj):
    if is_tensor(obj):
        return [(name, obj)]
    named = getattr(obj, "named_parameters", None)
    if callable(named) and not isinstance(obj, type):
        try:
            return [(f"{name}.{p}", t) for p, t in named()]
        except Exception:
            return []
    return []


def _array(t):
    try:
        return np.asarray(t.detach().numpy())
    except Exception:
        return np.asarray(t.tolist())


def _change(old, new, replaced=False):
    if old is None and new is None:
        return ""
    if old is None:
        return "new"
    if new is None:
        return "cleared (None)"
    if replaced:  # .grad was set to None (zero_grad()) and backward() made a fresh one
        return "new (old one reset)"
    a, b = _array(old), _array(new)
    if a.shape == b.shape and np.array_equal(a, b):
        return "unchanged"
    if not b.any():
        return "zeroed"
    if not a.any():
        return "new (was zeros)"
    return "accumulated (old + new)"
