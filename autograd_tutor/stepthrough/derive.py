"""A Recording rebuilt from a tensor's graph, for ``StepThrough(y)`` without ``record()``.

Forward: the graph's op nodes in creation order, with the values the graph still knows (the
leaves, the tensor itself, and what the nodes saved for backward). Backward: each node's own
formula applied to the gradient it receives, in the order the engine would run them, as
``y.backward()`` would, but with nothing written to any ``.grad``.
"""
import heapq
import itertools

from ..graph_reader import (
    Structure,
    backend_for,
    is_tensor,
    leaf_variable,
    next_edges,
    op_name,
    plain_attrs,
    saved_fields,
    saved_values,
    split_saved,
    weak,
)
from ..tracing import BackwardEvent, ForwardEvent, Input, Leaf, Outgoing, Pass, Recording, snapshot
from ..viz.tensors import numel

FREED_NOTE = ("The backward steps cannot be replayed: {error} Record the cell instead "
              "(%%stepthrough, or `with autograd_tutor.tracing.record() as rec:`), or call "
              "backward(retain_graph=True).")
NOT_KEPT_NOTE = ("Values shown as 'not kept by the graph' are intermediate results that backward "
                 "does not need, so autograd did not keep them: record the cell (%%stepthrough) to "
                 "see every value.")
NOT_SCALAR_NOTE = ("{what} is not a single number: the replay starts from a gradient of ones, "
                   "as {what}.backward(torch.ones_like({what})) would.")
# Saved fields that hold an input's value (by position) or the op's own output.
_INPUT_FIELDS = {"self": 0, "other": 1}


def recording_from(tensor, name="y", mapping=None, nodes=None):
    """The Recording of ``tensor``'s graph. ``mapping`` (name -> object) supplies the values of
    named intermediate tensors, which the graph itself does not keep; ``nodes``, a dict, receives
    seq -> node (PyTorch nodes take no weak references: the caller names them, then drops it)."""
    if not is_tensor(tensor):
        raise TypeError(f"StepThrough needs a tensor or a Recording, not {type(tensor).__name__}")
    root = tensor.grad_fn
    if root is None:
        why = ("it is a leaf tensor, so there is nothing to step through: pass a result computed "
               "from it, e.g. StepThrough(y) for y = x * 2") if tensor.requires_grad else \
              "it does not require grad, so autograd recorded no graph for it"
        raise ValueError(f"StepThrough: this tensor has no grad_fn: {why}.")
    backend = backend_for(root)
    graph = _Graph(root, backend)
    rec = Recording()
    rec.derived = True
    values = _known_values(graph, tensor)
    _add_named_values(values, graph, mapping)
    if nodes is not None:
        nodes.update((graph.seq[fn], fn) for fn in graph.nodes)
    for fn in graph.creation_order():
        var = leaf_variable(fn)
        if var is not None:
            rec.leaves[graph.seq[fn]] = Leaf(graph.seq[fn], snapshot(var), weak(var))
        else:
            rec.events.append(_forward_event(len(rec.events), fn, graph, values))
    if any(v is None for e in rec.events for v in (e.output, *(i.value for i in e.inputs))):
        rec.notes.append(NOT_KEPT_NOTE)
    if numel(tensor) != 1:
        rec.notes.append(NOT_SCALAR_NOTE.format(what=name))
    _replay_backward(rec, graph, backend, tensor)
    return rec


class _Graph:
    """The nodes reachable from ``root`` (the reader's breadth-first Structure), who consumes
    each (once per edge) and a creation-order key each."""

    def __init__(self, root, backend):
        self.root = root
        structure = Structure([root])
        self.nodes = structure.fns
        consumers = {}
        for fn, kids in zip(structure.fns, structure.children):
            for j, _ in kids:
                if j is not None:
                    consumers.setdefault(structure.fns[j], []).append(fn)
        self.consumers = consumers
        self.seq = self._number(backend)

    def _number(self, backend):
        order = {fn: backend.creation_order(fn) for fn in self.nodes}
        if all(isinstance(v, int) for v in order.values()):
            return order  # autograd_tutor: the nodes' own sequence numbers
        # PyTorch leaves carry no usable number: place each just before its first consumer.
        walk = {fn: i for i, fn in enumerate(self.nodes)}
        key = {}
        for fn, v in order.items():
            if v is None:
                firsts = [order[c] for c in self.consumers.get(fn, ()) if order[c] is not None]
                v = min(firsts) - 0.5 if firsts else -1
            key[fn] = (v, walk[fn])
        ranked = sorted(self.nodes, key=key.__getitem__)
        return {fn: i for i, fn in enumerate(ranked)}

    def creation_order(self):
        return sorted(self.nodes, key=self.seq.__getitem__)


def _saved_tensors(fn):
    tensors, _ = split_saved(saved_values(fn))
    return [(k, v) for k, v in tensors if is_tensor(v)]


