"""Cheap walks the watcher makes before choosing what to draw, over the one graph reader.

`topmost`: which tensors are the tops of their graphs (not inputs, directly or not, of
another). Drawing only the tops keeps one output box per graph; the intermediate tensors still
get their names on the op nodes that made them (the views label nodes from `names`).
`larger_than`: whether a graph has more than n nodes, without walking all of it.
"""
from ..graph_reader import children, reach

_MAX_VISITS = 200_000  # beyond this, give up and keep every tensor (drawing stays correct)


def topmost(tensors):
    """The tensors of `tensors` ({name: tensor}) whose grad_fn no other one's graph contains.

    One breadth-first walk from all of them: a graph has no cycles, so a grad_fn met below
    any start (its own included) belongs to some other tensor's graph.
    """
    starts = {name: t.grad_fn for name, t in tensors.items()}
    if sum(fn is not None for fn in starts.values()) < 2:
        return dict(tensors)  # nothing to compare: skip the walk
    below = reach((child for fn in starts.values() if fn is not None for child in children(fn)), _MAX_VISITS)
    if below is None:
        return dict(tensors)
    return {name: t for name, t in tensors.items() if starts[name] is None or id(starts[name]) not in below}


def larger_than(tensor, limit):
    """True when the graph behind `tensor` has more than `limit` nodes (walks at most limit + 1)."""
    fn = tensor.grad_fn
    return fn is not None and reach([fn], limit) is None
