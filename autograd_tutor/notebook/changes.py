"""What one cell did to the autograd state: the difference of two snapshots."""
from dataclasses import dataclass, field

from . import cellsource


@dataclass(frozen=True)
class GradChange:
    name: str
    before: object  # GradState or None
    accumulated: bool  # backward() added onto a grad that was not reset
    writes: object = None  # gradlog.TensorWrites: every write this cell, when it was logged


@dataclass
class CellChanges:
    roots: list = field(default_factory=list)  # names of new or modified autograd tensors
    grads: list = field(default_factory=list)  # GradChange per leaf whose .grad changed
    unnamed: dict = field(default_factory=dict)  # label -> tensor backward() ran from, no name

    def __bool__(self):
        return bool(self.roots or self.grads or self.unnamed)


def _accumulated(before, after, tensor, cell_resets_grads):
    """backward() added onto an earlier, non-zero grad of the same grad tensor (PyTorch keeps
    the grad tensor and adds in place; a reset replaces it or is written in the cell)."""
    if cell_resets_grads or before.grad is None or after.grad is None or not before.grad.nonzero:
        return False
    return before.grad.same_object(tensor.grad)


def compare(previous, current, tensors, cell_resets_grads=False, log=None, source=""):
    """CellChanges between snapshots `previous` and `current` ({name: Fingerprint}).

    `tensors` maps the same names to the live tensors (read, never kept). `log` (a GradLog),
    when given, knows every write to a .grad during the cell: it decides accumulation.
    """
    changes = CellChanges()
    for name, after in current.items():
        tensor = tensors[name]
        before = previous.get(name)
        same_tensor = before is not None and before.is_for(tensor)
        if after.relevant and not (same_tensor and before.same_state(after)):
            changes.roots.append(name)
        writes = log.for_tensor(tensor) if log is not None else None
        if writes is not None and writes.count > 0:
            if same_tensor or after.grad is not None:
                changes.grads.append(GradChange(name, before.grad if same_tensor else None,
                                                writes.accumulated, writes))
        elif same_tensor:
            if before.grad is not after.grad:  # `fingerprint` reuses the capture when unchanged
                accumulated = _accumulated(before, after, tensor, cell_resets_grads)
                changes.grads.append(GradChange(name, before.grad, accumulated))
        elif after.grad is not None:  # a tensor new in this cell that already got a grad
            changes.grads.append(GradChange(name, None, False))
    if log is not None:
        changes.unnamed = _unnamed_roots(log.roots, tensors, source)
    return changes


def _unnamed_roots(roots, tensors, source):
    """{label: tensor} for the last tensor backward() ran from when it has no name in the
    namespace (a loop makes a new one each time: the last stands for them), labelled with the
    expression written in the cell when there is one such expression."""
    named = {id(t) for t in tensors.values()}
    unnamed = [t for t in roots if id(t) not in named and getattr(t, "grad_fn", None) is not None]
    if not unnamed:
        return {}
    written = cellsource.backward_receivers(source)
    label = written[0] if len(written) == 1 else "backward() root"
    return {label if len(label) <= 48 else label[:47] + "…": unnamed[-1]}
