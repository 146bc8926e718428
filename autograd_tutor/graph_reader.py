"""Reading an autograd graph, autograd_tutor's or real PyTorch's: one reader for every view.

Beside ``tracing`` (which records a graph as it is built, and reads its nodes through here),
this module reads a finished one: the nodes reachable from some ``grad_fn`` (iterative
breadth-first walks, bounded ones for the watcher), what each node is called, which leaf an
AccumulateGrad stands for, what a node saved for backward (and whether a backward freed it),
and how to run a node's own backward formula on a gradient, outside the engine (nothing is
accumulated, no hook fires). Duck typing only: torch is never imported, a PyTorch graph brings
its own tensors and their methods.
"""
import gc
import math
import sys
import weakref
from collections import deque
from contextlib import contextmanager

import numpy as np

_SKIP_TYPES = (type(None), bool, int, float, complex, str, bytes, list, tuple, dict, set, type)


def is_tensor(obj):
    """True for anything that looks like a tensor (shape, requires_grad, grad_fn)."""
    if isinstance(obj, _SKIP_TYPES):
        return False
    try:
        return all(hasattr(obj, a) for a in ("grad_fn", "requires_grad", "shape"))
    except Exception:  # odd objects in a notebook namespace must not break a view
        return False


def next_edges(fn):
    """``fn.next_functions``: ``(child grad_fn or None, input_nr)`` per input; () if unreadable."""
    try:
        return fn.next_functions
    except Exception:
        return ()


def children(fn):
    """The grad_fns ``fn`` sends gradients to: its ``next_functions`` without the Nones."""
    try:
        return [child for child, _ in fn.next_functions if child is not None]
    except Exception:  # noqa: BLE001 - a node we cannot read has no known inputs
        return []


def reach(starts, limit=None):
    """``{id(fn): fn}`` for the distinct grad_fns reachable from ``starts`` (themselves
    included), breadth-first; None as soon as there are more than ``limit`` of them: the walk
    stops there, so asking whether a graph is large costs at most ``limit + 1`` visits.
    Holding the nodes keeps their ids valid while the caller compares them."""
    cap = math.inf if limit is None else limit
    seen, queue = {}, deque()
    found = [fn for fn in starts if fn is not None]
    while True:
        for fn in found:
            key = id(fn)
            if key not in seen:
                seen[key] = fn
                if len(seen) > cap:
                    return None
                queue.append(fn)
        if not queue:
            return seen
        found = children(queue.popleft())


def weak(obj):
    """A weak reference to ``obj``, or None for a type that takes none: readers remember
    nodes and tensors weakly, so no view keeps a learner's graph alive."""
    try:
        return weakref.ref(obj)
    except TypeError:
        return None


def op_name(fn):
    """``MulBackward0``; PyTorch's ``torch::autograd::AccumulateGrad`` becomes ``AccumulateGrad``."""
    try:
        name = fn.name()
    except Exception:
        name = type(fn).__name__
    return name.rsplit("::", 1)[-1]


def leaf_variable(fn):
    """The leaf tensor behind an AccumulateGrad node, or None for every other node."""
    try:
        var = fn.variable
    except Exception:
        return None
    return var if is_tensor(var) else None


def seq_number(fn):
    """autograd_tutor's creation sequence number, None for PyTorch nodes."""
    seq = getattr(fn, "_seq", None)
    return seq if isinstance(seq, int) else None


# ----- what a node saved for backward -----

FREED = object()  # marker: the saved tensor was freed by a backward without retain_graph


def saved_values(fn):
    """``[(field, value)]`` for every ``_saved_*`` attribute; value is FREED once freed.

    Fields never saved (PyTorch reports None) are left out.
    """
    out = []
    try:
        attrs = sorted(a for a in dir(fn) if a.startswith("_saved_"))
    except Exception:
        return out
    for attr in attrs:
        try:
            value = getattr(fn, attr)
        except RuntimeError:
            value = FREED
        except Exception:
            continue
        if value is not None and not callable(value):  # skip helper methods named _saved_...
            out.append((attr[len("_saved_"):], value))
    return out


def split_saved(values):
    """Tensors (and freed ones) apart from plain attributes like ``exponent`` or ``dim``."""
    tensors = [(k, v) for k, v in values if v is FREED or is_tensor(v)]
    attrs = [(k, v) for k, v in values if not (v is FREED or is_tensor(v))]
    return tensors, attrs


def saved_fields(node):
    """What ``node`` really saved for backward: the ``_saved_<name>`` fields that hold a tensor.

    PyTorch saves only what the backward needs: ``x * 2.0`` keeps ``other`` (the 2.0), not
    ``self``, because 2.0 needs no gradient. A field that raises has been freed by a backward
    call, so it did hold a tensor. A custom Function's ``ctx.save_for_backward`` tensors are
    named as its backward reads them: ``saved_tensors[0]``... Works on PyTorch nodes too.
    """
    names = []
    for name in _tensor_field_names(node):
        try:
            value = getattr(node, "_saved_" + name)
        except RuntimeError:  # freed after backward
            names.append(name)
            continue
        except Exception:  # noqa: BLE001 - an odd node must not stop a recording
            continue
        if _holds_tensor(value):
            names.append(name)
    return tuple(names) + _function_saved(node)


