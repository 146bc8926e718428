"""The chain rule as a sum over paths: every path from an output's grad_fn to a leaf's
AccumulateGrad, each with the local derivative of every edge and the path's contribution.

Paths are counted first (one dynamic-programming pass, exact even when there are 2**100 of
them), then enumerated depth-first up to a limit: paths that share a prefix come out next to
each other, and when the limit is reached every branch not taken becomes one "hidden" group
(its prefix and how many paths it holds). The gradient itself (``total``) is computed like the
engine does it, restricted to the nodes that lie on a path, so it is exact whatever the limit.

A node reached by two edges (``x * x``) gives two paths: the product rule.
"""
from dataclasses import dataclass, field

from ..graph_reader import Structure, backend_for, gc_paused, leaf_variable


@dataclass
class Step:
    """One edge of a path: from ``node`` (an index into the Structure) along its input ``position``."""

    node: int
    position: int
    child: int
    local: object = None  # d(node's output)/d(child) for scalars (a float), else None
    grad: object = None  # the gradient this path delivers to ``child`` (the path's VJP so far)


@dataclass
class FoundPath:
    steps: list
    contribution: object = None  # backend gradient arriving at the leaf (shape of the leaf)


@dataclass
class Hidden:
    """Paths not enumerated: all ``count`` paths that start with ``steps`` then go on via ``child``."""

    steps: list
    count: int


@dataclass
class Search:
    structure: Structure
    root: int
    target: int  # index of the leaf's AccumulateGrad, or None when the leaf is not in the graph
    counts: list  # paths from each node to the target
    paths: list = field(default_factory=list)
    hidden: list = field(default_factory=list)
    total: object = None  # backend gradient of the leaf, summed over all paths
    seed: object = None
    error: str = None  # why local derivatives could not be computed (a freed graph)
    backend: object = None

    @property
    def count(self):
        return self.counts[self.root] if self.target is not None else 0


def search(output, leaf, limit=20):
    """All paths from ``output`` to ``leaf`` (at most ``limit`` enumerated), with their numbers."""
    with gc_paused():
        st = Structure([output.grad_fn])
        target = next((i for i, fn in enumerate(st.fns) if leaf_variable(fn) is leaf), None)
        counts = count_paths(st, target)
        found = Search(st, st.roots[0], target, counts)
        if target is None:
            return found
        found.backend = backend_for(st.fns[found.root])
        found.seed = found.backend.seed(output)
        try:
            found.total = _total(found)
        except RuntimeError as exc:  # saved tensors freed by backward(): no numbers
            found.error = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        _enumerate(found, limit, with_numbers=found.error is None)
        return found


def count_paths(st, target):
    """``counts[i]``: how many paths lead from node i to ``target`` (Python ints: never overflow)."""
    counts = [0] * len(st)
    if target is None:
        return counts
    for i in reversed(st.topological()):
        if i == target:
            counts[i] = 1
        else:
            counts[i] = sum(counts[j] for j, _ in st.children[i] if j is not None)
    return counts


def _call_one(found, i, slot, grad):
    """Node i's backward formula on ``grad`` arriving at its output ``slot`` (others get none)."""
    backend, fn = found.backend, found.structure.fns[i]
    grads = [None] * backend.outputs(fn)
    grads[slot] = grad
    return backend.call(fn, grads)


def _total(found):
    """The leaf's gradient, as the engine computes it, over the nodes that lie on a path."""
    st, counts, backend = found.structure, found.counts, found.backend
    buffers = {found.root: {0: found.seed}}
    for i in st.topological():
        if not counts[i] or i not in buffers:
            continue
        arrived = buffers.pop(i)
        if i == found.target:
            return arrived[0]
        fn = st.fns[i]
        grads = [arrived.get(k) for k in range(backend.outputs(fn))]
        outs = backend.call(fn, grads)
        for position, (j, input_nr) in enumerate(st.children[i]):
            if j is None or not counts[j] or position >= len(outs) or outs[position] is None:
                continue
            g = backend.fit(outs[position], st.fns[j], input_nr)
            slot = buffers.setdefault(j, {})
            slot[input_nr] = g if input_nr not in slot else slot[input_nr] + g
    return None


def _enumerate(found, limit, with_numbers):
    """Depth-first, in edge order; past ``limit`` the branches left become Hidden groups."""
    st, counts = found.structure, found.counts
    stack = [(found.root, 0, found.seed, [])]  # (node, output slot reached, gradient, steps)
    while stack:
        i, slot, grad, steps = stack.pop()
        if len(found.paths) >= limit:  # the stack pops in path order: groups come out sorted
            found.hidden.append(Hidden(steps, counts[i]))
            continue
        if i == found.target:
            found.paths.append(FoundPath(steps, grad if with_numbers else None))
            continue
        outs = locals_ = None
        if with_numbers:
            outs = _call_one(found, i, slot, grad)
            locals_ = _scalar_locals(found, i, slot, grad)
        branches = []
        for position, (j, input_nr) in enumerate(st.children[i]):
            if j is None or not counts[j]:
                continue
            g = None
            if outs is not None and position < len(outs) and outs[position] is not None:
                g = found.backend.fit(outs[position], st.fns[j], input_nr)
            local = locals_[position] if locals_ is not None and position < len(locals_) else None
            branches.append((j, input_nr, g, steps + [Step(i, position, j, local, g)]))
        for j, input_nr, g, path in reversed(branches):  # first edge on top: explored first
            stack.append((j, input_nr, g, path))


def _scalar_locals(found, i, slot, grad):
    """For a node whose output is one number, the local derivative along each input edge:
    the node's backward formula on a gradient of 1. None when the output is a tensor."""
    backend = found.backend
    if _numel(grad) != 1:
        return None
    one = grad * 0 + 1
    outs = _call_one(found, i, slot, one)
    return [None if o is None or _numel(o) != 1 else float(backend.as_array(o).reshape(()))
            for o in outs]


def _numel(a):
    n = 1
    for d in a.shape:
        n *= int(d)
    return n
