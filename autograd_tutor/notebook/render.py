"""Composing what the extension puts under a cell: one bundle of bounded size (HTML with the
views' inline SVG, plus a plain-text fallback), accumulation warnings and one-line notes."""
import html

import numpy as np

from autograd_tutor.viz import theme
from autograd_tutor.viz.capped import capped

from .tensors import to_numpy

_BOX = f"border-left:3px solid {theme.color('accent')};padding:2px 0 2px 8px;margin:4px 0;"
_CAPTION = f"font:12px Helvetica,Arial,sans-serif;color:{theme.color('muted')};margin-bottom:4px;"
_VALUES_IN_SENTENCE = 8  # more values than this make the warning unreadable: the table has them
_WARN = f"font:13px Helvetica,Arial,sans-serif;color:{theme.color('changed')};margin:4px 0;"
_HINT = (f"font:14px/1.45 Helvetica,Arial,sans-serif;color:{theme.color('fg')};margin:2px 0 6px;"
         f"padding:4px 10px;border-left:4px solid {theme.color('changed')};background:{theme.color('box')};")


def mimebundle(obj):
    """The {mime: data} a view object gives IPython (_repr_mimebundle_ or _repr_html_)."""
    if hasattr(obj, "_repr_mimebundle_"):
        bundle = obj._repr_mimebundle_()
        return (bundle[0] if isinstance(bundle, tuple) else bundle) or {}
    bundle = {"text/plain": str(obj)}
    if hasattr(obj, "_repr_html_"):
        bundle["text/html"] = obj._repr_html_()
    return bundle


def values_text(array):
    """`3` or `[[1., 1.], [1., 1.]]`: a few values, on one line, to go inside a sentence."""
    if array.ndim == 0:
        return np.format_float_positional(array.item(), precision=4, trim="-")
    return " ".join(np.array2string(array, precision=4, separator=", ", suppress_small=True).split())


_RESET_ADVICE = "backward() adds to .grad; call {0}.grad.zero_() or optimizer.zero_grad() to reset"
_HOW = {"zero_grad": "zero_grad", "deleted": "del", "assigned": "assigned", "changed": "changed in place"}


def _write_text(write, threshold):
    if write.is_none:
        text = "None"
    elif write.values is not None and write.values.size <= min(threshold, _VALUES_IN_SENTENCE):
        text = values_text(write.values)
    else:
        text = "…" if write.how == "backward" else ""
    label = _HOW.get(write.how)
    return f"{text} ({label})".strip() if label else text


def writes_text(name, writes, threshold):
    """"x.grad written 3 times: 3 -> 6 -> 9 (accumulated)": every write of one cell, in order
    (the middle of a long loop elided)."""
    steps = [_write_text(w, threshold) for w in writes.head]
    if writes.skipped:
        steps.append(f"… {writes.skipped} more …")
    steps += [_write_text(w, threshold) for w in writes.tail]
    times = "once" if writes.count == 1 else f"{writes.count} times"
    shown = " -> ".join(s for s in steps if s)
    if writes.start is not None and writes.start.size <= min(threshold, _VALUES_IN_SENTENCE) \
            and not writes.start_none:
        shown = f"{values_text(writes.start)} (before) -> {shown}"
    text = f"{name}.grad written {times}" + (f": {shown}" if shown.strip("… ->") else "")
    return text + (" (accumulated)" if writes.accumulated else "")


def accumulation_warning(change, tensor, threshold):
    """"x.grad accumulated 3 -> 6: ... call x.grad.zero_() or optimizer.zero_grad() to reset"."""
    if change.writes is not None and change.writes.count > 1:
        return f"{writes_text(change.name, change.writes, threshold)}: {_RESET_ADVICE.format(change.name)}"
    copy = change.before.copy if change.before is not None else None
    after = to_numpy(tensor.grad)
    if copy is not None and after.size <= min(threshold, _VALUES_IN_SENTENCE):
        moved = f" {values_text(to_numpy(copy))} -> {values_text(after)}"
    else:
        moved = ""
    return (
        f"{change.name}.grad accumulated{moved}: backward() adds to .grad; call "
        f"{change.name}.grad.zero_() or optimizer.zero_grad() to reset"
    )


class Section:
    """One view's part of the display: HTML, text fallback, and a name for size-trimming notes."""

    def __init__(self, title, html_text, plain):
        self.title, self.html, self.plain = title, html_text, plain

    @classmethod
    def of(cls, title, view):
        data = mimebundle(view)
        if "text/html" in data:
            html_text = data["text/html"]
        elif "image/svg+xml" in data:
            html_text = data["image/svg+xml"]
        else:
            html_text = f"<pre>{html.escape(data.get('text/plain', str(view)))}</pre>"
        return cls(title, html_text, data.get("text/plain") or str(view))


def bundle(caption, sections, warnings, max_chars, notes=(), hints=()):
    """Join sections into {'text/html', 'text/plain'}, dropping the largest ones past max_chars;
    `notes` are short lines saying what was left out."""
    sections = list(sections)
    dropped = []
    while sections and _size(caption, sections, warnings) > max_chars:
        largest = max(sections, key=lambda s: len(s.html))
        sections.remove(largest)
        dropped.append(largest.title)
    notes = list(notes) + [f"the {title} is too large to show here: %graph / %chain / %grads show it alone"
                           for title in dropped]
    parts = [f'<div style="{_CAPTION}">{html.escape(caption)}</div>']
    parts += [f'<div class="autograd-tutor-hint" style="{_HINT}"><b>Hint:</b> {html.escape(h)}</div>' for h in hints]
    parts += [f'<div style="{_WARN}">&#9888; {html.escape(w)}</div>' for w in warnings]
    if sections:
        # Capped in height by default (a big graph scrolls in its box); "show all" lifts the cap.
        inner = "".join(f'<div style="max-width:100%;overflow:auto;">{s.html}</div>' for s in sections)
        parts.append(capped(inner, "display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;"))
    parts += [f'<div style="{_CAPTION}">{html.escape(n)}</div>' for n in notes]
    html_text = (f'{theme.STYLE}<div class="autograd-tutor-watch {theme.ROOT}" style="{_BOX}">'
                 + "".join(parts) + "</div>")
    plain = "\n".join([caption] + [f"Hint: {h}" for h in hints] + [f"! {w}" for w in warnings] + [s.plain for s in sections] + notes)
    return {"text/html": html_text, "text/plain": plain}


def _size(caption, sections, warnings):
    return len(caption) + sum(len(s.html) for s in sections) + sum(len(w) for w in warnings)


def note_bundle(text):
    """A one-line message under a cell (hints, watcher failures, magics' messages)."""
    return {
        "text/html": f'{theme.STYLE}<div class="autograd-tutor-note {theme.ROOT}" style="{_WARN}">{html.escape(text)}</div>',
        "text/plain": text,
    }


def hint_bundle(hint):
    """The tutor's hint right under an error's message: larger than a note, set apart."""
    return {
        "text/html": (f'{theme.STYLE}<div class="autograd-tutor-note autograd-tutor-hint {theme.ROOT}" '
                      f'style="{_HINT}"><b>Hint:</b> {html.escape(hint)}</div>'),
        "text/plain": f"Hint: {hint}",
    }
