"""Every write to a `.grad` during one cell, in order: "x.grad written 3 times: 3 -> 6 -> 9".

Snapshots before and after a cell cannot tell three backward() calls in a loop from one; this
log, installed on the core's `grad_writes` hook for the length of a cell, can. It keeps weak
references and, per tensor, a few small copies of the grad's values (first and last writes
only), so a long training loop costs a bounded amount of memory.
"""
import weakref
from dataclasses import dataclass, field

import numpy as np

from autograd_tutor.autograd import grad_writes

from .tensors import to_numpy

KEEP_VALUES = 8  # grads with more elements are logged without their values
_HEAD, _TAIL = 3, 3  # writes kept from the start and the end of the cell
_MAX_TENSORS = 256  # tensors followed in one cell; later ones are not logged
_ROOTS = 4  # backward() roots remembered per cell (the latest ones)


@dataclass
class Write:
    how: str  # "backward", "assigned", "deleted", "zero_grad", "changed" (in place, e.g. .zero_())
    values: object  # small NumPy copy of the grad after the write; None when too big or no grad
    is_none: bool  # the grad is None after the write
    added: bool  # backward() added onto a non-zero grad (accumulation)


@dataclass
class TensorWrites:
    ref: object
    start: object  # values before the cell's first write (None when unknown or None)
    start_none: bool
    count: int = 0
    head: list = field(default_factory=list)
    tail: list = field(default_factory=list)
    last: object = None  # the last Write, to notice changes made in place between writes
    last_state: object = None  # (grad identity, version) after the last write

    def add(self, write):
        self.count += 1
        self.last = write
        if len(self.head) < _HEAD:
            self.head.append(write)
        else:
            self.tail = (self.tail + [write])[-_TAIL:]

    @property
    def accumulated(self):
        return any(w.added for w in self.head + self.tail)

    @property
    def skipped(self):
        return self.count - len(self.head) - len(self.tail)


def _copy(grad):
    if grad is None:
        return None
    data = to_numpy(grad)
    return data.copy() if data.size <= KEEP_VALUES else None


def _nonzero(grad):
    return grad is not None and bool(np.any(to_numpy(grad)))


def _state(grad):
    return None if grad is None else (id(grad), getattr(grad, "_version", None))


def _changed_since(entry, grad):
    """The grad is not what the last logged write left: replaced, or modified in place
    (`x.grad.zero_()` counts a version; `x.grad.data.zero_()` only shows in the values)."""
    if entry.last is None:
        return False
    if _state(grad) != entry.last_state:
        return True
    kept = entry.last.values
    return kept is not None and not np.array_equal(kept, to_numpy(grad), equal_nan=True)


class GradLog:
    """The observer the watcher installs for one cell (see `install` / `uninstall`)."""

    def __init__(self):
        self.writes = {}  # id(tensor) -> TensorWrites
        self._pending = {}  # id(tensor) -> grad was non-zero just before the write
        # The tensors backward() was last called on, held until the cell ends (then dropped
        # with the log) so that an unnamed one, `(a + b).backward()`, can still be drawn.
        self.roots = []
        self._previous = None

    # ----- the core's hook (must never raise: it runs inside backward())
    def before(self, tensor):
        try:
            grad = tensor._grad
            entry = self.writes.get(id(tensor))
            if entry is not None and entry.ref() is not tensor:
                entry = None  # a dead tensor's id reused
            if entry is None:
                if len(self.writes) >= _MAX_TENSORS:
                    return
                entry = self.writes[id(tensor)] = TensorWrites(weakref.ref(tensor), _copy(grad), grad is None)
            elif _changed_since(entry, grad):
                # changed in place since the last write this cell saw (x.grad.zero_(), ...)
                entry.add(Write("changed", _copy(grad), grad is None, False))
            self._pending[id(tensor)] = _nonzero(grad)
        except Exception:  # noqa: BLE001 - a view must never break backward()
            pass

    def after(self, tensor, how):
        try:
            entry = self.writes.get(id(tensor))
            if entry is None or entry.ref() is not tensor:
                return
            grad = tensor._grad
            added = how == "backward" and self._pending.pop(id(tensor), False)
            entry.add(Write(how, _copy(grad), grad is None, added))
            entry.last_state = _state(grad)
        except Exception:  # noqa: BLE001
            pass

    def backward_called(self, tensors):
        try:
            for t in tensors:
                self.roots = [r for r in self.roots if r is not t][-(_ROOTS - 1):] + [t]
        except Exception:  # noqa: BLE001
            pass

    # ----- the watcher's side
    def install(self):
        self._previous, grad_writes.observer = grad_writes.observer, self

    def uninstall(self):
        if grad_writes.observer is self:
            grad_writes.observer = self._previous
        self._previous = None

    def for_tensor(self, tensor):
        """The TensorWrites of `tensor` this cell (None when its .grad was not written), with a
        final "changed" write when it was modified in place after the last write."""
        entry = self.writes.get(id(tensor))
        if entry is None or entry.ref() is not tensor:
            return None
        grad = getattr(tensor, "_grad", None)
        if _changed_since(entry, grad):
            entry.add(Write("changed", _copy(grad), grad is None, False))
            entry.last_state = _state(grad)
        return entry
