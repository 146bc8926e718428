"""``torch.autograd.graph``: hooks on saved tensors (``saved_tensors_hooks``, ``save_on_cpu``,
``disable_saved_tensors_hooks``) and ``Node``, the base class of every ``grad_fn``.

Inside ``with saved_tensors_hooks(pack, unpack):`` every tensor an op saves for backward is
passed to ``pack`` and the graph keeps what it returns; backward (and ``grad_fn._saved_*``)
calls ``unpack`` on it to get the tensor back, as in PyTorch.
"""
from autograd_tutor.autograd.node import Node, saved_tensors_hooks_stack

__all__ = ["Node", "saved_tensors_hooks", "save_on_cpu", "disable_saved_tensors_hooks"]

_disabled = []  # error messages of the active disable_saved_tensors_hooks


class saved_tensors_hooks:
    def __init__(self, pack_hook, unpack_hook):
        self.pack_hook = pack_hook
        self.unpack_hook = unpack_hook

    def __enter__(self):
        if _disabled:
            raise RuntimeError(_disabled[-1])
        saved_tensors_hooks_stack.append((self.pack_hook, self.unpack_hook))
        return self

    def __exit__(self, *exc):
        saved_tensors_hooks_stack.pop()


class save_on_cpu(saved_tensors_hooks):
    """Saved tensors are kept on the CPU (here they always are): pack gives (device, tensor)."""

    def __init__(self, pin_memory=False, device_type="cuda"):
        def pack(tensor):
            return (tensor.device, tensor)

        def unpack(packed):
            device, tensor = packed
            return tensor.to(device)

        super().__init__(pack, unpack)


class disable_saved_tensors_hooks:
    def __init__(self, error_message):
        self.error_message = error_message

    def __enter__(self):
        if saved_tensors_hooks_stack:
            raise RuntimeError(self.error_message)
        _disabled.append(self.error_message)
        return self

    def __exit__(self, *exc):
        _disabled.pop()


def unpacked(packed):
    """The tensor ``unpack_hook`` gives back; PyTorch requires a tensor."""
    from autograd_tutor.tensor import Tensor

    t = packed.unpack_hook(packed.packed)
    if not isinstance(t, Tensor):
        raise TypeError("Output of saved tensor unpack_hook expected to be a Tensor but got result of type "
                        f"{type(t).__name__}")
    return t
