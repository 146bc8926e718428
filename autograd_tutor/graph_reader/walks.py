"""Walks over a graph, all iterative and breadth-first from the outputs: a bounded ``reach`` for
the watcher's cheap questions, and the full ``Structure`` the views lay out."""
import gc
import math
from collections import deque
from contextlib import contextmanager

from .nodes import children, next_edges


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
