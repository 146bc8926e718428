"""What one cell did to the autograd state: the difference of two snapshots."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GradChange:
    name: str
    before: object  # GradState or None
    accumulated: bool  # backward() added onto a grad that was not reset


@dataclass
class CellChanges:
    roots: list = field(default_factory=list)  # names of new or modified autograd tensors
    grads: list = field(default_factory=list)  # GradChange per leaf whose .grad changed

    def __bool__(self):
        return bool(self.roots or self.grads)


def _accumulated(before, after, tensor, cell_resets_grads):
    """backward() added onto an earlier, non-zero grad of the same grad tensor (PyTorch keeps
    the grad tensor and adds in place; a reset replaces it or is written in the cell)."""
    if cell_resets_grads or before.grad is None or after.grad is None or not before.grad.nonzero:
        return False
    return before.grad.same_object(tensor.grad)


def compare(previous, current, tensors, cell_resets_grads=False):
    """CellChanges between snapshots `previous` and `current` ({name: Fingerprint}).

    `tensors` maps the same names to the live tensors (read, never kept).
    """
    changes = CellChanges()
    for name, after in current.items():
        tensor = tensors[name]
        before = previous.get(name)
        same_tensor = before is not None and before.is_for(tensor)
        if after.relevant and not (same_tensor and before.same_state(after)):
            changes.roots.append(name)
        if same_tensor:
            if before.grad is not after.grad:  # `fingerprint` reuses the capture when unchanged
                accumulated = _accumulated(before, after, tensor, cell_resets_grads)
                changes.grads.append(GradChange(name, before.grad, accumulated))
        elif after.grad is not None:  # a tensor new in this cell that already got a grad
            changes.grads.append(GradChange(name, None, False))
    return changes
