"""Cheap walks the watcher makes before choosing what to draw.

`topmost`: which tensors are the tops of their graphs (not inputs, directly or not, of
another). Drawing only the tops keeps one output box per graph; the intermediate tensors still
get their names on the op nodes that made them (the views label nodes from `names`).
`larger_than`: whether a graph has more than n nodes, without walking all of it.
"""
from collections import deque

_MAX_VISITS = 200_000  # beyond this, give up and keep every tensor (drawing stays correct)


def _children(fn):
    try:
        return [child for child, _ in fn.next_functions if child is not None]
    except Exception:  # noqa: BLE001 - a node we cannot read has no known inputs
        return []


def topmost(tensors):
    """The tensors of `tensors` ({name: tensor}) whose grad_fn no other one's graph contains.

    One breadth-first walk from all of them: a graph has no cycles, so a grad_fn met below
    any start (its own included) belongs to some other tensor's graph.
    """
    starts = {name: t.grad_fn for name, t in tensors.items()}
    if sum(fn is not None for fn in starts.values()) < 2:
        return dict(tensors)  # nothing to compare: skip the walk
    below = {}  # id -> node; holding the nodes keeps their ids valid during the walk
    queue = deque(child for fn in starts.values() if fn is not None for child in _children(fn))
    while queue:
        if len(below) > _MAX_VISITS:
            return dict(tensors)
        fn = queue.popleft()
        if id(fn) in below:
            continue
        below[id(fn)] = fn
        queue.extend(_children(fn))
    return {name: t for name, t in tensors.items() if starts[name] is None or id(starts[name]) not in below}


def larger_than(tensor, limit):
    """True when the graph behind `tensor` has more than `limit` nodes (walks at most limit + 1)."""
    fn = tensor.grad_fn
    if fn is None:
        return False
    seen = {id(fn): fn}
    queue = deque([fn])
    while queue:
        for child in _children(queue.popleft()):
            if id(child) not in seen:
                seen[id(child)] = child
                if len(seen) > limit:
                    return True
                queue.append(child)
    return False
