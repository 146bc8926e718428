"""The handle that module and optimizer hook registrations return (``handle.remove()``).

Hooks live in ordered dicts keyed by the handle's id; a handle may also clear the same id from
companion dicts (e.g. the with_kwargs flags). Printed as PyTorch prints its handle:
``<torch.utils.hooks.RemovableHandle object at 0x...>``.
"""
import itertools

from .._torch_names import TorchNamed, torch_path


class DictHookHandle(metaclass=TorchNamed):
    _torch_path = "torch.utils.hooks.RemovableHandle"
    _next_id = itertools.count()

    def __init__(self, *dicts):
        self.id = next(self._next_id)
        self._dicts = dicts

    def remove(self):
        for d in self._dicts:
            d.pop(self.id, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()

    def __repr__(self):
        return f"<{torch_path(type(self))} object at {hex(id(self))}>"
