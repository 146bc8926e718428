"""The bare shape of an autograd graph, found by an iterative breadth-first walk.

Breadth-first from the outputs, so index order is "distance from the outputs": the order in
which PyTorch nodes (which carry no sequence number) are numbered, and the order in which a
node cap keeps what is closest to what the learner asked about.
"""
from collections import deque

from .nodes import next_functions


class Structure:
    """``fns[i]`` is a grad_fn; ``children[i]`` its ``next_functions`` as ``(index or None,
    input_nr)``; ``parents[i]`` how many edges point at it; ``roots`` the index per root."""

    def __init__(self, root_fns):
        self.fns = []
        self.children = []
        self.parents = []
        index = {}
        queue = deque()

        def visit(fn):
            key = id(fn)
            i = index.get(key)
            if i is None:
                i = index[key] = len(self.fns)
                self.fns.append(fn)
                self.children.append(None)
                self.parents.append(0)
                queue.append(i)
            return i

        self.roots = [None if fn is None else visit(fn) for fn in root_fns]
        while queue:
            i = queue.popleft()
            kids = []
            for child, input_nr in next_functions(self.fns[i]):
                if child is None:
                    kids.append((None, input_nr))
                else:
                    j = visit(child)
                    self.parents[j] += 1
                    kids.append((j, input_nr))
            self.children[i] = kids

    def __len__(self):
        return len(self.fns)
