"""Duck-typed reading of tensors: works on autograd_tutor tensors and on real PyTorch tensors.

Everything here only reads. ``.grad`` is read on leaves only (PyTorch warns on non-leaves).
"""
import re

import numpy as np

from ..graph_reader import is_tensor  # noqa: F401 - one duck-typed test for every view

# What repr() appends after the values; the views show these facts elsewhere.
_REPR_SUFFIX = re.compile(r",\s*(requires_grad=True|grad_fn=<[^>]*>|dtype=torch\.\w+|device='[^']*')")


def is_grad_leaf(t):
    """A leaf that requires grad: the only tensors whose ``.grad`` autograd fills."""
    return t.grad_fn is None and bool(t.requires_grad)


def shape_text(t):
    return "(" + ", ".join(str(int(d)) for d in t.shape) + ("," if len(t.shape) == 1 else "") + ")"


def dtype_text(t, short=False):
    text = str(t.dtype)
    return text[len("torch."):] if short and text.startswith("torch.") else text


def numel(t):
    n = 1
    for d in t.shape:
        n *= int(d)
    return n


def values_text(t):
    """The values as PyTorch prints them, without the ``tensor(`` wrapper and trailing flags.

    ``tensor([[1., 1.],\\n        [1., 1.]])`` becomes ``[[1., 1.],\\n [1., 1.]]``.
    """
    text = _printed(t)
    if text.startswith("tensor(") and text.endswith(")"):
        text = text[len("tensor("):-1]
        text = text.replace("\n" + " " * len("tensor("), "\n")
    return _REPR_SUFFIX.sub("", text).rstrip()


def _printed(t):
    """repr() of the tensor; a subclass whose own repr fails gets its values printed by NumPy."""
    for show in (lambda: repr(t.detach()), lambda: repr(t)):
        try:
            return show()
        except Exception:  # noqa: BLE001 - a learner's tensor subclass must not break a view
            pass
    try:
        return np.array2string(np.asarray(t.detach().tolist()), separator=", ")
    except Exception:  # noqa: BLE001
        return "(values not printable)"


def grad_of_leaf(t):
    """``t.grad`` for a leaf, None otherwise (never touches a non-leaf's ``.grad``)."""
    if t.grad_fn is not None:
        return None
    return t.grad
