"""The bare shape of an autograd graph, found by an iterative breadth-first walk.

Breadth-first from the outputs, so index order is "distance from the outputs": the order in
which PyTorch nodes (which carry no sequence number) are numbered, and the order in which a
node cap keeps what is closest to what the learner asked about.
"""
import gc
from contextlib import contextmanager


class Structure:
    """``fns[i]`` is a grad_fn; ``children[i]`` its ``next_functions`` as ``(index or None,
    input_nr)``; ``parents[i]`` how many edges point at it; ``roots`` the index per root."""

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
            for child, input_nr in _next_functions(fns[i]):
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


def _next_functions(fn):
    try:
        return fn.next_functions
    except Exception:
        return ()


@contextmanager
def gc_paused():
    """The walk allocates many small tuples; on a 10,000-node graph the cyclic collector would
    otherwise run full passes over the live graph mid-walk and triple the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