def _known_values(graph, tensor):
    """Output Value per node, where the graph still holds it; constants' values per (fn, i)."""
    values = {graph.root: snapshot(tensor)}
    for fn in graph.nodes:
        var = leaf_variable(fn)
        if var is not None:
            values[fn] = snapshot(var)
    for fn in graph.nodes:
        saved = dict(_saved_tensors(fn))
        if "result" in saved and fn not in values:
            values[fn] = snapshot(saved["result"])
        edges = next_edges(fn)
        for field, index in _INPUT_FIELDS.items():
            if field in saved and index < len(edges):
                child = edges[index][0]
                key = child if child is not None else (fn, index)
                values.setdefault(key, snapshot(saved[field]))
    return values


def _add_named_values(values, graph, mapping):
    """A named tensor (``r1 = ...``) whose grad_fn is in the graph is that node's output."""
    try:
        items = list(mapping.items()) if mapping is not None else []
    except Exception:  # noqa: BLE001 - an odd namespace must not stop the widget
        return
    by_id = {id(fn): fn for fn in graph.nodes}
    for _, obj in items:
        fn = getattr(obj, "grad_fn", None) if is_tensor(obj) else None
        if fn is not None and id(fn) in by_id and by_id[id(fn)] is fn and fn not in values:
            values[fn] = snapshot(obj)


def _forward_event(order, fn, graph, values):
    inputs = []
    for i, (child, output_nr) in enumerate(next_edges(fn)):
        if child is None:
            inputs.append(Input("constant", None, values.get((fn, i))))
        else:
            kind = "leaf" if leaf_variable(child) is not None else "op"
            value = values.get(child) if not output_nr else None
            inputs.append(Input(kind, graph.seq[child], value, output_nr))
    return ForwardEvent(order, graph.seq[fn], op_name(fn), tuple(inputs), values.get(fn), saved_fields(fn),
                        False, weak(fn), None, plain_attrs(fn))


def _replay_backward(rec, graph, backend, tensor):
    try:
        events = list(_run(graph, backend, tensor, len(rec.events)))
    except Exception as exc:  # noqa: BLE001 - a freed graph, a node without backward: say so
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        first = first.split(". ")[0].rstrip(".") + "."
        rec.notes.append(FREED_NOTE.format(error=first))
        return
    seed = snapshot(backend.seed(tensor))
    rec.passes.append(Pass(0, len(rec.events), (graph.seq[graph.root],), (seed,)))
    rec.events.extend(events)


def _run(graph, backend, tensor, first_order):
    """The engine's schedule (dependency counts, newest ready node first), on copies."""
    deps = {}
    for fn in graph.nodes:
        for child, _ in next_edges(fn):
            if child is not None:
                deps[child] = deps.get(child, 0) + 1
    buffers = {graph.root: {0: backend.seed(tensor)}}
    tie = itertools.count()
    ready = [(-backend.priority(graph.root), next(tie), graph.root)]
    order = first_order
    while ready:
        fn = heapq.heappop(ready)[2]
        arrived = buffers.pop(fn, None)
        outputs = None
        if arrived:
            grads = [arrived.get(i) for i in range(backend.outputs(fn))]
            shown = next(g for g in grads if g is not None)
            var = leaf_variable(fn)
            if var is not None:
                yield _accumulate_event(order, graph.seq[fn], op_name(fn), shown, var, fn)
            else:
                outputs = backend.call(fn, grads)
                incoming = shown if len(grads) == 1 else tuple(snapshot(g) for g in grads)
                yield _node_event(order, graph, backend, fn, incoming, outputs)
            order += 1
        for i, (child, input_nr) in enumerate(next_edges(fn)):
            if child is None:
                continue
            if outputs is not None and i < len(outputs) and outputs[i] is not None:
                g = backend.fit(outputs[i], child, input_nr)
                slot = buffers.setdefault(child, {})
                slot[input_nr] = g if input_nr not in slot else slot[input_nr] + g
            deps[child] -= 1
            if not deps[child]:
                heapq.heappush(ready, (-backend.priority(child), next(tie), child))


def _node_event(order, graph, backend, fn, grad, outputs):
    outgoing = []
    for i, (child, input_nr) in enumerate(next_edges(fn)):
        g = outputs[i] if i < len(outputs) else None
        if child is None or g is None:
            outgoing.append(Outgoing(graph.seq.get(child) if child is not None else None, None, None, input_nr))
            continue
        fitted = backend.fit(g, child, input_nr)
        raw = tuple(int(d) for d in g.shape)
        outgoing.append(Outgoing(graph.seq[child], snapshot(fitted),
                                 raw if raw != tuple(int(d) for d in fitted.shape) else None, input_nr))
    incoming = grad if isinstance(grad, tuple) else snapshot(grad)
    return BackwardEvent(order, 0, graph.seq[fn], op_name(fn), incoming, tuple(outgoing), node=weak(fn))


def _accumulate_event(order, seq, op, grad, var, fn):
    incoming = snapshot(grad)
    before = snapshot(var.grad)
    after = incoming
    if before is not None and before.array is not None and incoming.array is not None:
        after = snapshot(before.array + incoming.array)
    return BackwardEvent(order, 0, seq, op, incoming, (), before, after, weak(fn))
