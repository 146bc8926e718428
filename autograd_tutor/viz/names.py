"""The learner's variable names for tensors and for the nodes that made them.

``names`` is any mapping of name -> object (``locals()`` works): non-tensors and names starting
with ``_`` (IPython's ``_``, ``_1``...) are ignored, and tensors are matched by identity, never
with ``==`` (which on tensors compares elementwise).
"""
from .tensors import is_tensor


class Names:
    def __init__(self, mapping=None):
        self._by_tensor = {}  # id(tensor) -> [names]
        self._by_fn = {}  # id(grad_fn) -> [names of the tensors it produced]
        self._keep = []  # keeps the ids valid while the view is built (dropped afterwards)
        for name, obj in _items(mapping):
            if not isinstance(name, str) or name.startswith("_") or not is_tensor(obj):
                continue
            self._keep.append(obj)
            self._by_tensor.setdefault(id(obj), []).append(name)
            fn = obj.grad_fn
            if fn is not None:
                self._keep.append(fn)
                self._by_fn.setdefault(id(fn), []).append(name)

    def of_tensor(self, t):
        """``"x"``, ``"a, b"`` when several names refer to it, or None."""
        names = self._by_tensor.get(id(t))
        return ", ".join(names) if names else None

    def of_fn(self, fn):
        """Names of the tensors whose ``grad_fn`` is ``fn``."""
        names = self._by_fn.get(id(fn))
        return ", ".join(names) if names else None

    def of_saved(self, t):
        """A saved tensor is often the input itself; a saved output is a fresh object whose
        ``grad_fn`` still tells which named tensor it is."""
        name = self.of_tensor(t)
        if name is None:
            fn = getattr(t, "grad_fn", None)
            name = self.of_fn(fn) if fn is not None else None
        return name


def _items(mapping):
    if mapping is None:
        return ()
    try:
        return list(mapping.items())
    except Exception:
        return ()