def _tensor_field_names(node):
    fields = getattr(type(node), "tensor_fields", None)
    if fields is not None:
        return fields
    try:  # a PyTorch node lists its saved fields in dir() (sorted), tensors and numbers alike
        names = [a[len("_saved_"):] for a in dir(node) if a.startswith("_saved_")]
    except Exception:  # noqa: BLE001
        return ()
    first = ("self", "other")  # in argument order, as autograd_tutor's nodes list them
    return tuple(sorted(names, key=lambda n: first.index(n) if n in first else len(first)))


def _holds_tensor(value):
    if isinstance(value, (tuple, list)):  # e.g. IndexBackward0's indices
        return any(_holds_tensor(v) for v in value)
    return hasattr(value, "shape") and hasattr(value, "dtype") and not isinstance(value, np.generic)


def _function_saved(node):
    if not hasattr(node, "save_for_backward"):  # not the ctx of a custom Function
        return ()
    try:
        tensors = node.saved_tensors
    except RuntimeError:  # freed: how many were saved is still known to the engine only
        tensors = getattr(node, "_saved", ())
    except Exception:  # noqa: BLE001
        return ()
    return tuple(f"saved_tensors[{i}]" for i, t in enumerate(tensors) if t is not None)


def saved_freed(node, names):
    """True when the saved ``names`` of a live ``node`` were freed by a backward call."""
    if node is None or not names:
        return False
    for name in names:
        try:
            if name.startswith("saved_tensors["):
                node.saved_tensors
            else:
                getattr(node, "_saved_" + name)
        except RuntimeError:
            return True
        except Exception:  # noqa: BLE001
            return False
    return False


_PLAIN = (bool, int, float, np.number, np.bool_)


def plain_attrs(node):
    """``(name, value)`` of the numbers a node keeps besides tensors (``alpha``, ``exponent``,
    ``dim``), which the step-through writes into the node's rule."""
    names = getattr(type(node), "attr_fields", None)
    if names is None:  # a PyTorch node: its non-tensor _saved_ fields
        names = tuple(n for n in _tensor_field_names(node))
    out = []
    for name in names:
        try:
            value = getattr(node, "_saved_" + name)
        except Exception:  # noqa: BLE001
            continue
        if isinstance(value, _PLAIN) or (isinstance(value, tuple) and len(value) <= 8
                                         and all(isinstance(v, _PLAIN) for v in value)):
            out.append((name, value.item() if isinstance(value, np.generic) else value))
    return tuple(out)


# ----- walks -----

class Structure:
    """The bare shape of a graph, breadth-first from the roots.

    ``fns[i]`` is a grad_fn; ``children[i]`` its ``next_functions`` as ``(index or None,
    input_nr)``; ``parents[i]`` how many edges point at it; ``roots`` the index per root.
    Index order is "distance from the outputs": the order in which PyTorch nodes (which carry
    no sequence number) are numbered, and in which a node cap keeps what is closest.
    """

    def __init__(self, root_fns):
        fns, children, parents, index = [], [], [], {}
        self.roots = []
        for fn in root_fns:
            if fn is None:
                self.roots.append(None)
                continue
            if id(fn) not in index:
                index[id(fn)] = len(fns)
                fns.append(fn)
                parents.append(0)
            self.roots.append(index[id(fn)])
        i = 0
        while i < len(fns):  # fns doubles as the breadth-first queue
            kids = []
            for child, input_nr in next_edges(fns[i]):
                if child is None:
                    kids.append((None, input_nr))
                    continue
                j = index.get(id(child))
                if j is None:
                    j = index[id(child)] = len(fns)
                    fns.append(child)
                    parents.append(0)
                parents[j] += 1
                kids.append((j, input_nr))
            children.append(kids)
            i += 1
        self.fns, self.children, self.parents = fns, children, parents

    def __len__(self):
        return len(self.fns)

    def topological(self):
        """Node indices, each after every node that sends it a gradient (Kahn's algorithm)."""
        waiting = list(self.parents)
        ready = [i for i in self.roots if i is not None and not waiting[i]]
        order, seen = [], set()
        while ready:
            i = ready.pop()
            if i in seen:
                continue
            seen.add(i)
            order.append(i)
            for j, _ in self.children[i]:
                if j is not None:
                    waiting[j] -= 1
                    if not waiting[j]:
                        ready.append(j)
        return order


