"""Makers for the ``torch.special`` functions whose signature differs from the ``torch`` one they
run (declared with the op: ``@op("softmax", special={"softmax": dim_required})``)."""
import functools


def dim_required(fn, name):
    """``torch.special.softmax(input, dim, *, dtype=None)``: ``dim`` has no default there, and
    PyTorch's parser names the missing argument as ``special_<name>``."""

    @functools.wraps(fn)
    def call(input, *args, **kwargs):
        if not args and "dim" not in kwargs:
            raise TypeError(f'special_{name}() missing 1 required positional arguments: "dim"')
        return fn(input, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def decimals_zero(fn, name):
    """``torch.special.round(input, *, decimals=0)``: PyTorch's ``round.decimals`` overload even
    without ``decimals`` (its node is RoundBackward1, where ``torch.round(x)`` records RoundBackward0)."""

    def round(input, *, decimals=0):
        return fn(input, decimals=decimals)

    round.__name__ = round.__qualname__ = name
    return round


def other_tensor(fn, name):
    """``torch.special.gammainc(input, other)``: ``other`` must be a tensor, and PyTorch's parser
    names the function ``special_<name>`` when it is not."""
    from ..tensor import Tensor
    from ._arg_checks import type_name

    @functools.wraps(fn)
    def call(input, other, *, out=None):
        if not isinstance(other, Tensor):
            raise TypeError(f"special_{name}(): argument 'other' (position 2) must be Tensor, not {type_name(other)}")
        return fn(input, other)

    call.__name__ = call.__qualname__ = name
    return call
