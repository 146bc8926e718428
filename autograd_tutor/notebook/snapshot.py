"""What the watcher remembers between cells: fingerprints, never tensors.

A fingerprint is a weak reference to the tensor plus the few facts that say whether a cell
changed it: its autograd version counter, requires_grad, the grad_fn's name and, for leaves,
the state of `.grad` (a weak reference to the grad tensor, its version and a detached copy of
its values). No tensor of the learner's and no graph node is held strongly, which is what
keeps a training loop with the watcher loaded from leaking graphs.
"""
import weakref
from dataclasses import dataclass

import numpy as np

from autograd_tutor.viz.tensors import grad_of_leaf

from .tensors import is_relevant, op_name, to_numpy

# Grads up to this many elements are copied for the "before" column; larger ones only
# remember identity and version (a copy per changed grad per cell would be too much memory).
KEEP_VALUES = 100_000


def _weak(obj):
    try:
        return weakref.ref(obj)
    except TypeError:  # a tensor type without __weakref__: remember nothing rather than all
        return None


def _same(ref, obj):
    return ref is not None and ref() is obj


@dataclass(frozen=True)
class GradState:
    """A leaf's `.grad` at one moment: its identity, version and (if not huge) a detached copy.

    The copy is a clone of the grad, not of the leaf: it holds no graph, and the grads table
    prints it with the library's own formatting as the "before" value.
    """

    ref: object  # weakref to the grad tensor
    version: object  # the grad tensor's _version (None where the implementation has none)
    copy: object  # grad.detach().clone() when it has at most `keep_values` elements, else None
    nonzero: bool

    @staticmethod
    def of(grad, keep_values):
        """Capture `grad` (a tensor, not None)."""
        copy = grad.detach().clone() if int(grad.numel()) <= keep_values else None
        nonzero = bool(np.any(to_numpy(grad if copy is None else copy)))
        return GradState(_weak(grad), getattr(grad, "_version", None), copy, nonzero)

    def still(self, grad):
        """True when `grad` is the very tensor captured and has not been modified since.

        The version counter catches in-place changes of big grads; the kept copy also catches
        them where an implementation updates a grad in place without counting a version.
        """
        if not _same(self.ref, grad) or getattr(grad, "_version", None) != self.version:
            return False
        return self.copy is None or np.array_equal(to_numpy(self.copy), to_numpy(grad), equal_nan=True)

    def same_object(self, grad):
        return _same(self.ref, grad)


@dataclass(frozen=True)
class Fingerprint:
    ref: object  # weakref to the tensor
    version: object
    requires_grad: bool
    op: object  # grad_fn class name or None
    relevant: bool
    grad: object  # GradState, or None when the leaf has no grad (or it is not a leaf)

    def is_for(self, tensor):
        return _same(self.ref, tensor)

    def same_state(self, other):
        return (self.version, self.requires_grad, self.op) == (other.version, other.requires_grad, other.op)


def fingerprint(tensor, previous, keep_values):
    """Fingerprint `tensor`, reusing `previous`'s grad capture when the grad did not change."""
    grad = grad_of_leaf(tensor)
    if grad is None:
        grad_state = None
    elif previous is not None and previous.is_for(tensor) and previous.grad is not None \
            and previous.grad.still(grad):
        grad_state = previous.grad  # unchanged: no copy, which keeps quiet cells cheap
    else:
        grad_state = GradState.of(grad, keep_values)
    return Fingerprint(
        ref=_weak(tensor),
        version=getattr(tensor, "_version", None),
        requires_grad=bool(tensor.requires_grad),
        op=op_name(tensor),
        relevant=is_relevant(tensor),
        grad=grad_state,
    )


def take(tensors, previous, keep_values=KEEP_VALUES):
    """{name: Fingerprint} for `tensors` ({name: tensor}), given the previous snapshot.

    A tensor-like object that cannot be read is left out (and removed from `tensors`), so one
    odd object in the namespace does not turn every later cell into a failure note.
    """
    prints = {}
    for name, tensor in list(tensors.items()):
        try:
            prints[name] = fingerprint(tensor, previous.get(name), keep_values)
        except Exception:  # noqa: BLE001 - see above
            del tensors[name]
    return prints
