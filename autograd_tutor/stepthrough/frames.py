"""Frames: one per recorded event, with the numbers, in words (text) and as a panel (HTML).

Forward frame: the op's inputs, the op, its output value, what it saved for backward.
Backward frame: the incoming gradient (and the parts it adds up, when several arrived), the
node's local rule with its own numbers, the gradient sent to each input; for AccumulateGrad,
the leaf's ``.grad`` before -> after. Frames are plain data; the widget only shows them.
"""
from dataclasses import dataclass, field

from ..graph_reader import plain_attrs, saved_freed
from ..tracing import ForwardEvent
from ..viz import palette as P, theme
from ..viz.markup import escape
from . import arrivals as A, path_arrivals, values as V
from .rules import accumulate_rule, rule_for, with_values

REPLAY_NOTE = "replayed from the graph: no .grad is changed"


@dataclass
class Frame:
    index: int  # position in the widget (0-based)
    phase: str  # "forward" or "backward"
    number: int  # 1-based position among the neighbouring frames of the same phase
    count: int  # how many frames that run of the phase has
    node: str  # id of the node in the picture ("n3"), highlighted in this frame
    op: str  # "MulBackward0", "AccumulateGrad"
    order: int  # the event's position in the recording (what exists at this point)
    pass_index: object = None  # which backward call (0, 1...) for backward frames
    rule: object = None  # the local backward rule, in plain notation
    inputs: tuple = ()  # forward: (description, Value or None) per input
    output: object = None  # forward: Value
    grad: object = None  # backward: the incoming gradient (Value)
    outgoing: tuple = ()  # backward: (description, Value or None, note) per input
    grad_before: object = None  # AccumulateGrad: .grad before and after (Value or None)
    grad_after: object = None
    edges: tuple = ()  # ids of the edges drawn as active in this frame
    title: str = ""  # the node in words: "MulBackward0 (grad_fn of y)"
    saved: tuple = ()  # forward: names of what the op really saved for backward
    saved_text: str = ""  # the same in words: "other (input 1)", "; freed since..." once freed
    arrivals: tuple = ()  # backward: (words, Value) per gradient added into grad, when several
    grad_from: str = ""  # backward: the node that sent the incoming gradient, when only one did
    grad_note: str = ""  # backward: where grad came from (the parts it sums, or backward's start)
    paths_note: str = ""  # backward: how many of a leaf's paths have arrived, which are to come
    leaf_name: str = ""  # AccumulateGrad: the leaf's name ("x" when unnamed)
    text: str = ""
    html: str = field(default="", repr=False)

    @property
    def label(self):
        return f"{self.phase} {self.number}/{self.count}"


class _Describe:
    """Words for the nodes: "x (leaf)", "the output of AddBackward0", "grad_fn of y"."""

    def __init__(self, layout, recording):
        self.layout = layout
        self.names = layout.names
        self.leaf_names = {}
        self.outputs = {}  # seq -> how many outputs its consumers use (split-like nodes: > 1)
        for e in recording.events:
            for i in getattr(e, "inputs", ()):
                if i.kind == "op":
                    self.outputs[i.source] = max(self.outputs.get(i.source, 1), i.output_nr + 1)

    def input(self, kind, source, output_nr=0):
        if kind == "leaf":
            name = self.leaf_names.get(source)
            return f"{name} (leaf)" if name else "a leaf tensor"
        if kind == "op":
            name = self.names.get(source)
            op = self.layout.ops.get(source, "an op")
            if self.outputs.get(source, 1) > 1 or output_nr:  # split-like: say which output
                return f"output {output_nr} of {op}" + (f" ({name})" if name else "")
            return f"{name} (from {op})" if name else f"the output of {op}"
        if kind == "number":
            return "a number"
        return "a constant (needs no gradient)"

    def node(self, seq, op):
        name = self.names.get(seq)
        return f"{op} (grad_fn of {name})" if name else op


