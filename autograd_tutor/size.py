"""``torch.Size``: the shape of a tensor, a tuple printed as PyTorch prints it."""
from ._torch_names import TorchNamed


class Size(tuple, metaclass=TorchNamed):
    __slots__ = ()
    _torch_path = "torch.Size"

    def __repr__(self):
        return f"torch.Size({list(self)})"

    __str__ = __repr__

    def numel(self):
        n = 1
        for s in self:
            n *= s
        return n

    def __getitem__(self, item):
        out = super().__getitem__(item)
        return Size(out) if isinstance(item, slice) else out

    def __add__(self, other):
        return Size(tuple(self) + tuple(other))
