"""The learner's variable names for the nodes of a recording (``x``, ``w``, ``loss``...).

Resolved once, when the widget is built, through the weak references the recording kept:
a leaf's tensor, and each node (matched with ``grad_fn`` of the named tensors). Only plain
strings are kept afterwards.
"""
from ..graph_reader import leaf_variable
from ..tracing import ForwardEvent, snapshot
from ..viz.names import Names


def user_namespace():
    """The notebook's variables when running under IPython, else None."""
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    return getattr(shell, "user_ns", None) if shell is not None else None


class Naming:
    def __init__(self, recording, mapping=None, nodes=None):
        """``nodes``: seq -> node, for nodes the recording cannot reach by weak reference."""
        names = Names(mapping)
        self._ops, self._leaves, self._leaf_values = {}, {}, {}
        nodes = dict(nodes or {})
        for e in recording.events:
            node = e.node() if e.node is not None else None
            if node is not None:
                nodes.setdefault(e.seq, node)
            if isinstance(e, ForwardEvent) and e.output_tensor is not None:
                out = e.output_tensor()
                if out is not None and names.of_tensor(out):
                    self._ops.setdefault(e.seq, names.of_tensor(out))
        for seq, node in nodes.items():
            var = leaf_variable(node)
            if var is not None:
                self._leaves[seq] = names.of_tensor(var)
                self._leaf_values[seq] = snapshot(var)
            elif names.of_fn(node):
                self._ops[seq] = names.of_fn(node)
        for seq, leaf in recording.leaves.items():
            tensor = leaf.tensor() if leaf.tensor is not None else None
            if tensor is not None and names.of_tensor(tensor):
                self._leaves[seq] = names.of_tensor(tensor)
            self._leaf_values[seq] = leaf.value  # the value when it was used, not now

    def op(self, seq):
        return self._ops.get(seq)

    def leaf(self, seq):
        return self._leaves.get(seq)

    def leaf_value(self, seq):
        return self._leaf_values.get(seq)
