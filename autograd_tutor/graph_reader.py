"""Reading an autograd graph, autograd_tutor's or real PyTorch's: one reader for every view.

Beside ``tracing`` (which records a graph as it is built), this module reads a finished one:
the nodes reachable from some ``grad_fn`` (an iterative breadth-first walk), what each node is
called, which leaf an AccumulateGrad stands for, and how to run a node's own backward formula
on a gradient, outside the engine (nothing is accumulated, no hook fires). Duck typing only:
torch is never imported, a PyTorch graph brings its own tensors and their methods.
"""
import gc
import math
import sys
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
        # Hand the gradients over as the engine does: output 0's plainly, later outputs of a
        # multi-output node through its add_output_grad (which keeps one slot per output).
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
