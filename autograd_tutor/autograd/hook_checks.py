"""PyTorch's checks on what a gradient hook returned (torch/csrc/autograd/python_hook.cpp).

A tensor hook (``tensor.register_hook``) may return None or a tensor of the same dtype and shape.
A node hook (``grad_fn.register_hook`` / ``register_prehook``) may return None or a tuple with one
entry per gradient it was given, each None or a tensor like the one it replaces.
"""
import numpy as np

from .errors import tensor_type_name


def hook_name(hook):
    return getattr(hook, "__name__", "<unknown>")


def _dtype_of(value):
    data = value if isinstance(value, np.ndarray) else value._data
    return data.dtype


def check_single(hook, original, result):
    """``original`` is the gradient the hook saw (array, tensor or None); ``result`` its return."""
    from ..tensor import Tensor

    if result is None:
        return
    if original is None:
        raise RuntimeError("can't replace a None gradient with a non-None value")
    if not isinstance(result, Tensor):
        raise TypeError(f"expected Variable, but hook returned '{type(result).__name__}'")
    was, got = _dtype_of(original), result._data.dtype
    if was != got:
        raise RuntimeError(
            f"hook '{hook_name(hook)}' has changed the type of value "
            f"(was torch.{tensor_type_name(was)} got torch.{tensor_type_name(got)})"
        )
    if tuple(np.shape(original)) != tuple(result.shape):
        raise RuntimeError(f"hook '{hook_name(hook)}' has changed the size of value")


def check_tuple(hook, originals, result):
    """A node hook's return value: None (keep ``originals``) or a checked tuple."""
    if result is None:
        return None
    if not isinstance(result, tuple):
        raise TypeError(f"expected tuple, but hook returned '{type(result).__name__}'")
    if len(result) != len(originals):
        raise RuntimeError(
            f"hook '{hook_name(hook)}' has returned an incorrect number of values "
            f"(got {len(result)}, but expected {len(originals)})"
        )
    for original, new in zip(originals, result):
        check_single(hook, original, new)
    return result
