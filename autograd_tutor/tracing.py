"""Recording what autograd does, step by step: ``with record() as rec: ...``.

While a recording is active, the core calls two hooks (module attributes that are None
otherwise, so tracing costs one ``is not None`` check when off):

- ``ops._record.tracer.forward(node, inputs, out)`` each time an op is recorded;
- ``autograd.engine.tracer.begin_pass(roots, grads)`` when a backward call starts, then
  ``before_node(node, grad)`` / ``after_node(node, grad, outputs)`` around each node's
  backward (AccumulateGrad included).

A Recording keeps only what a replay needs: numbers as small NumPy copies, nodes by their
creation sequence number (``node._seq``) plus a weak reference, so it never keeps a learner's
tensors or graph alive. Recordings nest: every active recording sees every event.
"""
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from .autograd import engine as _engine
from .autograd.engine import sum_to_shape
from .autograd.node import AccumulateGrad
from .graph_reader import (
    TutorBackend,
    leaf_variable,
    next_edges,
    op_name as node_name,
    plain_attrs,
    saved_fields,
    saved_freed,
    weak,
)
from .ops import _record

COPY_LIMIT = 4096  # tensors with more elements keep their shape and dtype only


@dataclass(frozen=True)
class Value:
    """A tensor's numbers at one moment: a copy (None above COPY_LIMIT), shape and dtype."""

    array: object
    shape: tuple
    dtype: str  # PyTorch's name, "torch.float32"

    @property
    def numel(self):
        return int(np.prod(self.shape)) if self.shape else 1


def snapshot(x):
    """A Value for a tensor (autograd_tutor or PyTorch), NumPy array or number; None for None.

    The gradients of a node with several outputs (split, unbind...) arrive as one slot per
    output: they become a tuple with a Value (or None) per output.
    """
    if x is None:
        return None
    slots = getattr(x, "slots", None)
    if isinstance(slots, list):
        return tuple(snapshot(g) for g in slots)
    data = _numpy_of(x)
    dtype = str(getattr(x, "dtype", "")) if not isinstance(x, np.ndarray) else ""
    if not dtype.startswith("torch."):
        dtype = "torch." + ("bool" if data.dtype == np.bool_ else data.dtype.name)
    array = data.copy() if data.size <= COPY_LIMIT else None
    return Value(array, tuple(int(d) for d in data.shape), dtype)


def _numpy_of(x):
    if isinstance(x, np.ndarray):
        return x
    data = getattr(x, "_data", None)  # an autograd_tutor Tensor
    if isinstance(data, np.ndarray):
        return data
    if hasattr(x, "detach"):  # a PyTorch tensor (duck-typed: torch is never imported here)
        return np.asarray(x.detach().cpu().numpy())
    return np.asarray(x)


@dataclass(frozen=True)
class Input:
    """One input of a recorded op.

    kind: "op" (the output of another recorded node, ``source`` its seq), "leaf" (a leaf that
    requires grad, ``source`` the seq of its AccumulateGrad), "constant" (a tensor that needs
    no gradient) or "number" (a Python number).
    """

    kind: str
    source: object
    value: object  # Value or None when unknown
    output_nr: int = 0  # which output of ``source`` (nodes with several outputs: split...)


@dataclass(frozen=True)
class Leaf:
    """A leaf tensor that requires grad, identified by its AccumulateGrad node's seq."""

    seq: int
    value: Value
    tensor: object = field(repr=False, compare=False)  # weakref (or None)


@dataclass(frozen=True)
class ForwardEvent:
    order: int  # position among all events of the recording
    seq: int
    op: str  # the node's class name, e.g. "MulBackward0"
    inputs: tuple
    output: object  # Value or None when unknown
    saved: tuple = ()  # the fields that really hold a tensor ("other" for x * 2.0), or
    # "saved_tensors[i]" for a custom Function's ctx.save_for_backward
    in_backward: bool = False  # made by a backward pass with create_graph=True
    node: object = field(default=None, repr=False, compare=False)  # weakref
    output_tensor: object = field(default=None, repr=False, compare=False)  # weakref
    attrs: tuple = ()  # (name, value) of the plain numbers the node keeps (alpha, exponent, dim)


@dataclass(frozen=True)
class Outgoing:
    """The gradient a node sends to one of its inputs, as that input receives it."""

    target: object  # seq of the receiving node, or None (input needs no gradient)
    value: object  # Value or None (no gradient)
    raw_shape: tuple = None  # shape before the sum over broadcast dims, when it differed
    output_nr: int = 0  # which output of the receiving node (nodes with several outputs)


@dataclass(frozen=True)
class BackwardEvent:
    order: int
    pass_index: int
    seq: int
    op: str
    grad: object  # Value: the incoming gradient (sum of all contributions); a tuple of them
    # (one per output) for nodes with several outputs
    outgoing: tuple = ()  # Outgoing per next_functions entry (empty for AccumulateGrad)
    grad_before: object = None  # AccumulateGrad: the leaf's .grad before and after (Value)
    grad_after: object = None
    node: object = field(default=None, repr=False, compare=False)  # weakref


@dataclass(frozen=True)
class Pass:
    """One backward call: where it started and with which gradients."""

    index: int
    order: int
    roots: tuple  # seqs
    seeds: tuple  # Values