def build(recording, layout, naming):
    describe = _Describe(layout, recording)
    describe.leaf_names = {seq: naming.leaf(seq) for seq in layout.ids}
    classes = _node_classes(recording)
    forwards = {}  # seq -> its ForwardEvent (inputs and numbers the backward frame refers to)
    for e in recording.events:
        if isinstance(e, ForwardEvent):
            forwards.setdefault(e.seq, e)
    sums, starts, senders = A.of_recording(recording), A.starts(recording), A.single_senders(recording)
    paths = path_arrivals.notes(
        recording, lambda seq: describe.leaf_names.get(seq) or "a leaf",
        lambda seq: describe.node(seq, layout.ops.get(seq, "an op")),
        lambda p: " + ".join(layout.names.get(seq) or "the output" for seq in p.roots))
    frames = []
    for e in recording.events:
        if isinstance(e, ForwardEvent):
            if not e.in_backward and e.seq in layout.ids:
                frames.append(_forward(len(frames), e, layout, describe, e.seq in recording.freed))
        elif e.seq in layout.ids:
            frame = _backward(len(frames), e, layout, describe, classes, forwards.get(e.seq))
            key = (e.pass_index, e.seq)
            frame.arrivals = A.in_words(sums.get(key, ()), e.grad,
                                        lambda seq: describe.node(seq, layout.ops.get(seq, "an op")))
            if frame.arrivals:
                frame.grad_note = _arrivals_text(frame)
            elif key in starts and not e.op.endswith("AccumulateGrad"):
                frame.grad_note = A.start_words(starts[key], layout.names.get(e.seq))
            if key in senders:  # "grad in: from AddBackward0 (grad_fn of y)", not "from the output side"
                frame.grad_from = "from " + describe.node(senders[key], layout.ops.get(senders[key], "an op"))
            frame.paths_note = paths.get(e.order, "")
            frames.append(frame)
    _number(frames)
    with V.text_cache():  # each value is printed for the text and again for the panel
        for f in frames:
            f.text = _text(f, recording.derived)
            f.html = _html(f, recording.derived)
    return frames


def _node_classes(recording):
    """op name -> node class, for the docstring fallback of rules (nodes still alive only)."""
    classes = {}
    for e in recording.events:
        node = e.node() if e.node is not None else None
        if node is not None:
            classes.setdefault(e.op, type(node))
    return classes


def _forward(index, e, layout, describe, freed=False):
    inputs = tuple((describe.input(i.kind, i.source, i.output_nr), i.value) for i in e.inputs)
    node_id = layout.ids[e.seq]
    edges = tuple(layout.into.get(node_id, ()))
    out_box = layout.output_of.get(e.seq)
    if out_box:
        edges += tuple(layout.into.get(out_box, ()))
    node = e.node() if e.node is not None else None
    saved_text = _saved_words(e.saved, len(e.inputs))
    if saved_text and (freed or saved_freed(node, e.saved)):
        saved_text += "; freed since, by a backward pass"
    return Frame(index, "forward", 0, 0, node_id, e.op, e.order, inputs=inputs, output=e.output,
                 edges=edges, title=describe.node(e.seq, e.op), saved=e.saved, saved_text=saved_text)


# Saved fields that are one of the op's inputs or its output (PyTorch's argument names).
_SAVED_PLACES = {"self": ("input 0", 1), "other": ("input 1", 2), "result": ("its output", 0)}


def _saved_words(names, n_inputs):
    words = []
    for name in names:
        if name.startswith("saved_tensors["):  # a custom Function's ctx.save_for_backward
            words.append(f"ctx.{name}")
            continue
        place, needs = _SAVED_PLACES.get(name, (None, 0))
        words.append(f"{name} ({place})" if place and n_inputs >= needs else name)
    return ", ".join(words)


