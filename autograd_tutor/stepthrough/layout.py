"""One picture for a whole recording: every node it ever shows, laid out by ``dot`` once.

The graph model and DOT come from ``autograd_tutor.viz`` (same labels, shapes and palette as
the live graph); this module only adds an ``id`` to every node and edge so that each frame can
restyle them by CSS. Frames never change the SVG, so nothing moves between steps.
"""
import itertools
import re
import threading

from ..tracing import ForwardEvent
from ..viz import dot as viz_dot, labels, render as viz_render
from ..viz.defaults import VALUE_LIMIT
from ..viz.model import Model
from . import arrowheads, values as V

ID_PREFIX = "ST__"  # in the DOT and the cached SVG; each widget swaps in its own prefix
ALWAYS = -1  # appears before the first event: the node existed before the recording began
# The arrows turn round between the phases (see arrowheads), so the caption says so.
CAPTION = ["Forward steps: arrows point inputs → output, the way values flow.",
           "Backward steps: they point output → leaves, the way gradients flow."]
_tokens = itertools.count()


class Layout:
    """Node ids, when each node appears, the edges into each node, and the SVG."""

    def __init__(self):
        self.ids = {}  # seq -> node id ("n3")
        self.ops = {}  # seq -> op name
        self.appears = {}  # node id -> order of the event that creates it (ALWAYS: before)
        self.output_of = {}  # seq -> id of its output box
        self.edges = []  # (edge id, source id, target id)
        self.into = {}  # node id -> [edge ids ending there]
        self.names = {}  # seq -> the learner's name for the node's tensor
        self.dropped = 0  # nodes left out above max_nodes
        self.dot = ""
        self._svg = None
        self._thread = None
        self._error = None

    def node_id(self, seq):
        return self.ids.get(seq)

    def start_render(self):
        """Runs dot in a thread while the caller formats the frames (dot is a separate process,
        so the two overlap); ``svg()`` waits for it."""
        if self._svg is None and self._thread is None:
            self._thread = threading.Thread(target=self._render, daemon=True)
            self._thread.start()

    def _render(self):
        try:
            self._svg = arrowheads.mark(viz_render.render(self.dot, "svg"))
        except Exception as err:  # noqa: BLE001 - raised again, in the caller's thread, by svg()
            self._error = err

    def svg(self, prefix):
        """The SVG with this widget's id prefix (ids stay unique with several widgets on a page)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._svg is None:
            if self._error is not None:
                error, self._error = self._error, None
                raise error
            self._render()
            return self.svg(prefix)
        return self._svg.replace(ID_PREFIX, prefix)


def new_prefix():
    return f"st{next(_tokens)}-"


def build(recording, names, max_nodes=200, value_limit=VALUE_LIMIT):
    """The Layout of ``recording``; ``names`` answers ``leaf(seq)`` / ``op(seq)`` with a name."""
    layout = Layout()
    nodes, appears = _collect(recording, max_nodes, layout)
    base = min(nodes) if nodes else 0
    for seq in nodes:
        layout.ids[seq] = f"n{seq - base}"
        layout.appears[layout.ids[seq]] = appears[seq]
    model = Model()
    forward = {e.seq: e for e in recording.events if isinstance(e, ForwardEvent) and not e.in_backward}
    consumed = {i.source for seq in nodes if seq in forward for i in forward[seq].inputs
                if i.kind in ("op", "leaf") and i.source in nodes}
    for seq, kind in nodes.items():
        if kind == "op":
            layout.names[seq] = names.op(seq)
    # Outputs first, then the newest nodes: the order the live graph (viz) draws them in, so
    # the step-through looks like the graph the learner saw after the cell.
    outputs = _outputs(recording, nodes, forward, consumed)
    for k, seq in enumerate(outputs):
        out_id = f"out{k}"
        event = forward.get(seq)
        value = event.output if event is not None else None
        model.nodes.append(_output(out_id, value, layout.names.get(seq), value_limit))
        layout.output_of[seq] = out_id
        layout.appears[out_id] = layout.appears[layout.ids[seq]]
        _edge(layout, model, layout.ids[seq], out_id, None, kind="output")
    for seq in _draw_order(nodes, forward, outputs):
        node_id = layout.ids[seq]
        if nodes[seq] == "leaf":
            model.nodes.append(_leaf(node_id, names.leaf_value(seq), names.leaf(seq), value_limit, seq))
            continue
        model.nodes.append(labels.op_node(node_id, layout.ops[seq], layout.names[seq], [], seq=seq))
        event = forward.get(seq)
        for index, inp in enumerate(event.inputs if event is not None else ()):
            source = layout.ids.get(inp.source) if inp.kind in ("op", "leaf") else None
            if source is not None:
                _edge(layout, model, source, node_id, index)
    _backward_only_edges(recording, layout, model, forward)
    layout.dot = _with_ids(viz_dot.to_dot(model, CAPTION), layout)
    return layout


def _collect(recording, max_nodes, layout):
    """({seq: "op" or "leaf"}, {seq: order it appears at}) for the nodes the picture shows."""
    found, appears = {}, {}

    def note(seq, kind, op, order):
        if seq not in found:
            found[seq], appears[seq] = kind, order
            layout.ops[seq] = op

    for e in recording.events:
        if isinstance(e, ForwardEvent):
            if e.in_backward:
                continue
            for inp in e.inputs:
                if inp.kind == "leaf":
                    note(inp.source, "leaf", "AccumulateGrad", e.order)
            note(e.seq, "op", e.op, e.order)
        else:  # a node made before the recording started: there from the first frame
            note(e.seq, "leaf" if e.op.endswith("AccumulateGrad") else "op", e.op, ALWAYS)
    ordered = sorted(found, key=lambda s: (appears[s], s))
    if max_nodes and len(ordered) > max_nodes:
        layout.dropped = len(ordered) - max_nodes
        ordered = ordered[:max_nodes]
    return {seq: found[seq] for seq in sorted(ordered)}, appears


def _backward_only_edges(recording, layout, model, forward):
    """Edges for nodes that ran in backward but were made before the recording started."""
    seen = set()
    for e in recording.events:
        if isinstance(e, ForwardEvent) or e.seq in forward or e.seq in seen:
            continue
        seen.add(e.seq)
        target = layout.ids.get(e.seq)
        for index, out in enumerate(e.outgoing):
            source = layout.ids.get(out.target)
            if target is not None and source is not None:
                _edge(layout, model, source, target, index)


def _draw_order(nodes, forward, outputs):
    """Breadth-first from the outputs through each op's inputs (as viz walks the graph), then
    whatever is left, newest first."""
    order, seen = [], set()
    queue = list(outputs)
    for seq in queue:  # the list grows while it is walked: a breadth-first queue
        if seq in seen or seq not in nodes:
            continue
        seen.add(seq)
        order.append(seq)
        event = forward.get(seq)
        queue += [i.source for i in (event.inputs if event is not None else ()) if i.kind in ("op", "leaf")]
    return order + [seq for seq in sorted(nodes, reverse=True) if seq not in seen]


def _outputs(recording, nodes, forward, consumed):
    """Nodes whose result nothing in the picture used (what the cell computed last), plus the
    nodes each backward call started from."""
    outs = [seq for seq in nodes if nodes[seq] == "op" and seq in forward and seq not in consumed]
    for p in recording.passes:
        outs += [seq for seq in p.roots if seq in nodes and nodes[seq] == "op" and seq not in outs]
    return sorted(outs)


def _edge(layout, model, source, target, index, kind="input"):
    edge_id = f"e{len(layout.edges)}"
    layout.edges.append((edge_id, source, target))
    layout.into.setdefault(target, []).append(edge_id)
    model.add_edge(source, target, kind, index)


def _leaf(node_id, value, name, value_limit, seq):
    if value is None:
        return labels.make_node(node_id, "leaf", name or "leaf", "leaf · AccumulateGrad", [], name, seq=seq)
    shown = V.Shown(value, requires_grad=True)
    return labels.leaf_node(node_id, shown, name, value_limit, "leaf · AccumulateGrad", seq=seq,
                            op="AccumulateGrad")


def _output(node_id, value, name, value_limit):
    if value is None:
        return labels.make_node(node_id, "output", name or "output", "output tensor", [], name)
    return labels.output_node(node_id, V.Shown(value, has_grad_fn=True), name, value_limit)


_NODE_LINE = re.compile(r"^  (\w+) \[")
_EDGE_LINE = re.compile(r"^  (\w+) -> (\w+)( \[)?")


def _with_ids(dot_text, layout):
    """Adds ``id="ST__n3"`` to node lines and ``id="ST__e0"`` (and both arrowheads) to edge
    lines, in model order."""
    known = set(layout.appears) | set(layout.output_of.values())
    edges = iter(layout.edges)
    out = []
    for line in dot_text.split("\n"):
        m = _EDGE_LINE.match(line)
        if m:
            edge_id = next(edges)[0]
            if m.group(3):
                line = line.replace(" [", f' [id="{ID_PREFIX}{edge_id}" {arrowheads.DOT_EDGE_ATTR} ', 1)
            else:
                line = f'{line} [id="{ID_PREFIX}{edge_id}" {arrowheads.DOT_EDGE_ATTR}]'
        else:
            m = _NODE_LINE.match(line)
            if m and m.group(1) in known:
                line = line.replace(" [", f' [id="{ID_PREFIX}{m.group(1)}" ', 1)
        out.append(line)
    return "\n".join(out)
