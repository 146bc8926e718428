"""``torch.autograd.forward_ad``: dual tensors for forward-mode AD (Jacobian-vector products).

Inside a ``dual_level``, ``make_dual(primal, tangent)`` gives a tensor that carries a tangent,
every op on it computes its output's tangent too (ops/_tangents.py), and ``unpack_dual`` reads
it back. Leaving the level drops every tangent. One level at a time, as in PyTorch.
"""
from collections import namedtuple

import numpy as np

from autograd_tutor.autograd import grad_mode
from autograd_tutor.autograd.node import Node
from autograd_tutor.ops import _record, _tangents
from autograd_tutor.tensor import Tensor

__all__ = ["UnpackedDualTensor", "enter_dual_level", "exit_dual_level", "make_dual", "unpack_dual",
           "dual_level"]

_current_level = -1


def enter_dual_level():
    """Enters a new forward grad level (the only one: nesting is refused, as in PyTorch)."""
    global _current_level
    if _current_level >= 0:
        raise RuntimeError("Nested forward mode AD is not supported at the moment")
    _current_level = 0
    _record.dual_active = True
    return _current_level


def exit_dual_level(*, level=None):
    """Exits the level: every tangent made in it is deleted."""
    global _current_level
    if level is None:
        level = _current_level
    if level != _current_level:
        raise RuntimeError("Trying to exit a forward AD level that was not the last one that was created. "
                           "This is not supported.")
    if level < 0:
        raise RuntimeError("Trying to access a forward AD level with an invalid index. This index was either "
                           "not created or is already deleted.")
    _tangents.drop_pending()
    _record.dual_active = False
    _tangents.clear_all()
    _current_level = level - 1


def _check_level(level):
    if level != _current_level or level < 0:
        raise RuntimeError("Trying to access a forward AD level with an invalid index. This index was either "
                           "not created or is already deleted.")


def make_dual(tensor, tangent, *, level=None):
    """A view of ``tensor`` carrying ``tangent`` (as is when laid out like ``tensor``, else a copy)."""
    if level is None:
        level = _current_level
    if level < 0:
        raise RuntimeError("Trying to create a dual Tensor for forward AD but no level exists, make sure to "
                           "enter_dual_level() first.")
    if not tensor.is_floating_point():
        raise ValueError(f"Expected primal to be floating point or complex, but got: {tensor.dtype}")
    if not tangent.is_floating_point():
        raise ValueError(f"Expected tangent to be floating point or complex, but got: {tangent.dtype}")
    _check_level(level)
    _tangents.settle()
    if tensor._tangent is not None:
        raise RuntimeError("Making a dual Tensor based on a Tensor that already has a forward gradient at the "
                           f"same level {level} is not supported.")
    if tangent._data.shape != tensor._data.shape:
        raise RuntimeError("Trying to set a forward gradient that has a different size than that of the original "
                           f"Tensor, this is not supported. Tensor is of size {list(tensor._data.shape)} while the "
                           f"given forward gradient is of size {list(tangent._data.shape)}.")
    _record.dual_active = False  # the view itself has no tangent to compute
    try:
        dual = tensor.view_as(tensor)
    finally:
        _record.dual_active = True
    _tangents.set_tangent(dual, tangent if _same_layout(tangent, tensor) else _copy_laid_out(tangent, tensor))
    return dual


def _strides(data):
    return tuple(s // data.itemsize for size, s in zip(data.shape, data.strides) if size != 1)


def _same_layout(tangent, primal):
    t = tangent._data
    return _strides(t) == _strides(primal._data) and (t.flags.c_contiguous or t.flags.f_contiguous)


def _copy_laid_out(tangent, primal):
    """The tangent's values in new memory laid out like the primal (empty_like keeps its order)."""
    data = np.empty_like(primal._data, dtype=tangent._data.dtype)
    np.copyto(data, tangent._data)
    return Tensor._make(data, False, None)


class Identity(Node):
    """unpack_dual's primal of a tensor that requires grad: the gradient passes through unchanged."""

    rule = "grad_self = grad"
    __slots__ = ()

    def backward(self, grad):
        return (grad,)


class UnpackedDualTensor(namedtuple("UnpackedDualTensor", ["primal", "tangent"])):
    """Namedtuple returned by :func:`unpack_dual` containing the primal and tangent components of the
    dual tensor."""

    __slots__ = ()


UnpackedDualTensor.__module__ = "torch.autograd.forward_ad"


def unpack_dual(tensor, *, level=None):
    """``(primal, tangent)``: a view of ``tensor`` without its tangent, and the tangent as is."""
    if level is None:
        level = _current_level
    if level < 0:
        return UnpackedDualTensor(tensor, None)
    if not isinstance(tensor, Tensor):
        raise TypeError(f"_unpack_dual(): argument 'dual' (position 1) must be Tensor, not {type(tensor).__name__}")
    _check_level(level)
    _tangents.settle()
    from autograd_tutor.ops._views import make_view

    active = _record.dual_active
    _record.dual_active = False
    try:
        if tensor._requires_grad and grad_mode.enabled:
            primal = _record.record(Identity, tensor._data, (tensor,))
        else:
            primal = Tensor._make(tensor._data, False, None)
        make_view(primal, tensor)
    finally:
        _record.dual_active = active
    # Inside a custom Function's forward (forward AD off) no tensor shows a tangent, as in PyTorch.
    return UnpackedDualTensor(primal, tensor._tangent if active else None)


class dual_level:
    """Context manager for forward AD: every dual tensor's tangent lives until it exits."""

    def __enter__(self):
        return enter_dual_level()

    def __exit__(self, exc_type, exc_value, traceback):
        exit_dual_level()

    def __call__(self, func):
        import functools

        @functools.wraps(func)
        def wrapped(*args, **kwargs):
            with dual_level():
                return func(*args, **kwargs)

        return wrapped