@contextmanager
def gc_paused():
    """A walk allocates many small tuples; on a 10,000-node graph the cyclic collector would
    otherwise run full passes over the live graph mid-walk and triple the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ----- running a node's backward formula, for either kind of graph -----

class TutorBackend:
    """autograd_tutor nodes: ``_seq`` is the creation order, backward runs on NumPy arrays."""

    @staticmethod
    def accepts(fn):
        return isinstance(getattr(fn, "_seq", None), int)

    def priority(self, fn):
        return fn._seq  # the core engine runs the newest ready node first

    def creation_order(self, fn):
        return fn._seq

    def seed(self, tensor):
        return np.ones(tensor._data.shape, tensor._data.dtype)

    def call(self, fn, grads):
        from .ops._namespace import namespace_for

        # Hand the gradients over as the engine does: output 0's plainly, later outputs of a
        # multi-output node through its add_output_grad (which keeps one slot per output), with
        # the namespace a plain (unrecorded) backward pass computes in, which the engine sets too.
        fn.xp = namespace_for(False)
        buffered = grads[0]
        for i, g in enumerate(grads[1:], start=1):
            if g is not None:
                buffered = fn.add_output_grad(buffered, i, g)
        return tuple(fn.apply(buffered, False))

    def expected(self, fn, input_nr):
        if input_nr:
            return fn._outputs[input_nr]
        return fn._out_shape, fn._out_dtype

    def fit(self, grad, fn, input_nr):
        from .autograd.engine import sum_to_shape

        if isinstance(grad, np.generic):
            grad = np.asarray(grad)
        shape, dtype = self.expected(fn, input_nr)
        if grad.shape != shape:
            grad = sum_to_shape(grad, shape)
        return grad.astype(dtype) if grad.dtype != dtype else grad

    def outputs(self, fn):
        outputs = getattr(fn, "_outputs", None)
        return len(outputs) if isinstance(outputs, (list, tuple)) and outputs else 1

    def as_tensor(self, array):
        from .tensor import Tensor

        return Tensor._make(np.array(array), False, None)

    def as_array(self, grad):
        return np.asarray(grad)


class TorchBackend:
    """Real PyTorch nodes: ``_sequence_nr()`` orders them, nodes are called on torch tensors.

    PyTorch's engine runs AccumulateGrad as soon as its gradient is complete (its sequence
    number is the largest possible), which the priority below reproduces.
    """

    @staticmethod
    def accepts(fn):
        return callable(getattr(fn, "_sequence_nr", None))

    def priority(self, fn):
        return math.inf if leaf_variable(fn) is not None else fn._sequence_nr()

    def creation_order(self, fn):
        return None if leaf_variable(fn) is not None else fn._sequence_nr()

    def seed(self, tensor):
        return tensor.detach().new_ones(tensor.shape)

    def call(self, fn, grads):
        grads = [g if g is not None else self.zeros(fn, i) for i, g in enumerate(grads)]
        with sys.modules["torch"].no_grad():  # a reading: record no graph of the backward itself
            if getattr(fn, "_forward_cls", None) is not None:  # a custom autograd.Function
                return _per_edge(fn, fn.apply(*grads))
            out = fn(*grads)
        return tuple(out) if isinstance(out, (tuple, list)) else (out,)

    def expected(self, fn, input_nr):
        var = leaf_variable(fn)
        if var is not None:
            return tuple(var.shape), var.dtype
        meta = fn._input_metadata[input_nr]
        return tuple(meta.shape), meta.dtype

    def fit(self, grad, fn, input_nr):
        shape, dtype = self.expected(fn, input_nr)
        if tuple(grad.shape) != shape:
            grad = grad.sum_to_size(shape)
        return grad.to(dtype) if grad.dtype != dtype else grad

    def zeros(self, fn, input_nr):
        meta = fn._input_metadata[input_nr]
        return _torch_zeros_like(fn, meta)

    def outputs(self, fn):
        return max(len(getattr(fn, "_input_metadata", ())), 1)

    def as_tensor(self, grad):
        return grad.detach().clone()

    def as_array(self, grad):
        return grad.detach().cpu().numpy()


def _per_edge(fn, out):
    """A custom Function's backward returns one gradient per forward argument; the graph has one
    edge per tensor argument. The edges that lead somewhere are the arguments that needed a
    gradient, in order; the other edges get None (nothing is sent along them)."""
    out = tuple(out) if isinstance(out, (tuple, list)) else (out,)
    wanted = iter(g for g, needed in zip(out, fn.needs_input_grad) if needed)
    return tuple(next(wanted, None) if node is not None else None for node, _ in fn.next_functions)


def _torch_zeros_like(fn, meta):
    # A zero gradient for an output no consumer used; made from a tensor the graph already has.
    for name in dir(fn):
        if name.startswith("_saved_"):
            try:
                value = getattr(fn, name)
            except RuntimeError:
                continue
            if hasattr(value, "new_zeros"):
                return value.new_zeros(tuple(meta.shape), dtype=meta.dtype)
    raise RuntimeError(f"{op_name(fn)}: cannot make a zero gradient for an unused output")


def backend_for(fn):
    for backend in (TutorBackend, TorchBackend):
        if backend.accepts(fn):
            return backend()
    raise TypeError(f"{op_name(fn)} is neither an autograd_tutor nor a PyTorch graph node")
