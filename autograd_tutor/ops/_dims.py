"""Dimension arguments: normalising them, and showing them on nodes as PyTorch does.

PyTorch stores the dims an op was called with on its node as unsigned 64-bit integers, so
``x.sum(-1).grad_fn._saved_dim`` is ``(18446744073709551615,)``. Ops keep that form for display
and wrap the dims again (``wrap``) when their backward needs real axes.
"""
from ._record import wrap_dim


def shown(d):
    """One dim as PyTorch shows it on a node."""
    return d if d >= 0 else d + 2**64


def shown_all(dims):
    return None if dims is None else tuple(shown(d) for d in dims)


def signed(d):
    """Back from the shown form to an ordinary (possibly negative) dim."""
    return d - 2**64 if d >= 2**63 else d


def as_tuple(dim):
    """``dim`` given as an int, a list or a tuple (or None) as a tuple (or None)."""
    if dim is None:
        return None
    if isinstance(dim, (list, tuple)):
        return tuple(int(d) for d in dim)
    return (int(dim),)


def wrap(dim, ndim):
    return wrap_dim(signed(dim), ndim)


def reduced_axes(dims, ndim):
    """Sorted axes reduced by a reduction over ``dims`` (None or () means all of them)."""
    if not dims:
        return tuple(range(ndim))
    axes = sorted(wrap(d, ndim) for d in dims)
    for a, b in zip(axes, axes[1:]):
        if a == b:
            raise RuntimeError(f"dim {a} appears multiple times in the list of dims")
    return tuple(axes)


def kept_shape(shape, axes):
    """``shape`` with the reduced ``axes`` set to 1 (keepdim=True's shape)."""
    return tuple(1 if i in axes else s for i, s in enumerate(shape))


def axis_alias(fn):
    """Lets ``fn`` take NumPy's ``axis=`` for ``dim=``, as PyTorch's functions do."""

    def call(*args, **kwargs):
        if "axis" in kwargs:
            kwargs["dim"] = kwargs.pop("axis")
        return fn(*args, **kwargs)

    call.__name__ = call.__qualname__ = fn.__name__
    call.__doc__ = fn.__doc__
    return call
