"""Drawing a graph as an indented tree with box-drawing characters, iteratively.

A node reached a second time (a tensor used twice, like ``y * y``) is printed again with
"(see above)" instead of its subtree. Trees longer than ``max_lines`` are cut with a note.

Deep graphs must not give lines hundreds of columns wide: with ``flat_single`` an op that is
its parent's only input is printed right under the parent's name (no new level: a chain of
single-input ops reads down one column; the leaf that ends it still opens a level), and rows nested deeper than ``MAX_LEVELS`` are
shifted left in blocks of ``SHIFT_LEVELS``, marked "…".
"""
from dataclasses import dataclass

from .markup import escape

NOTE_COLUMN_MAX = 48  # notes align in a column unless the tree is wider than this
LEVEL_WIDTH = 3  # columns per nesting level ("│  ", "   ")
MAX_LEVELS = 12  # deeper rows are shifted left...
SHIFT_LEVELS = 6  # ...by this many levels at a time, so neighbouring rows stay aligned


@dataclass
class Entry:
    key: object  # identity of the node for "see above"; None for entries without children
    text: str
    kind: str  # palette kind ("op", "leaf", "output", "saved") or "none"
    note: str = ""
    head: str = ""  # e.g. "[0]": the index in next_functions


@dataclass
class Row:
    indent: str
    entry: Entry
    repeated: bool


def walk(root, children, max_lines=200, flat_single=False):
    """Rows of the tree under ``root``; ``children(key)`` lists the entries below a node.

    flat_single: print a node's only child at the node's own column (see the module doc).
    Returns ``(rows, cut)`` where cut tells whether max_lines stopped the walk.
    """
    rows, seen = [], set()
    stack = [(root, "", "")]
    while stack:
        if len(rows) >= max_lines:
            return rows, True
        entry, indent, below = stack.pop()
        repeated = entry.key is not None and entry.key in seen
        rows.append(Row(indent, entry, repeated))
        if entry.key is None or repeated:
            continue
        seen.add(entry.key)
        kids = children(entry.key)
        # A root keeps "└─" (roots stand out), and so does a leaf (where a chain ends).
        if flat_single and len(kids) == 1 and indent and children(kids[0].key):
            # Under the parent's name, the lines of outer levels still running through.
            stack.append((kids[0], below[:-1], below))
            continue
        for k in range(len(kids) - 1, -1, -1):
            last = k == len(kids) - 1
            stack.append((kids[k], below + ("└─" if last else "├─"), below + ("   " if last else "│  ")))
    return rows, False


def shown_indent(indent):
    """The indent as printed: past MAX_LEVELS, shifted left in steps of SHIFT_LEVELS."""
    levels = len(indent) // LEVEL_WIDTH
    if levels <= MAX_LEVELS:
        return indent
    shift = ((levels - MAX_LEVELS - 1) // SHIFT_LEVELS + 1) * SHIFT_LEVELS
    return "…" + indent[shift * LEVEL_WIDTH:]


def left_part(row):
    return shown_indent(row.indent) + row.entry.head + (" " if row.entry.head else "") + row.entry.text


def note_part(row):
    note = row.entry.note
    if row.repeated:
        note = (note + " " if note else "") + "(see above)"
    return note


def to_text(rows):
    width = min(max((len(left_part(r)) for r in rows), default=0), NOTE_COLUMN_MAX)
    lines = []
    for r in rows:
        left, note = left_part(r), note_part(r)
        lines.append((left.ljust(width) + "   " + note).rstrip() if note else left)
    return "\n".join(lines)


def to_html(rows, colors, muted):
    """Rows as ``<pre>`` lines; ``colors`` maps an entry kind to a text colour."""
    width = min(max((len(left_part(r)) for r in rows), default=0), NOTE_COLUMN_MAX)
    lines = []
    for r in rows:
        e = r.entry
        head = escape(e.head) + " " if e.head else ""
        color = colors.get(e.kind, muted)
        weight = "" if e.kind == "none" else "font-weight:bold;"
        text = f'<span style="color:{color};{weight}">{escape(e.text)}</span>'
        pad = " " * max(width - len(left_part(r)), 0)
        note = note_part(r)
        note_html = f'   <span style="color:{muted}">{escape(note)}</span>' if note else ""
        lines.append(f'<span style="color:{muted}">{escape(shown_indent(r.indent))}</span>{head}{text}{pad if note else ""}{note_html}')
    return "\n".join(lines)
