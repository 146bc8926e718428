"""atleast_1d/2d/3d (PyTorch's reshape or unsqueeze of a tensor with too few dimensions, the
tensor itself otherwise; several tensors or a list give a tuple) and broadcast_shapes."""
from ...size import Size
from ...tensor import Tensor
from .._registry import op, tables
from .._signatures import invalid_combination


def _each(name, grow):
    def atleast(*tensors):
        if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
            return tuple(_one(name, grow, t) for t in tensors[0])
        if len(tensors) == 1:
            return _one(name, grow, tensors[0])
        return tuple(_one(name, grow, t) for t in tensors)

    atleast.__name__ = atleast.__qualname__ = name
    return atleast


def _one(name, grow, t):
    if not isinstance(t, Tensor):
        raise TypeError(invalid_combination(name, (t,), {}, "one of:\n * (Tensor input)\n * (tuple of Tensors tensors)\n"))
    return grow(t)


def _grow_1d(t):
    return t.reshape(1) if t.dim() == 0 else t


def _grow_2d(t):
    return {0: lambda: t.reshape(1, 1), 1: lambda: t.unsqueeze(0)}.get(t.dim(), lambda: t)()


def _grow_3d(t):
    return {0: lambda: t.reshape(1, 1, 1), 1: lambda: t.unsqueeze(0).unsqueeze(-1),
            2: lambda: t.unsqueeze(-1)}.get(t.dim(), lambda: t)()


atleast_1d = op("atleast_1d", method=False)(_each("atleast_1d", _grow_1d))
atleast_2d = op("atleast_2d", method=False)(_each("atleast_2d", _grow_2d))
atleast_3d = op("atleast_3d", method=False)(_each("atleast_3d", _grow_3d))


@op("broadcast_shapes", method=False)
def broadcast_shapes(*shapes):
    """The shape tensors of these shapes broadcast to, with PyTorch's error (torch._refs')."""
    shapes = [(s,) if isinstance(s, int) else s for s in shapes]
    common = [1] * max((len(s) for s in shapes), default=0)
    for arg_idx, shape in enumerate(shapes):
        for idx in range(-1, -1 - len(shape), -1):
            if common[idx] == 1:
                if shape[idx] < 0:
                    raise ValueError("Attempting to broadcast a dimension with negative length!")
                common[idx] = shape[idx]
            elif shape[idx] != 1 and common[idx] != shape[idx]:
                raise RuntimeError(f"Attempting to broadcast a dimension of length {shape[idx]} at {idx}! Mismatching "
                                   f"argument at index {arg_idx} had {shape}; but expected shape should be "
                                   f"broadcastable to {common}")
    return Size(common)


FUNCTIONS, METHODS = tables(__name__)