class Recording:
    """Forward ops and backward steps, in the order they happened."""

    def __init__(self):
        self.events = []  # ForwardEvent and BackwardEvent, interleaved as they happened
        self.passes = []
        self.leaves = {}  # AccumulateGrad seq -> Leaf
        self.notes = []  # what a replay should tell the learner (e.g. why backward is missing)
        self.freed = set()  # seqs of nodes whose saved tensors a backward call freed
        self.derived = False  # True when rebuilt from a graph rather than recorded live

    @property
    def forward(self):
        return [e for e in self.events if isinstance(e, ForwardEvent)]

    @property
    def backward(self):
        return [e for e in self.events if isinstance(e, BackwardEvent)]

    def __len__(self):
        return len(self.events)

    def __repr__(self):
        return (f"<Recording: {len(self.forward)} forward ops, {len(self.backward)} backward steps "
                f"in {len(self.passes)} backward call(s)>")


def _input_of(t, edge):
    node = edge[0]
    if node is not None:
        kind = "leaf" if isinstance(node, AccumulateGrad) else "op"
        return Input(kind, node._seq, snapshot(t), edge[1])
    if hasattr(t, "shape"):
        return Input("constant", None, snapshot(t))
    return Input("number", None, snapshot(t) if t is not None else None)


class _Tracer:
    """The one object the core calls; it fans every event out to the active recordings."""

    def __init__(self):
        self.active = []
        self.depth = 0  # > 0 while a node's backward runs (ops made then belong to backward)
        self.pending = {}  # id(AccumulateGrad) -> .grad before, between before/after_node
        # Nodes that just ran backward: whether the engine then freed what they saved is seen
        # at the next event (the node may be gone by the time a replay is built).
        self.ran = []  # (weakref, seq, saved names)

    def _next_order(self):
        return len(self.active[0].events) if self.active else 0

    def _append(self, make):
        for rec in self.active:
            rec.events.append(make(len(rec.events)))

    def settle(self):
        """Notes which nodes that ran backward had their saved tensors freed since."""
        ran, self.ran = self.ran, []
        for ref, seq, names in ran:
            if saved_freed(ref() if ref is not None else None, names):
                for rec in self.active:
                    rec.freed.add(seq)

    # ----- forward -----
    def forward(self, node, inputs, out):
        if self.ran:
            self.settle()
        edges = next_edges(node)
        ins = tuple(_input_of(t, e) for t, e in zip(inputs, edges))
        for (acc, _), t in zip(edges, inputs):
            if isinstance(acc, AccumulateGrad):
                for rec in self.active:
                    if acc._seq not in rec.leaves:
                        rec.leaves[acc._seq] = Leaf(acc._seq, snapshot(t), weak(t))
        output = snapshot(out)
        saved, attrs = saved_fields(node), plain_attrs(node)
        node_ref, out_ref = weak(node), weak(out)
        op = node_name(node)
        in_backward = self.depth > 0
        self._append(lambda order: ForwardEvent(order, node._seq, op, ins, output, saved,
                                                in_backward, node_ref, out_ref, attrs))

    # ----- backward -----
    def begin_pass(self, roots, grads):
        self.depth = 0  # a node that raised never reached after_node
        if self.ran:
            self.settle()
        seeds = tuple(snapshot(g) for g in grads)
        for rec in self.active:
            rec.passes.append(Pass(len(rec.passes), len(rec.events), tuple(n._seq for n in roots), seeds))

    def before_node(self, node, grad):
        if self.ran:
            self.settle()
        self.depth += 1
        if isinstance(node, AccumulateGrad):
            self.pending[id(node)] = snapshot(leaf_variable(node).grad)

    def after_node(self, node, grad, outputs):
        self.depth = max(self.depth - 1, 0)
        incoming = snapshot(grad)
        node_ref = weak(node)
        if isinstance(node, AccumulateGrad):
            before = self.pending.pop(id(node), None)
            after = snapshot(leaf_variable(node).grad)
            self._add_backward(node, incoming, (), before, after, node_ref)
            return
        outgoing = tuple(_outgoing(nxt, nr, g) for (nxt, nr), g in zip(next_edges(node), outputs))
        self._add_backward(node, incoming, outgoing, None, None, node_ref)
        saved = saved_fields(node)
        if saved and node_ref is not None:
            self.ran.append((node_ref, node._seq, saved))

    def _add_backward(self, node, incoming, outgoing, before, after, node_ref):
        op = node_name(node)
        for rec in self.active:
            index = max(len(rec.passes) - 1, 0)
            rec.events.append(BackwardEvent(len(rec.events), index, node._seq, op, incoming, outgoing,
                                            before, after, node_ref))


_EXPECTED = TutorBackend().expected  # (shape, dtype) of a node's output


def _outgoing(target, output_nr, grad):
    if target is None or grad is None:
        return Outgoing(target._seq if target is not None else None, None, None, output_nr)
    shape = _EXPECTED(target, output_nr)[0]  # that output's shape (nodes with several outputs)
    raw_shape = tuple(grad.shape)
    if raw_shape != tuple(shape):  # what the engine will sum it to (broadcasting)
        return Outgoing(target._seq, snapshot(sum_to_shape(grad, shape)), raw_shape, output_nr)
    return Outgoing(target._seq, snapshot(grad), None, output_nr)


_TRACER = _Tracer()


def _install():
    hook = _TRACER if _TRACER.active else None
    _record.tracer = hook
    _engine.tracer = hook


@contextmanager
def record():
    """Records every op and backward step run inside the block::

        with record() as rec:
            loss = (w * x).sum()
            loss.backward()
        StepThrough(rec)

    Nesting is fine (each recording sees what ran inside it); the hooks are removed when the
    last recording ends, even if the block raises.
    """
    recording = Recording()
    _TRACER.active.append(recording)
    _install()
    try:
        yield recording
    finally:
        _TRACER.settle()
        _TRACER.active = [r for r in _TRACER.active if r is not recording]
        if not _TRACER.active:
            _TRACER.depth = 0
            _TRACER.pending.clear()
        _install()


def is_recording():
    return bool(_TRACER.active)