def _backward(index, e, layout, describe, node_classes, forward=None):
    node_id = layout.ids[e.seq]
    accumulate = e.op.endswith("AccumulateGrad")
    rule = rule_for(e.op, node_classes.get(e.op))
    if not accumulate:
        rule = with_values(rule, _attrs_of(e, forward))
    frame = Frame(index, "backward", 0, 0, node_id, e.op, e.order, pass_index=e.pass_index,
                  rule=rule, grad=e.grad, grad_before=e.grad_before, grad_after=e.grad_after)
    if accumulate:
        name = describe.leaf_names.get(e.seq)
        frame.title = f"AccumulateGrad of {name}" if name else "AccumulateGrad of a leaf"
        frame.leaf_name = name or "x"
        frame.rule = accumulate_rule(frame.leaf_name)
        return frame
    frame.title = describe.node(e.seq, e.op)
    outgoing, active = [], []
    kinds = [i.kind for i in forward.inputs] if forward is not None else []
    for i, out in enumerate(e.outgoing):
        if out.target is None:
            what = {"number": " (a number)", "constant": " (a constant)"}.get(kinds[i] if i < len(kinds) else "", "")
            outgoing.append((f"input {i}{what}: needs no gradient", None, ""))
            continue
        kind = "leaf" if layout.ops.get(out.target) == "AccumulateGrad" else "op"
        words = f"input {i}, {describe.input(kind, out.target, out.output_nr)}"
        note = f"summed from shape {tuple(out.raw_shape)} over the broadcast dims" if out.raw_shape else ""
        outgoing.append((words, out.value, note))
        if out.value is not None:
            active += _edges_between(layout, out.target, e.seq)
    frame.outgoing = tuple(outgoing)
    frame.edges = tuple(dict.fromkeys(active))
    return frame


def _attrs_of(e, forward):
    """The node's plain numbers (alpha, exponent...): recorded with its forward op, else read
    from the node if it is still alive."""
    if forward is not None:
        return forward.attrs
    node = e.node() if e.node is not None else None
    return plain_attrs(node) if node is not None else ()


def _arrivals_text(f):
    small = all(v.numel <= 3 for _, v in f.arrivals)  # bigger ones were shown where they were sent
    parts = [f"{_flat(v)} from {w}" if small else f"from {w}" for w, v in f.arrivals]
    return f"the sum of {len(parts)} gradients that arrived: " + "; ".join(parts)


def _edges_between(layout, source_seq, target_seq):
    source, target = layout.ids.get(source_seq), layout.ids.get(target_seq)
    return [eid for eid, s, t in layout.edges if s == source and t == target]


def _number(frames):
    """number/count within each run of neighbouring frames of one phase (and backward call)."""
    start = 0
    for i in range(1, len(frames) + 1):
        if i == len(frames) or _run_key(frames[i]) != _run_key(frames[start]):
            for k, f in enumerate(frames[start:i]):
                f.number, f.count = k + 1, i - start
            start = i


def _run_key(frame):
    return frame.phase, frame.pass_index


# ----------------------------------------------------------------------------- text
def _text(f, derived):
    lines = [f"{f.label}: {f.title}"]
    if f.phase == "forward":
        for i, (words, value) in enumerate(f.inputs):
            lines.append(f"  input {i}: {words} = {_flat(value)}")
        lines.append(f"  output = {_flat(f.output)}")
        if f.saved_text:
            lines.append("  saved for backward: " + f.saved_text)
        return "\n".join(lines)
    if isinstance(f.grad, tuple):  # a node with several outputs: one gradient per output
        lines.append("  incoming gradients: " + ", ".join(
            f"output {i} = {_flat(g, 'None')}" for i, g in enumerate(f.grad)))
    else:
        lines.append(f"  incoming gradient: grad = {_flat(f.grad)}")
    if f.grad_note:
        lines.append(f"    ({f.grad_note})")
    if f.paths_note:
        lines.append(f"  paths: {f.paths_note}")
    lines.append(f"  rule: {f.rule}")
    if f.op.endswith("AccumulateGrad"):
        lines.append(f"  {f.leaf_name}.grad: {_flat(f.grad_before, 'None')} -> {_flat(f.grad_after, 'None')}")
        if derived:
            lines.append(f"  ({REPLAY_NOTE})")
    for words, value, note in f.outgoing:
        if value is None and "no gradient" in words:
            lines.append(f"  {words}")
        else:
            lines.append(f"  to {words}: {_flat(value, NO_GRADIENT)}" + (f" ({note})" if note else ""))
    return "\n".join(lines)


