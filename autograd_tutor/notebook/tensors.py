"""Finding autograd tensors in a user namespace, duck-typed so real PyTorch tensors count too.

Only attributes PyTorch and autograd_tutor share are read (`grad_fn`, `requires_grad`,
`_version`, and `.grad` of leaves only, through the views' `grad_of_leaf`, which never warns).
Nothing here changes a tensor.
"""
import weakref
from itertools import islice

import numpy as np

from autograd_tutor import graph_reader
from autograd_tutor.viz.tensors import grad_of_leaf

# Names IPython keeps for itself; `_`-prefixed names (`_`, `_3`, `_i`, ...) are skipped too.
IPYTHON_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython"})

# type -> bool, so each type is inspected once; weak, so that a class the learner deletes (and
# the tensors it holds as class attributes) can go.
_TENSOR_TYPES = weakref.WeakKeyDictionary()


def is_tensor(obj):
    """True for tensor-like objects: the class defines backward, requires_grad_ and grad_fn."""
    cls = type(obj)
    try:
        known = _TENSOR_TYPES.get(cls)
    except Exception:  # noqa: BLE001 - no weak reference, or a metaclass's odd __hash__: inspected each time
        known = None
    if known is None:
        # Looked up in the class dictionaries themselves: neither an instance's nor a metaclass's
        # __getattr__ (which may answer any name) can make an object look like a tensor.
        known = not isinstance(obj, type) and all(
            _defines(cls, attr) for attr in ("backward", "requires_grad_", "grad_fn", "is_leaf")
        )
        try:
            _TENSOR_TYPES[cls] = known
        except Exception:  # noqa: BLE001 - see above
            pass
    return known


def _defines(cls, attr):
    try:
        return any(attr in vars(klass) for klass in cls.__mro__)
    except TypeError:  # a class without a readable __dict__ is no tensor class
        return False


def _is_module(obj):
    """nn.Module-like (ours or PyTorch's): has named_parameters and is not a tensor."""
    cls = type(obj)
    return hasattr(cls, "named_parameters") and hasattr(cls, "forward") and not isinstance(obj, type)


def _items_of(value, cap):
    """(suffix, item) pairs one level inside a list, tuple, dict or module; at most cap of them."""
    if isinstance(value, (list, tuple)):
        return [(f"[{i}]", item) for i, item in zip(range(cap), value)]
    if isinstance(value, dict):
        return [(f"[{key!r}]", item) for key, item in islice(value.items(), cap) if isinstance(key, (str, int))]
    if _is_module(value):
        return [(f".{pname}", param) for pname, param in islice(value.named_parameters(), cap)]
    return ()


def find_tensors(namespace, container_cap=32):
    """{name: tensor} for the tensors a learner can reach by name.

    Top-level names come first so they win when one tensor has several names; containers and
    modules are looked into one level deep, at most `container_cap` items each.
    """
    found = {}
    nested = []
    for name, value in list(namespace.items()):
        if name.startswith("_") or name in IPYTHON_NAMES:
            continue
        if is_tensor(value):
            found[name] = value
        elif isinstance(value, (list, tuple, dict)) or _is_module(value):
            nested.append((name, value))
    for name, value in nested if container_cap > 0 else ():
        try:
            items = _items_of(value, container_cap)
        except Exception:  # noqa: BLE001 - a user's odd container must not stop the scan
            continue
        for suffix, item in items:
            if is_tensor(item):
                found[name + suffix] = item
    return found


def is_relevant(tensor):
    """Tensors that take part in autograd: they require grad, come from an op, or hold a grad."""
    if tensor.requires_grad or tensor.grad_fn is not None:
        return True
    return grad_of_leaf(tensor) is not None


def to_numpy(tensor):
    """A NumPy copy of a tensor's values, for snapshots that must not keep the tensor alive."""
    t = tensor.detach()
    if hasattr(t, "cpu"):
        t = t.cpu()
    try:
        return np.array(t.numpy(), copy=True)
    except TypeError:  # a dtype NumPy has no type for (PyTorch's bfloat16, float8...): its values
        return np.array(t.tolist())


def op_name(tensor):
    """The grad_fn's name as the graph reader gives it (e.g. 'MulBackward0'), or None for leaves."""
    fn = tensor.grad_fn
    return None if fn is None else graph_reader.op_name(fn)