NO_GRADIENT = "None (no gradient sent)"


def _flat(value, missing="not kept by the graph"):
    if value is None:
        return missing
    return " ".join(V.text(value).split())


# ----------------------------------------------------------------------------- HTML
_CELL = "padding:2px 8px;vertical-align:top;text-align:left;border:none;font:13px/18px Helvetica,Arial,sans-serif;"
_PRE = "margin:0;font:12px/18px 'DejaVu Sans Mono',Menlo,Consolas,monospace;white-space:pre;"
_HEAD = f"font:600 14px Helvetica,Arial,sans-serif;color:{theme.color('fg')};margin:0 0 6px 0;"
_RULE = (f"font:12px 'DejaVu Sans Mono',Menlo,Consolas,monospace;background:{theme.color('box')};"
         f"color:{theme.color('fg')};border-left:3px solid {P.OP.border};padding:4px 8px;margin:6px 0;"
         "white-space:pre-wrap;")
_MUTED = f"color:{theme.color('muted')};font:italic 12px Helvetica,Arial,sans-serif;"
_PHASE_COLOR = {"forward": theme.color("leaf"), "backward": theme.color("changed")}


def _html(f, derived):
    color = _PHASE_COLOR[f.phase]
    head = (f'<div style="{_HEAD}"><span style="color:{color}">{escape(f.label)}</span> · '
            f"{escape(f.title)}</div>")
    rows = []
    if f.phase == "forward":
        for i, (words, value) in enumerate(f.inputs):
            rows.append(_row(f"input {i}", words, value))
        rows.append(_row("output", "", f.output, strong=True))
        if f.saved_text:
            rows.append(_row("saves", f.saved_text, None, words_only=True))
        return head + _table(rows)
    if isinstance(f.grad, tuple):
        rows += [_row("grad in", f"output {i}", g, strong=True, missing="None") for i, g in enumerate(f.grad)]
    else:
        rows.append(_row("grad in", f.grad_from or "from the output side", f.grad, strong=True))
    if f.grad_note:
        rows.append(_row("", f.grad_note, None, words_only=True))
    if f.paths_note:
        rows.append(_row("paths", f.paths_note, None, words_only=True))
    parts = [head, _table(rows), f'<div style="{_RULE}">{escape(f.rule)}</div>']
    rows = []
    if f.op.endswith("AccumulateGrad"):
        rows.append(_row(f"{f.leaf_name}.grad", "before", f.grad_before, missing="None"))
        rows.append(_row("", "after", f.grad_after, strong=True, missing="None"))
        parts.append(_table(rows))
        if derived:
            parts.append(f'<div style="{_MUTED}">{escape(REPLAY_NOTE)}</div>')
        return "".join(parts)
    for words, value, note in f.outgoing:
        if value is None and "no gradient" in words:
            rows.append(_row("", words, None, words_only=True))
        else:
            rows.append(_row("grad out", words + (f" ({note})" if note else ""), value, missing=NO_GRADIENT))
    parts.append(_table(rows))
    return "".join(parts)


def _table(rows):
    return f'<table style="border-collapse:collapse;margin:0">{"".join(rows)}</table>'


def _row(key, words, value, strong=False, words_only=False, missing="not kept by the graph"):
    key_html = f'<td style="{_CELL}color:{theme.color("muted")};white-space:nowrap">{escape(key)}</td>'
    words_html = f'<span style="{_MUTED}">{escape(words)}</span>' if words else ""
    if words_only:
        return f"<tr>{key_html}<td style='{_CELL}'>{words_html}</td></tr>"
    weight = "font-weight:bold;" if strong else ""
    shown = escape(V.text(value)) if value is not None else f'<span style="{_MUTED}">{missing}</span>'
    block = f'<pre style="{_PRE}{weight}">{shown}</pre>'
    return f"<tr>{key_html}<td style='{_CELL}'>{words_html}{'<br>' if words else ''}{block}</td></tr>"
